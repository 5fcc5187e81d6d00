/// <reference lib="dom" />
import type { CellControl, Form, FormChange, FormControl, FormFinding, FormSection, TableControl } from '../core/form/types';
import type { Language } from '../core/i18n/text';
import type { FormViewWords, ToView } from '../vscode/formEditor/messages';
import { combobox, type Combobox } from './combobox';
import { addRowButton, focusAddedRow } from './addRow';
import { changeMessage, formArrived, outcomeArrived, patchControl } from './basis';
import { showConflicts } from './conflict';
import { element } from './dom';
import { findingLine, fixesArrived, fixesFor } from './fixes';
import { vscode } from './host';
import { noForm, patchedInPlace, rebuildInPlace } from './place';
import { setWriteWords, writeWords } from './words';
import { PrioritiesView } from './priorities';
import { keepSelectAllInFields } from './selectAll';
import { openLinksThrough, patchProse, proseItem } from './prose';

/*
 * The form view's page. Plain DOM: the form is a handful of native controls (inputs, radio
 * groups, checkboxes, a datalist), which already have the roles, keyboard behaviour and
 * accessible names a person and a screen reader expect; a framework would add weight to the
 * bundle and nothing the form needs.
 */

const root = document.getElementById('form')!;
let shape = '';
/** The owner fields shown, by id: a patch gives them the participants anew. */
const owners = new Map<string, Combobox>();
const priorities = new PrioritiesView((message) => vscode.postMessage(message));

function send(id: string, change: FormChange): void {
  vscode.postMessage(changeMessage(id, change));
}

/** A holder's findings, in a box of their own that a patch refills; a radio group's without fix buttons. */
function findings(id: string, list: readonly FormFinding[], withFixes = true): HTMLElement {
  const box = element('div', { id: `${id}-findings` });
  if (!withFixes) box.dataset.noFixes = 'true';
  fillFindings(box, list);
  return box;
}

function fillFindings(box: HTMLElement, list: readonly FormFinding[]): void {
  const withFixes = !box.dataset.noFixes;
  box.replaceChildren(...list.map((finding) => findingLine(finding, withFixes)));
}

function patchFindings(id: string, list: readonly FormFinding[]): void {
  const box = document.getElementById(`${id}-findings`);
  if (box) fillFindings(box, list);
}

/** The input of a text, date or owner control; its id is the control's, so focus can be found again. */
function input(control: CellControl, name: string): HTMLElement | undefined {
  switch (control.kind) {
    case 'text': {
      const field = control.multiline ? element('textarea', { rows: 3 }) : element('input', { type: 'text' });
      Object.assign(field, { id: control.id, value: control.value, placeholder: control.hint });
      field.setAttribute('aria-label', name);
      // On commit (Enter, leaving the field), not on every key: one edit, one undo step.
      field.addEventListener('change', () => send(control.id, { kind: 'text', value: field.value }));
      return field;
    }
    case 'date': {
      const field = element('input', { type: 'date', id: control.id, value: control.iso ?? '' });
      field.setAttribute('aria-label', name);
      // Typing a year digit by digit makes year 2, 20 and 202 first: only a four-digit year is written.
      field.addEventListener('change', () => /^[1-9]\d{3}-/.test(field.value) && send(control.id, { kind: 'date', iso: field.value }));
      return field;
    }
    case 'owner': {
      const made = combobox(control.id, name, control.value, control.hint, control.candidates, (value) => send(control.id, { kind: 'text', value }));
      owners.set(control.id, made);
      return made.element;
    }
    case 'checkbox': {
      const box = element('input', { type: 'checkbox', id: control.id, checked: control.checked });
      box.setAttribute('aria-label', name);
      box.addEventListener('change', () => send(control.id, { kind: 'checkbox', checked: box.checked }));
      return box;
    }
    case 'choice':
      return undefined;
  }
}

