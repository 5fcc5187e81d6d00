import { text } from '../i18n/text';

/** The values the file name and commit message patterns can use, by name. */
export type PatternValues = Readonly<Record<string, string>>;

export const DEFAULT_FILE_NAME_PATTERN = '{date}-{template}-{slug}.md';
/** The commit message of a new session, in the chosen language, unless a setting gives one. */
export const DEFAULT_COMMIT_MESSAGE_PATTERN = text('Sessie toegevoegd: {title} ({date})', 'Add session: {title} ({date})');

/** Windows refuses these as file names, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_STEM = 100;

/** Lower case ASCII words joined by `-`: "Één ronde: Café & Zorg" → "een-ronde-cafe-zorg". */
export function slugify(value: string, maxLength = 60): string {
  const ascii = value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .replace(/ł/gi, 'l')
    .toLowerCase();
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash >= maxLength / 2 ? cut.slice(0, lastDash) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/**
 * A relative path from a pattern such as `{date}-{template}-{slug}.md`. Every value is
 * slugged except `{date}`, so the name is safe on Windows, macOS and Linux; `/` in the
 * pattern makes folders; `..` and empty parts are dropped; the name always ends in `.md`.
 */
export function sessionFileName(pattern: string, values: PatternValues): string {
  const filled = pattern.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name] ?? '';
    return name === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : slugify(value);
  });
  const parts = filled
    .split(/[\\/]+/)
    .map((part) => safePart(part))
    .filter((part) => part !== '');
  const last = parts.pop() ?? '';
  const stem = safePart(last.replace(/\.md$/i, '').slice(0, MAX_STEM)) || slugify(values.template ?? '') || 'sessie';
  return [...parts, `${stem}.md`].join('/');
}

/** Leaves letters, digits, `-`, `_` and `.`; joins runs of dashes; trims separators at the ends. */
function safePart(part: string): string {
  const cleaned = part
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_.]+|[-_.]+$/g, '');
  return RESERVED.test(cleaned.replace(/\..*$/, '')) ? cleaned.replace(/^[^.]*/, '$&-sessie') : cleaned;
}

/** `name.md`, then `name-2.md`, `name-3.md`, …: the names tried until one is free. */
export function* candidateNames(name: string): Generator<string> {
  yield name;
  const stem = name.replace(/\.md$/i, '');
  for (let number = 2; ; number++) yield `${stem}-${number}.md`;
}

/** A commit message from a pattern; `{title}` falls back to the template's name. */
export function commitMessage(pattern: string, values: PatternValues): string {
  const message = pattern.replace(/\{(\w+)\}/g, (_, name: string) => values[name] || (name === 'title' ? (values.templateName ?? '') : ''));
  return message.replace(/\(\s*\)/g, '').replace(/\s+/g, ' ').trim() || 'Add session';
}
