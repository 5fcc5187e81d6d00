/// <reference lib="dom" />
import { baseOf, nowSays, type FormBase } from '../core/form/basis';
import type { Language } from '../core/i18n/text';
import type { Form, FormChange, FormControl } from '../core/form/types';
import type { ChangeMessage, WriteOutcome } from '../vscode/formEditor/writeMessages';
import type { TypedText } from './host';
import { idsOf, keysOf } from './keys';

/*
 * What the view knows of each control it shows, so that a change says what it was based on
 * and nothing a person typed is overwritten: a new form patches a value only where the
 * person has not typed over it; their own change, once written, becomes the new base.
 */

/** A change that was not written because the sheet changed under it; shown beside the control until settled. */
export interface Conflict {
  readonly change: FormChange;
  /** The change in words: the text typed, the option chosen. */
  readonly yours: string;
  /** What the control says now, and its base for writing anyway; undefined when the sheet no longer has it. */
  now: { readonly base: FormBase | undefined; readonly says: string } | undefined;
}

export interface Tracked {
  /** Which control it is: its section's heading and its name, as the change is based on them. */
  readonly heading: string;
  readonly label: string;
  /** What the sheet had when the control last showed it: a change is based on this. */
  base: FormBase | undefined;
  /** The input's value for that base (text, date, owner); undefined for boxes and tables. */
  shown: string | undefined;
  /** A change on its way: the id it went to, the value sent, and once written, the version of the text that has it. */
  sent?: { readonly id: string; readonly change: FormChange; readonly value: string | undefined; version?: number };
  conflict?: Conflict;
}

const tracked = new Map<string, Tracked>();
/** The latest form's controls, by id. */
const latest = new Map<string, FormControl>();
let version = -1;
let language: Language = 'nl';
let headings = new Map<string, string>();

/** What an input shows of a control: a date input the day, others the value; boxes and tables none. */
export function inputValueOf(control: FormControl): string | undefined {
  if (control.kind === 'text' || control.kind === 'owner') return control.value;
  return control.kind === 'date' ? (control.iso ?? '') : undefined;
}

function fresh(control: FormControl): Tracked {
  const entry: Tracked = { heading: headings.get(control.id) ?? '', label: control.label.nl, base: baseOf(control), shown: inputValueOf(control) };
  tracked.set(control.id, entry);
  return entry;
}

function walk(form: Form, visit: (control: FormControl, heading: string) => void): void {
  for (const section of form.sections) {
    for (const control of section.controls) {
      visit(control, section.heading);
      if (control.kind === 'table') for (const row of control.rows) for (const cell of row.cells) visit(cell, section.heading);
    }
  }
}

/** A form arrived for the text at `formVersion`. */
export function formArrived(form: Form | undefined, formVersion: number, formLanguage: Language): void {
  version = formVersion;
  language = formLanguage;
  headings = new Map();
  if (form) walk(form, (control, heading) => headings.set(control.id, heading));
}

export function latestControl(id: string): FormControl | undefined {
  return latest.get(id);
}

export function trackedAt(id: string): Tracked | undefined {
  return tracked.get(id);
}

export function conflicts(): [string, Tracked & { conflict: Conflict }][] {
  return [...tracked].filter((entry): entry is [string, Tracked & { conflict: Conflict }] => entry[1].conflict !== undefined);
}

/** The change as sent to the extension, based on what the control showed; it is on its way from now. */
export function changeMessage(id: string, change: FormChange): ChangeMessage {
  const entry = tracked.get(id) ?? { heading: '', label: '', base: undefined, shown: undefined };
  entry.sent = { id, change, value: change.kind === 'text' ? change.value : change.kind === 'date' ? change.iso : undefined };
  return { type: 'change', id, heading: entry.heading, label: entry.label, base: entry.base, change };
}

/** Writes a new form's values into a control, unless a change of the person's is on its way or typed over it. */
export function patchControl(control: FormControl): void {
  latest.set(control.id, control);
  const entry = tracked.get(control.id) ?? fresh(control);
  refreshConflict(entry, control);
  const shown = document.getElementById(control.id);
  const { sent } = entry;
  const landed = sent?.version !== undefined && version >= sent.version;
  if (control.kind === 'table') {
    if (landed) entry.sent = undefined;
    return;
  }
  // The sheet has not answered the person's change yet: what it shows now is older.
  if (!shown || (sent && !landed)) return;
  entry.sent = undefined;
  if (control.kind === 'choice') {
    control.options.forEach((option, index) => {
      const radio = document.getElementById(`${control.id}-${index}`) as HTMLInputElement | null;
      if (radio) radio.checked = option.checked;
    });
  } else if (control.kind === 'checkbox') (shown as HTMLInputElement).checked = control.checked;
  const next = inputValueOf(control);
  const input = shown as HTMLInputElement;
  const untouched = next === undefined || input.value === (landed ? sent!.value : entry.shown) || input.value === next;
  if (landed || untouched) {
    entry.base = baseOf(control);
    entry.shown = next;
  }
  if (next !== undefined && untouched) input.value = next;
}

