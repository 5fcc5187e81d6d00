import type { TextEdit } from '../analysis/analyze';
import { formatClock, parseDuration } from '../model/time';
import { setBox, setCellValue, setFieldValue } from '../rules/edits';
import type { SpanEdit } from '../rules/rule';
import { rangeOf, type SourceText, type Span } from '../source';
import { formatDay } from './dates';
import type { FormChange, FormControl, Slot } from './types';

/**
 * The edits that write one change of the form into the sheet: only the characters it is
 * about (a box's one character, the differing part of a value), with the sheet's own line
 * breaks. `source` must be the text the form was built from. Empty when nothing changes
 * or the change does not fit the control.
 */
export function formEdits(source: SourceText, control: FormControl, change: FormChange): TextEdit[] {
  const edits = spanEdits(control, change).map((edit) => narrow(source.text, edit)).filter((edit) => edit.span.start !== edit.span.end || edit.newText !== '');
  return edits.map((edit) => ({ range: rangeOf(source, edit.span), newText: edit.newText.replace(/\n/g, source.eol) }));
}

function spanEdits(control: FormControl, change: FormChange): SpanEdit[] {
  switch (control.kind) {
    case 'choice':
      if (change.kind !== 'choice') return [];
      // Tick the chosen box and clear every other ticked one; no option clears them all.
      return control.options.flatMap((option, index) => setBox({ span: option.box, checked: option.checked }, index === change.option));
    case 'checkbox':
      return change.kind === 'checkbox' ? setBox({ span: control.box, checked: control.checked }, change.checked) : [];
    case 'date':
      if (change.kind === 'date') return [writeDate(control.slot, control.dateSpan, formatDay(change.iso, control.sample))];
      return change.kind === 'text' ? [write(control.slot, change.value)] : [];
    case 'text':
      if (change.kind !== 'text') return [];
      return [writeText(control, change.value), ...restartAgenda(control, change.value)];
    case 'owner':
      return change.kind === 'text' ? [write(control.slot, oneLine(change.value))] : [];
    case 'table':
      if (change.kind !== 'addRow') return [];
      return [{ span: { start: control.addRow.at, end: control.addRow.at }, newText: `\n${newRow(control.addRow, change.values)}` }];
    case 'prose':
      // Read-only: the text is changed in the sheet itself.
      return [];
  }
}

/**
 * A text control's value: one line unless it is a paragraph; the first paragraph under a label
 * alone on its line starts on a line of its own, as in `**Wat kan beter:**`, blank line, list.
 */
function writeText(control: FormControl & { kind: 'text' }, value: string): SpanEdit {
  if (!control.multiline || !value.includes('\n')) return write(control.slot, oneLine(value));
  const { slot } = control;
  if (slot.type === 'field' && slot.state === 'empty') return { span: slot.valueSpan, newText: `\n\n${value}` };
  return write(slot, value);
}

/** A value into its place: a field's value, a cell's content (with `|` escaped), or over a lone blank. */
function write(slot: Slot, value: string): SpanEdit {
  switch (slot.type) {
    case 'field':
      return setFieldValue({ valueSpan: slot.valueSpan, state: slot.state }, value);
    case 'cell':
      return setCellValue({ contentSpan: slot.contentSpan, state: slot.state, missing: slot.missing }, cellText(value));
    case 'gap':
      return { span: slot.span, newText: value };
  }
}

/** A new day over only the date inside a value (`donderdag 12 maart 2026` of `…, 13:30-15:30`), else as the whole value. */
function writeDate(slot: Slot, dateSpan: Span | undefined, written: string): SpanEdit {
  if (!dateSpan || slot.type === 'gap') return write(slot, written);
  const start = (slot.type === 'field' ? slot.valueSpan : slot.contentSpan).start;
  return { span: { start: start + dateSpan.start, end: start + dateSpan.end }, newText: written };
}

/** A new duration moves every start time below it: those that change are rewritten too. */
function restartAgenda(control: FormControl & { kind: 'text' }, value: string): SpanEdit[] {
  const chain = control.agendaChain;
  const duration = parseDuration(value);
  if (!chain || chain.start === undefined || duration === undefined) return [];
  const edits: SpanEdit[] = [];
  let start = chain.start + duration;
  for (const row of chain.below) {
    const written = formatClock(start);
    if (row.startText !== written) edits.push(write(row.start, written));
    if (row.duration === undefined) break;
    start += row.duration;
  }
  return edits;
}

/** `| a | b | c |`: as many cells as the header, the first an agenda's next start when none is given. */
function newRow(addRow: { readonly columns: number; readonly first: string | undefined }, values: readonly string[]): string {
  const cells = Array.from({ length: addRow.columns }, (_, index) => cellText(values[index] ?? (index === 0 ? (addRow.first ?? '') : '')));
  return `|${cells.map((cell) => (cell === '' ? ' ' : ` ${cell} `)).join('|')}|`;
}

/** A table cell holds one line, and its own `|` would end it. */
function cellText(value: string): string {
  return oneLine(value).replace(/(?<!\\)\|/g, '\\|');
}

/** A field on one line ends at the line break, so line breaks typed into it become spaces. */
function oneLine(value: string): string {
  return value.replace(/\s*\r?\n\s*/g, ' ');
}

/** Shrinks an edit to the characters that differ: typing one letter into a value edits one letter. */
function narrow(text: string, edit: SpanEdit): SpanEdit {
  const old = text.slice(edit.span.start, edit.span.end);
  const replacement = edit.newText;
  let prefix = 0;
  const shortest = Math.min(old.length, replacement.length);
  while (prefix < shortest && old[prefix] === replacement[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && old[old.length - 1 - suffix] === replacement[replacement.length - 1 - suffix]) suffix++;
  // Never cut a surrogate pair in two.
  if (prefix > 0 && isHighSurrogate(old.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLowSurrogate(old.charCodeAt(old.length - suffix))) suffix--;
  return { span: { start: edit.span.start + prefix, end: edit.span.end - suffix }, newText: replacement.slice(prefix, replacement.length - suffix) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
