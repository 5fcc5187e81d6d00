import type { Cell, Field, Gap } from '../model/types';
import type { Span } from '../source';

/*
 * Where a person types to fill a progress item: the exact characters to select, so an
 * editor can put the cursor there (or select `___` / `[Naam]` so typing replaces it).
 */

/** A field's blank or placeholder, by field, from one pass over the sheet's gaps. */
export function gapsByField(blanks: readonly Gap[], placeholders: readonly Gap[]): Map<Field, Gap> {
  const found = new Map<Field, Gap>();
  for (const gap of [...blanks, ...placeholders]) {
    if (!gap.field) continue;
    const known = found.get(gap.field);
    if (!known || gap.span.start < known.span.start) found.set(gap.field, gap);
  }
  return found;
}

/**
 * A field's target: its first blank (`___`) or placeholder (`[invullen]`); an empty range
 * after the label and its spaces when it is empty; else its value.
 */
export function fieldTarget(field: Field, gaps: ReadonlyMap<Field, Gap>): Span {
  const gap = gaps.get(field);
  if (gap) return gap.span;
  if (field.state === 'empty') return { start: field.valueSpan.end, end: field.valueSpan.end };
  return field.valueSpan;
}

/** The first cell still to fill in, else the first cell: its content. */
export function firstOpenCell(cells: readonly Cell[]): Span {
  return (cells.find((cell) => cell.state !== 'filled') ?? cells[0]).contentSpan;
}