/** What became of a change: written (patched once its text arrives), nothing to write, or a conflict to show. */
export function outcomeArrived(id: string, outcome: WriteOutcome): void {
  const found = [...tracked].find(([, entry]) => entry.sent?.id === id);
  if (!found) return;
  const [currentId, entry] = found;
  const { sent } = entry;
  if (outcome.type === 'written') {
    sent!.version = outcome.version;
    if (entry.conflict) entry.conflict = undefined;
  } else {
    entry.sent = undefined;
    if (outcome.type === 'conflict') {
      entry.conflict = { change: sent!.change, yours: yoursOf(sent!.change, latest.get(currentId)), now: outcome.now && { base: outcome.now.base, says: outcome.now.says } };
      return;
    }
  }
  const control = latest.get(currentId);
  if (control) patchControl(control);
}

/** Writes the person's change anyway, over what the control says now. */
export function writeAnywayMessage(id: string): ChangeMessage | undefined {
  const entry = tracked.get(id);
  const conflict = entry?.conflict;
  if (!entry || !conflict?.now) return undefined;
  entry.base = conflict.now.base;
  entry.conflict = undefined;
  return changeMessage(id, conflict.change);
}

/** Gives up the person's change: the control shows what the sheet says. */
export function keepTheirs(id: string): void {
  const entry = tracked.get(id);
  if (!entry) return;
  entry.conflict = undefined;
  const control = latest.get(id);
  if (!control) {
    tracked.delete(id);
    return;
  }
  const input = document.getElementById(id) as HTMLInputElement | null;
  const next = inputValueOf(control);
  if (input && next !== undefined) input.value = next;
  entry.shown = next;
  entry.base = baseOf(control);
  patchControl(control);
}

function refreshConflict(entry: Tracked, control: FormControl): void {
  if (entry.conflict) entry.conflict.now = { base: baseOf(control), says: nowSays(control)[language] };
}

/** The person's change in words: the text typed, the day chosen, the option or the box's state. */
function yoursOf(change: FormChange, control: FormControl | undefined): string {
  switch (change.kind) {
    case 'text':
      return change.value;
    case 'date':
      return change.iso;
    case 'choice':
      if (control?.kind !== 'choice') return '';
      return nowSays({ ...control, options: control.options.map((option, index) => ({ ...option, checked: index === change.option })) })[language];
    case 'checkbox':
      return control?.kind === 'checkbox' ? nowSays({ ...control, checked: change.checked })[language] : '';
    case 'addRow':
      return '';
  }
}

/** Before a rebuild: what the person has typed and not yet seen written, changes on their way and conflicts, by key. */
export function carryOut(form: Form | undefined): (TypedText & { entry: Tracked })[] {
  if (!form) return [];
  const keys = keysOf(form);
  const carried: (TypedText & { entry: Tracked })[] = [];
  for (const [id, entry] of tracked) {
    const input = document.getElementById(id) as HTMLInputElement | null;
    const value = entry.shown !== undefined && input ? input.value : undefined;
    const typed = value !== undefined && value !== entry.shown;
    const key = keys.get(id);
    if (key && (typed || entry.sent || entry.conflict)) carried.push({ key, value: value ?? '', base: entry.base, shown: entry.shown, entry });
  }
  return carried;
}

/** After a rebuild: every control known afresh; what was carried put back where its key now is. Returns what found no place. */
export function carryIn(form: Form, carried: readonly (TypedText & { entry?: Tracked })[]): (TypedText & { entry?: Tracked })[] {
  tracked.clear();
  latest.clear();
  walk(form, (control) => {
    fresh(control);
    latest.set(control.id, control);
  });
  const ids = idsOf(form);
  const lost: (TypedText & { entry?: Tracked })[] = [];
  for (const one of carried) {
    const id = ids.get(one.key) ?? onlyNamed(ids, one.key);
    const control = id === undefined ? undefined : latest.get(id);
    if (!id || !control) {
      lost.push(one);
      continue;
    }
    // What it is now named by; what it was based on stays what the person saw.
    const entry: Tracked = { ...(one.entry ?? { base: one.base, shown: one.shown }), heading: headings.get(id) ?? '', label: control.label.nl };
    tracked.set(id, entry);
    refreshConflict(entry, control);
    const input = document.getElementById(id) as HTMLInputElement | null;
    if (input && entry.shown !== undefined && one.value !== entry.shown) input.value = one.value;
    // A change on its way that the new form already has: patch it as usual.
    if (entry.sent) patchControl(control);
  }
  return lost;
}

/** A key's control when its heading changed: the one control in the form with that name and kind. */
function onlyNamed(ids: Map<string, string>, key: string): string | undefined {
  const [, label, kind] = key.split('\n');
  const matching = [...ids].filter(([other]) => {
    const [, otherLabel, otherKind] = other.split('\n');
    return otherLabel === label && otherKind === kind;
  });
  return matching.length === 1 ? matching[0][1] : undefined;
}

/** What was typed and not written, for the view's state while its panel is hidden. */
export function typedTexts(form: Form | undefined): TypedText[] {
  return carryOut(form)
    .filter((one) => one.value !== one.shown)
    .map(({ key, value, base, shown }) => ({ key, value, base, shown }));
}
