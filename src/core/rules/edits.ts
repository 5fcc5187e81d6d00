import { text } from '../i18n/text';
import { withLazy } from '../lazy';
import type { Cell, Checkbox, ChoiceGroup, Field } from '../model/types';
import type { FixDraft, SpanEdit } from './rule';

/** Ticks or clears one box by changing the one character between its brackets. */
export function setBox(box: Pick<Checkbox, 'span' | 'checked'>, checked: boolean): SpanEdit[] {
  if (box.checked === checked) return [];
  return [{ span: { start: box.span.start + 1, end: box.span.start + 2 }, newText: checked ? 'x' : ' ' }];
}

/**
 * One fix per option: tick it, clear the other ticked boxes. A fix edits only those boxes,
 * and its edits are built when it is read: a line of 1,000 ticked boxes has 1,000 fixes,
 * not a million edits up front.
 */
export function chooseFixes(group: ChoiceGroup): FixDraft[] {
  const ticked = group.options.filter((option) => option.checked);
  return group.options.map((option) =>
    withLazy({ title: text(`Kies "${option.label}"`, `Choose "${option.label}"`) }, 'edits', () => [
      ...setBox(option, true),
      ...ticked.flatMap((other) => (other === option ? [] : setBox(other, false))),
    ]),
  );
}

/** Replaces a field's value; an empty field's trailing spaces become ` value`. */
export function setFieldValue(field: Pick<Field, 'valueSpan' | 'state'>, value: string): SpanEdit {
  return { span: field.valueSpan, newText: field.state === 'empty' ? ` ${value}` : value };
}

/** Replaces a cell's content; an empty cell's white space becomes ` value `; a cell the row lacks is added. */
export function setCellValue(cell: Pick<Cell, 'contentSpan' | 'state' | 'missing'>, value: string): SpanEdit {
  if (cell.missing) return { span: cell.contentSpan, newText: `${cell.missing.before} ${value} |` };
  if (cell.state === 'empty') return { span: cell.contentSpan, newText: ` ${value} ` };
  return { span: cell.contentSpan, newText: value };
}
