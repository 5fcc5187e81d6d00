// A seeded fuzzer for session sheets: it mutates the fixtures and the scaffolds the way people
// edit them (and worse), then checks the properties every analysis must keep. Shared by the
// unit test (fixed seed, a few seconds) and `npm run fuzz` (a longer budget, with figures).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, applyFixes, builtInTemplates, loadTemplate, type Analysis, type Finding } from '../../src/core/index';
import { repoPath } from './paths';

/** mulberry32: small, fast, and the same numbers for the same seed everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** The sheets mutations start from: every fixture and every built-in scaffold. */
export function seedSheets(): string[] {
  const folders = [repoPath('test/fixtures'), repoPath('test/fixtures/track'), repoPath('src/templates')];
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => readFileSync(join(folder, name), 'utf8')),
  );
}

const NAMES = ['Anna de Wit', 'Bram', 'Bram Jansen', 'Carla Smit', 'Dirk Vos', 'Programmateam', 'het programma', '[Naam]', '___', 'Anna', 'Ékaterina Öz', ''];
const ODD = ['[', ']', '(', ')', '|', '\\', '`', '*', '_', '___', '[ ]', '[x]', '\uFEFF', '\r', '\t', '  ', '😀', 'e\u0301', '\u200B', '<!--', '-->', '#', '> ', '- ', ':', '**', '\n\n', '---\n', '  \n'];

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** Replaces one random match of `pattern` (global) in `text` with what `replace` makes of it. */
function replaceOne(text: string, pattern: RegExp, random: Random, replace: (match: string) => string): string {
  const matches = [...text.matchAll(pattern)];
  if (matches.length === 0) return text;
  const chosen = pick(random, matches);
  return text.slice(0, chosen.index) + replace(chosen[0]) + text.slice(chosen.index + chosen[0].length);
}