function choice(control: CellControl & { kind: 'choice' }, name: string, words: FormViewWords): HTMLElement {
  const group = element('fieldset', { id: control.id });
  group.setAttribute('role', 'radiogroup');
  group.setAttribute('aria-label', name);
  control.options.forEach((option, index) => {
    const radio = element('input', { type: 'radio', name: control.id, id: `${control.id}-${index}`, checked: option.checked });
    radio.addEventListener('change', () => radio.checked && send(control.id, { kind: 'choice', option: index }));
    group.append(element('label', {}, radio, ` ${option.label}`));
  });
  const clear = element('button', { type: 'button', id: `${control.id}-clear` }, words.clear);
  clear.setAttribute('aria-label', `${words.clear}: ${name}`);
  clear.addEventListener('click', () => send(control.id, { kind: 'choice', option: undefined }));
  group.append(clear);
  return group;
}

function cellControl(control: CellControl, name: string, words: FormViewWords): HTMLElement | undefined {
  return control.kind === 'choice' ? choice(control, name, words) : input(control, name);
}

function labelled(control: CellControl, language: Language, words: FormViewWords): HTMLElement | undefined {
  const name = control.label[language];
  const made = cellControl(control, name, words);
  if (!made) return undefined;
  const block = element('div', { className: 'control' });
  // A task or box reads as a line of a list: the box, then its words.
  if (control.kind === 'checkbox') block.append(element('label', { className: 'box' }, made, ` ${name}`));
  else if (control.kind !== 'choice') block.append(element('label', { htmlFor: control.id }, name), made);
  else block.append(element('p', { ariaHidden: 'true' }, element('strong', {}, name)), made);
  if (control.kind === 'owner') block.append(verdictLine(control, language));
  // Beside a radio group or a box, no fix buttons: its options and the box are those fixes ("Kies Hoog", "Vink de taak af").
  block.append(findings(control.id, control.findings, control.kind !== 'choice' && control.kind !== 'checkbox'));
  return block;
}

/** The owner rules' verdict on an owner field, in words; a patch rewrites it. */
function verdictLine(control: CellControl & { kind: 'owner' }, language: Language): HTMLElement {
  const line = element('p', { className: 'verdict', id: `${control.id}-verdict` }, control.verdictText[language]);
  line.dataset.verdict = control.verdict;
  return line;
}

function patchVerdict(control: CellControl & { kind: 'owner' }): void {
  const line = document.getElementById(`${control.id}-verdict`);
  if (!line) return;
  line.textContent = control.verdictText[document.documentElement.lang === 'en' ? 'en' : 'nl'];
  line.dataset.verdict = control.verdict;
}

function table(control: TableControl, language: Language, words: FormViewWords): HTMLElement {
  const head = element('thead', {}, element('tr', {}, ...control.columns.map((column) => element('th', { scope: 'col' }, column))));
  const rows = control.rows.map((row) =>
    element('tr', { id: row.id }, ...row.cells.map((cell) => element('td', {}, ...[cellControl(cell, cell.label[language], words)].filter((made): made is HTMLElement => made !== undefined)))),
  );
  const grid = element('table', {}, head, element('tbody', {}, ...rows));
  grid.setAttribute('aria-label', control.label[language]);
  return element('div', { className: 'control' }, grid, ...[addRowButton(control)].filter((made) => made !== undefined), findings(control.id, control.findings));
}

function control(made: FormControl, language: Language, words: FormViewWords): HTMLElement | undefined {
  if (made.kind === 'prose') return proseItem(made, findings(made.id, made.findings));
  return made.kind === 'table' ? table(made, language, words) : labelled(made, language, words);
}

function progressText(part: FormSection, words: FormViewWords): string {
  return words.progress.replace('{0}', String(part.done)).replace('{1}', String(part.total));
}

