/**
 * The text a sheet is analysed as. Editors hide a UTF-8 byte order mark and count
 * `\r\n` as one line break, so both are normalised away here: every later offset is
 * into the normalised text, and line/column positions match the editor's on the
 * original file whatever its line endings.
 */
export interface SourceText {
  /** Text without leading BOMs, with `\n` line breaks only. */
  readonly text: string;
  /** The line break the original file used, for edits that insert lines. */
  readonly eol: '\n' | '\r\n';
  /** Offset of the first character of every line. */
  readonly lineStarts: readonly number[];
}

/** A 1-based line and column; columns count UTF-16 code units, as editors do. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A half-open range: `end` is the position just after the last character. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** Half-open offsets into {@link SourceText.text}. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The byte order marks a text starts with: usually none or one; a file saved twice over may have two. */
export function leadingBoms(original: string): string {
  let count = 0;
  while (original.charCodeAt(count) === 0xfeff) count++;
  return original.slice(0, count);
}

export function toSourceText(original: string): SourceText {
  // Every leading BOM goes: were one left, the parser would drop it and shift every offset by one.
  const withoutBom = original.slice(leadingBoms(original).length);
  const eol = withoutBom.includes('\r\n') ? '\r\n' : '\n';
  const text = withoutBom.replace(/\r\n?/g, '\n');
  const lineStarts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    lineStarts.push(at + 1);
  }
  return { text, eol, lineStarts };
}

/** The index of the last of `sorted` (ascending, starting at or below `value`) that is at or before `value`. */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (sorted[middle] <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

export function positionAt(source: SourceText, offset: number): Position {
  const line = lastAtOrBefore(source.lineStarts, offset);
  return { line: line + 1, column: offset - source.lineStarts[line] + 1 };
}

export function rangeOf(source: SourceText, span: Span): Range {
  return { start: positionAt(source, span.start), end: positionAt(source, span.end) };
}

export function offsetAt(source: SourceText, position: Position): number {
  const lineStart = source.lineStarts[Math.min(position.line, source.lineStarts.length) - 1] ?? 0;
  return lineStart + position.column - 1;
}

export function lineEnd(source: SourceText, offset: number): number {
  const end = source.text.indexOf('\n', offset);
  return end === -1 ? source.text.length : end;
}

/**
 * Applies non-overlapping edits to normalised text and writes it back with the original's
 * line endings, so a file made from a CRLF scaffold stays CRLF.
 */
export function applySpanEdits(source: SourceText, edits: readonly { readonly span: Span; readonly newText: string }[]): string {
  let result = source.text;
  for (const edit of [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end)) {
    result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  }
  return source.eol === '\n' ? result : result.replace(/\n/g, source.eol);
}
