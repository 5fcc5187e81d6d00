import type { SessionTemplate } from './template';

/** Longer lines are never a template's title; skipping them keeps every step linear. */
const MAX_TITLE = 1000;
/** The underline of a setext level-1 heading. */
const SETEXT_H1 = /^ {0,3}=+[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Whether a text may be a session sheet of one of the templates, decided from its lines
 * without parsing it: front matter naming a template, or a level-1 heading that one of the
 * templates' heading patterns matches. It never says no to a sheet the full analysis would
 * recognise (it looks at every heading-like line, not only the first); it may say yes to a
 * text that turns out not to be one, which the full analysis then settles. A README or a
 * changelog costs one pass over its lines instead of a parse.
 */
export function maybeSessionSheet(text: string, templates: readonly SessionTemplate[]): boolean {
  const body = text.replace(/^\uFEFF+/, '');
  if (firstLine(body).trim() === '---' && frontMatterNamesTemplate(linesOf(body))) return true;
  const headings = templates.flatMap((template) => (template.heading ? [template.heading] : []));
  if (headings.length === 0) return false;
  let fence: string | undefined;
  let previous: string | undefined;
  // Line by line without splitting the whole text first: a sheet's title is near its top.
  for (const line of linesOf(body)) {
    const above = previous;
    previous = line;
    const marker = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    const title = atxTitle(line) ?? (SETEXT_H1.test(line) ? above : undefined);
    if (title === undefined || title.length > MAX_TITLE) continue;
    const plain = plainText(title);
    if (headings.some((heading) => heading.test(plain))) return true;
  }
  return false;
}

/** The lines of a text, split at `\r\n`, `\r` or `\n`, one at a time. */
function* linesOf(text: string): Generator<string> {
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code !== 10 && code !== 13) continue;
    yield text.slice(start, at);
    if (code === 13 && text.charCodeAt(at + 1) === 10) at++;
    start = at + 1;
  }
  yield text.slice(start);
}

function firstLine(text: string): string {
  for (const line of linesOf(text)) return line;
  return '';
}

/** The text of an ATX level-1 heading (`# Title #`), read by hand: no regex to backtrack. */
function atxTitle(line: string): string | undefined {
  let at = 0;
  while (at < 3 && line[at] === ' ') at++;
  if (line[at] !== '#') return undefined;
  const next = line[at + 1];
  if (next !== undefined && next !== ' ' && next !== '\t') return undefined;
  const text = line.slice(at + 1).trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  // A closing run of hashes counts only after white space (or as the whole heading).
  if (end === 0) return '';
  return end < text.length && (text[end - 1] === ' ' || text[end - 1] === '\t') ? text.slice(0, end).trim() : text;
}

/** Front matter that mentions `template:` at all; the parse decides what it names. */
function frontMatterNamesTemplate(lines: Iterable<string>): boolean {
  let first = true;
  for (const line of lines) {
    if (first) {
      first = false;
      continue;
    }
    if (line.trim() === '---' || line.trim() === '...') return false;
    if (/^template\s*:/.test(line)) return true;
  }
  return false;
}

/** A heading's text as the parser gives it, near enough: emphasis, code marks and link targets gone. */
function plainText(title: string): string {
  return title
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();
}
