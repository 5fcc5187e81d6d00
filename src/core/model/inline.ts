import type { Span } from '../source';
import type { ValueState } from './types';

/*
 * Patterns for what a sheet leaves to fill in. They run on the source of text nodes only,
 * so links, code spans and comments never count. A backslash escape opts out.
 */
const BOX = /(?<!\\)\[([ xX])\]/g;
const BLANK = /(?<![\\_])_{3,}/g;
// Bracketed text with at least one letter (see isPlaceholder): `[invullen]`, `[Naam]`; not `[1]`, `[…]` or a box.
// The letter is checked after the match: `[^…]*\p{L}[^…]*` tried every split of an unclosed `[word…`.
const BRACKETED = /(?<!\\)\[([^[\]\n]*)\]/g;
const LETTER = /\p{L}/u;

function isPlaceholder(inner: string): boolean {
  return inner !== 'x' && inner !== 'X' && LETTER.test(inner);
}

export interface InlineToken {
  readonly kind: 'box' | 'blank' | 'placeholder';
  readonly span: Span;
  readonly checked: boolean;
  readonly text: string;
}

/** Finds boxes, blanks and placeholders in one stretch of text, in source order. */
export function scanText(text: string, from: number, to: number, out: InlineToken[]): void {
  // Most text holds neither a bracket nor three underscores: then there is nothing to scan.
  const bracket = text.indexOf('[', from);
  const hasBracket = bracket !== -1 && bracket < to;
  const underscores = text.indexOf('___', from);
  const hasBlank = underscores !== -1 && underscores + 3 <= to;
  if (!hasBracket && !hasBlank) return;
  const slice = text.slice(from, to);
  const found: InlineToken[] = [];
  if (hasBracket) scanBrackets(slice, from, found);
  if (hasBlank) {
    for (const match of slice.matchAll(BLANK)) {
      const start = from + match.index;
      found.push({ kind: 'blank', span: { start, end: start + match[0].length }, checked: false, text: match[0] });
    }
  }
  if (found.length > 1) found.sort((a, b) => a.span.start - b.span.start);
  for (const token of found) out.push(token);
}

function scanBrackets(slice: string, from: number, found: InlineToken[]): void {
  for (const match of slice.matchAll(BOX)) {
    const start = from + match.index;
    found.push({ kind: 'box', span: { start, end: start + 3 }, checked: match[1] !== ' ', text: match[0] });
  }
  for (const match of slice.matchAll(BRACKETED)) {
    if (!isPlaceholder(match[1])) continue;
    const start = from + match.index;
    found.push({ kind: 'placeholder', span: { start, end: start + match[0].length }, checked: false, text: match[0] });
  }
}

const ONLY_MARKUP = /^[\s*_~`>|]*$/;

/** Whether a value holds anything besides blanks, placeholders and white space. */
export function classifyValue(value: string): ValueState {
  // Without a bracket or an underscore there can be no placeholder or blank.
  if (!value.includes('[') && !value.includes('_')) return ONLY_MARKUP.test(value) ? 'empty' : 'filled';
  let hadPlaceholder = false;
  let hadBlank = false;
  const rest = value
    .replace(BRACKETED, (whole: string, inner: string) => {
      if (!isPlaceholder(inner)) return whole;
      hadPlaceholder = true;
      return '';
    })
    .replace(BLANK, () => {
      hadBlank = true;
      return '';
    });
  if (!ONLY_MARKUP.test(rest)) return 'filled';
  if (hadPlaceholder) return 'placeholder';
  return hadBlank ? 'blank' : 'empty';
}

/** Shrinks a span to exclude white space at both ends. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