function section(part: FormSection, language: Language, words: FormViewWords): HTMLElement {
  const region = element('section', { id: part.id });
  if (part.depth > 0) {
    const heading = element(`h${Math.min(part.depth, 6)}` as 'h2', { id: `${part.id}-heading` }, part.heading);
    region.setAttribute('aria-labelledby', heading.id);
    region.append(heading);
  }
  if (part.total > 0) region.append(element('p', { className: 'progress' }, progressText(part, words)));
  region.append(findings(part.id, part.findings));
  for (const one of part.controls) {
    const made = control(one, language, words);
    if (made) region.append(made);
  }
  return region;
}

/** The ids of everything, in order: when they stay, the values are patched in place. */
function shapeOf(form: Form, language: Language): string {
  const ids: string[] = [language];
  const walk = (one: FormControl) => {
    // A label changes when a row is renamed (a participant named): a rebuild gives the new names.
    ids.push(one.id, one.kind, one.label[language]);
    if (one.kind === 'table') for (const row of one.rows) for (const cell of row.cells) walk(cell);
    if (one.kind === 'choice') ids.push(String(one.options.length));
  };
  for (const part of form.sections) {
    ids.push(part.id, part.heading);
    part.controls.forEach(walk);
  }
  return ids.join('\n');
}

/** Writes the new values into the controls there are, leaving what a person typed alone (basis.ts). */
function patch(form: Form, words: FormViewWords): void {
  const walk = (one: FormControl) => {
    if (one.kind === 'table') {
      patchFindings(one.id, one.findings);
      for (const row of one.rows) row.cells.forEach(walk);
      return;
    }
    patchFindings(one.id, one.findings);
    if (one.kind === 'prose') {
      const shown = document.getElementById(one.id);
      if (shown) patchProse(shown, one);
      return;
    }
    patchControl(one);
    if (one.kind === 'owner') {
      owners.get(one.id)?.setCandidates(one.candidates);
      patchVerdict(one);
    }
  };
  for (const part of form.sections) {
    part.controls.forEach(walk);
    patchFindings(part.id, part.findings);
    const progress = document.querySelector(`#${CSS.escape(part.id)} > .progress`);
    if (progress) progress.textContent = progressText(part, words);
  }
}

function render(message: ToView & { type: 'form' }): void {
  const { form, language, words } = message;
  document.documentElement.lang = language;
  formArrived(form, message.version, language);
  fixesFor(message.version);
  setWriteWords(message.writeWords);
  if (!form) {
    noForm();
    shape = '';
    const open = element('button', { type: 'button' }, words.openAsText);
    open.addEventListener('click', () => vscode.postMessage({ type: 'openAsText' }));
    root.replaceChildren(element('p', {}, words.notASheet), open);
    return;
  }
  priorities.show(form.priorities, language, words.priorities);
  const next = shapeOf(form, language);
  if (next === shape) {
    patch(form, words);
    patchedInPlace(form);
  } else {
    // A rebuild keeps the scroll position, and focus, caret and typed text by what the control is (place.ts).
    shape = next;
    owners.clear();
    rebuildInPlace(form, () => root.replaceChildren(priorities.element, ...form.sections.map((part) => section(part, language, words))));
  }
  afterShown(form);
}

/** What a shown form brings along: notes of changes not written, focus in a row just added. */
function afterShown(form: Form): void {
  const words = writeWords();
  if (words) showConflicts(root, words);
  focusAddedRow(form);
}

openLinksThrough(root, (href) => vscode.postMessage({ type: 'openLink', href }));
keepSelectAllInFields(document);
window.addEventListener('message', (event: MessageEvent<ToView>) => {
  if (event.data?.type === 'form') render(event.data);
  else if (event.data?.type === 'fixes') fixesArrived(event.data);
  else if (event.data?.type === 'outcome') {
    outcomeArrived(event.data.id, event.data.outcome);
    const words = writeWords();
    if (words) showConflicts(root, words);
  }
});
vscode.postMessage({ type: 'ready' });