function clock(random: Random): string {
  const hours = pick(random, [0, 9, 13, 23, Math.floor(random() * 24)]);
  const minutes = pick(random, [0, 5, 50, 55, Math.floor(random() * 60)]);
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Edits as people make them (tick, fill, swap, shift, insert, duplicate) and noise as files carry it. */
const MUTATIONS: readonly ((text: string, random: Random) => string)[] = [
  (text, random) => replaceOne(text, /\[[ xX]\]/g, random, (box) => (box === '[ ]' ? '[x]' : '[ ]')),
  (text, random) => replaceOne(text, /___|\[invullen\]|\[Naam\]/g, random, () => pick(random, NAMES) || 'iets'),
  (text, random) => replaceOne(text, /(\*\*[^*\n]+:\*\*) [^\n]*/g, random, (field) => `${field.slice(0, field.indexOf(':**') + 3)} ${pick(random, ['___', '', '[invullen]', pick(random, NAMES)])}`),
  (text, random) => replaceOne(text, /(\*\*Baateigenaar:\*\*)[^\n]*/g, random, () => `**Baateigenaar:** ${pick(random, NAMES)}`),
  (text, random) => replaceOne(text, /\b\d{1,2}[:.]\d{2}\b/g, random, () => clock(random)),
  (text, random) => replaceOne(text, /\b\d+ min\b/g, random, () => `${pick(random, [0, 5, 15, 30, 90, 600])} min`),
  (text, random) => {
    const lines = text.split('\n');
    const rows = lines.flatMap((line, index) => (line.startsWith('|') && !/^\|[-: |]+\|?$/.test(line) ? [index] : []));
    if (rows.length === 0) return text;
    const at = pick(random, rows);
    const cells = lines[at].split('|');
    const row = pick(random, [lines[at], cells.slice(0, 2).join('|'), `${cells.slice(0, 2).join('|')}|`, `| ${pick(random, NAMES)} | ${pick(random, ['Sectormanager', 'Programmamanager', ''])} | PO | [ ] |`]);
    lines.splice(at + 1, 0, row);
    return lines.join('\n');
  },
  (text, random) => {
    const lines = text.split('\n');
    lines.splice(Math.floor(random() * lines.length), 0, pick(random, lines));
    return lines.join('\n');
  },
  (text, random) => {
    const lines = text.split('\n');
    lines.splice(Math.floor(random() * lines.length), 1);
    return lines.join('\n');
  },
  (text, random) => {
    const at = Math.floor(random() * (text.length + 1));
    const noise = random() < 0.7 ? pick(random, ODD) : String.fromCodePoint(Math.floor(random() * 0x2ffff));
    return text.slice(0, at) + noise + text.slice(at);
  },
];

export function mutate(text: string, random: Random): string {
  let result = text;
  const count = 1 + Math.floor(random() * 4);
  for (let step = 0; step < count; step++) result = pick(random, MUTATIONS)(result, random);
  if (random() < 0.1) result = result.replace(/\n/g, '\r\n');
  return result;
}

export interface FuzzFigures {
  sheets: number;
  findings: number;
  fixesChecked: number;
  /** Hostile template definitions loaded (and, when they loaded, used). */
  templates: number;
  slowestSheetMs: number;
  /** The sheet whose analysis (one, without the fix checks) took longest, to look into. */
  slowestSheet: string;
  failures: string[];
}

/** A finding as a fix must remove it: its rule and its whole message (which starts with its place). */
const key = (finding: Finding) => `${finding.rule}\u0000${finding.message}`;
/**
 * A defect as "added" is judged: its rule and its place. A fix that fills in one of two missing
 * parts (`lacks a responsible person and a deadline`) leaves `lacks a deadline` at the same
 * place: the same defect, said smaller, not a new one.
 */
const placeKey = (finding: Finding) => `${finding.rule}\u0000${finding.message.slice(0, Math.max(0, finding.message.indexOf(': ')))}`;

function count(findings: readonly Finding[], by: (finding: Finding) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(by(finding), (counts.get(by(finding)) ?? 0) + 1);
  return counts;
}

/** Where a finding or an edit may be: a line of the document, a column up to just after its end. */
function outOfBounds(analysis: Analysis, range: Finding['range']): boolean {
  const lines = analysis.source.lineStarts;
  const inside = (position: { line: number; column: number }) => {
    if (position.line < 1 || position.line > lines.length) return false;
    const end = position.line < lines.length ? lines[position.line] - 1 : analysis.source.text.length;
    return position.column >= 1 && position.column <= end - lines[position.line - 1] + 1;
  };
  return !inside(range.start) || !inside(range.end);
}

/**
 * Checks one sheet: no throw; every range (of findings and of their fixes' edits) inside the
 * document; and for up to `fixesPerSheet` findings with fixes, applying the first fix removes
 * that finding (its rule and message) and adds no error.
 */
export function checkSheet(text: string, fixesPerSheet: number, random: Random, figures: FuzzFigures): void {
  const templates = builtInTemplates().templates;
  const started = performance.now();
  const fail = (what: string) => figures.failures.push(`${what}\n--- sheet (${JSON.stringify(text.slice(0, 60))}…, ${text.length} chars)`);
  let analysis: Analysis;
  try {
    analysis = analyze(text, { templates, language: 'en' });
  } catch (error) {
    fail(`analyze threw: ${error instanceof Error ? error.stack : String(error)}`);
    return;
  }
  const took = performance.now() - started;
  if (took > figures.slowestSheetMs) {
    figures.slowestSheetMs = took;
    figures.slowestSheet = text;
  }
  figures.sheets++;
  figures.findings += analysis.findings.length;
  for (const finding of analysis.findings) {
    if (outOfBounds(analysis, finding.range)) fail(`${finding.rule} range out of the document: ${JSON.stringify(finding.range)}`);
  }
  const fixable = analysis.findings.filter((finding) => finding.fixes.length > 0);
  const before = count(analysis.findings, key);
  const placesBefore = count(analysis.findings.filter((finding) => finding.severity === 'error'), placeKey);
  for (let checked = 0; checked < fixesPerSheet && fixable.length > 0; checked++) {
    const finding = fixable.splice(Math.floor(random() * fixable.length), 1)[0];
    const [fix] = finding.fixes;
    if (fix.edits.some((edit) => outOfBounds(analysis, edit.range))) {
      fail(`${finding.rule} fix "${fix.title}" edits outside the document`);
      continue;
    }
    figures.fixesChecked++;
    const fixed = applyFixes(text, [fix]).text;
    let after: Analysis;
    try {
      after = analyze(fixed, { templates, language: 'en' });
    } catch (error) {
      fail(`analyze threw after "${fix.title}": ${error instanceof Error ? error.stack : String(error)}`);
      continue;
    }
    if ((count(after.findings, key).get(key(finding)) ?? 0) >= (before.get(key(finding)) ?? 0)) fail(`"${fix.title}" did not remove ${finding.rule}: ${finding.message}`);
    const errors = after.findings.filter((other) => other.severity === 'error');
    const placesAfter = count(errors, placeKey);
    const added = errors.filter((other) => (placesAfter.get(placeKey(other)) ?? 0) > (placesBefore.get(placeKey(other)) ?? 0));
    if (added.length > 0) fail(`"${fix.title}" (for ${finding.rule}) added an error: ${added[0].rule}: ${added[0].message}`);
  }
}

/** Patterns a hostile or careless template author might write: backtracking bombs, lookaround, broken syntax. */
const HOSTILE_PATTERNS = ['^(a|a)*$', '(a+)+$', '(.*a){20}', '^(\\s*)*$', '(?<=x)y', '(?!a)', '(a)\\1', '[', '(', '\\', '*', '', '.*', '^$', '\\p{Lu}+', '(?i)baat', 'x{1000}{1000}'];

/**
 * A built-in definition with one of its patterns (or its scaffold name) swapped for a hostile
 * one: loading must not throw, and a template that loads must analyse a sheet in bounded time.
 */
export function checkHostileTemplate(random: Random, sheet: string, figures: FuzzFigures): void {
  const definitions = readdirSync(repoPath('src/templates')).filter((name) => name.endsWith('.template.json'));
  const json = readFileSync(repoPath('src/templates', pick(random, definitions)), 'utf8');
  const hostile = pick(random, HOSTILE_PATTERNS);
  // Any string value that looks like a pattern (starts with ^ or holds a backslash) may be swapped.
  const slots = [...json.matchAll(/"((?:\^|[^"]*\\\\)[^"]*)"/g)];
  const edited = slots.length === 0 ? json : (() => {
    const slot = pick(random, slots);
    return json.slice(0, slot.index) + JSON.stringify(hostile) + json.slice(slot.index + slot[0].length);
  })();
  const withScaffold = random() < 0.2 ? edited.replace(/"scaffold": "[^"]*"/, `"scaffold": ${JSON.stringify(pick(random, ['../../etc/passwd', '/etc/passwd', '..', '.', 'sub/../../x.md']))}`) : edited;
  let loaded;
  try {
    loaded = loadTemplate({ file: 'fuzz.template.json', json: withScaffold });
  } catch (error) {
    figures.failures.push(`loadTemplate threw on pattern ${JSON.stringify(hostile)}: ${error instanceof Error ? error.stack : String(error)}`);
    return;
  }
  figures.templates++;
  if (!loaded.ok) return;
  const started = performance.now();
  try {
    analyze(`${sheet}\n\n| ${'a'.repeat(3000)}b |\n|---|\n| ${'a'.repeat(3000)} |\n\n# ${' '.repeat(3000)}x\n`, { templates: [loaded.template], templateId: loaded.template.id, language: 'en' });
  } catch (error) {
    figures.failures.push(`analyze threw with pattern ${JSON.stringify(hostile)}: ${error instanceof Error ? error.stack : String(error)}`);
  }
  const took = performance.now() - started;
  if (took > 5000) figures.failures.push(`pattern ${JSON.stringify(hostile)} made an analysis take ${Math.round(took)} ms`);
}

/** Mutates and checks sheets from `seed` until `budgetMs` has passed (at least `minimumSheets`). */
export function fuzz(seed: number, budgetMs: number, fixesPerSheet: number, minimumSheets = 0): FuzzFigures {
  const random = seededRandom(seed);
  const seeds = seedSheets();
  const figures: FuzzFigures = { sheets: 0, findings: 0, fixesChecked: 0, templates: 0, slowestSheetMs: 0, slowestSheet: '', failures: [] };
  const deadline = performance.now() + budgetMs;
  while (performance.now() < deadline || figures.sheets < minimumSheets) {
    const original = pick(random, seeds);
    const sheet = mutate(original, random);
    checkSheet(sheet, fixesPerSheet, random, figures);
    if (random() < 0.2) checkHostileTemplate(random, sheet, figures);
    if (figures.failures.length > 20) break;
  }
  return figures;
}
