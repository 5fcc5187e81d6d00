import { text } from '../i18n/text';
import type { Cell, Checkbox, ChoiceGroup, Field } from '../model/types';
import type { FixDraft, SpanEdit } from './rule';

/** Ticks or clears one box by changing the one character between its brackets. */
export function setBox(box: Checkbox, checked: boolean): SpanEdit[] {
  if (box.checked === checked) return [];
  return [{ span: { start: box.span.start + 1, end: box.span.start + 2 }, newText: checked ? 'x' : ' ' }];
}

/** One fix per option: tick it, clear any other ticked box. */
export function chooseFixes(group: ChoiceGroup): FixDraft[] {
  return group.options.map((option) => ({
    title: text(`Kies "${option.label}"`, `Choose "${option.label}"`),
    edits: group.options.flatMap((other) => setBox(other, other === option)),
  }));
}

/** Replaces a field's value; an empty field's trailing spaces become ` value`. */
export function setFieldValue(field: Field, value: string): SpanEdit {
  return { span: field.valueSpan, newText: field.state === 'empty' ? ` ${value}` : value };
}

/** Replaces a cell's content; an empty cell's white space becomes ` value `. */
export function setCellValue(cell: Cell, value: string): SpanEdit {
  if (cell.state === 'empty') return { span: cell.contentSpan, newText: ` ${value} ` };
  return { span: cell.contentSpan, newText: value };
}
