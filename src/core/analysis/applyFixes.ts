import { applySpanEdits, leadingBoms, offsetAt, toSourceText, type Span } from '../source';
import type { Fix } from './analyze';

/** Whether two edits touch the same text (two insertions at one place count: their order would be a guess). */
function overlaps(a: Span, b: Span): boolean {
  return (a.start < b.end && b.start < a.end) || a.start === b.start;
}

/**
 * Applies fixes (with ranges as analyze gave them for `original`) to it, each whole or not
 * at all: a fix with an edit overlapping one already taken is left for another pass. Keeps the
 * original's line breaks (an edit may bring the file's own, `\r\n`) and byte order marks. Returns the text and how many fixes went in.
 */
export function applyFixes(original: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const source = toSourceText(original);
  const taken: Span[] = []; // sorted by start
  const edits: { span: Span; newText: string }[] = [];
  let applied = 0;
  for (const fix of fixes) {
    const spans = fix.edits.map((edit) => ({ span: { start: offsetAt(source, edit.range.start), end: offsetAt(source, edit.range.end) }, newText: edit.newText.replace(/\r\n?/g, '\n') }));
    if (spans.some(({ span }) => clashes(taken, span))) continue;
    for (const edit of spans) {
      taken.splice(insertionIndex(taken, edit.span.start), 0, edit.span);
      edits.push(edit);
    }
    applied++;
  }
  if (applied === 0) return { text: original, applied };
  return { text: leadingBoms(original) + applySpanEdits(source, edits), applied };
}

/** The index of the first taken span starting after `start` (binary search). */
function insertionIndex(taken: readonly Span[], start: number): number {
  let low = 0;
  let high = taken.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (taken[middle].start <= start) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether a span overlaps a taken one: taken spans are disjoint with distinct starts, so only its neighbours can. */
function clashes(taken: readonly Span[], span: Span): boolean {
  const index = insertionIndex(taken, span.start);
  return (index > 0 && overlaps(taken[index - 1], span)) || (index < taken.length && overlaps(taken[index], span));
}
