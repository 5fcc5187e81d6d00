// A seeded fuzzer for session sheets: it mutates the fixtures and the scaffolds the way people
// edit them (and worse), then checks the properties every analysis must keep. Shared by the
// unit test (fixed seed, a fixed count of excerpts) and `npm run fuzz` (a time budget, whole
// sheets, with figures).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, applyFixes, builtInTemplates, loadTemplate, RULE_IDS, type Analysis, type Finding } from '../../src/core/index';
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

/**
 * A sheet's lines in parts: its front (front matter, title, header fields: all before the first
 * `## `), then its `## ` sections, each with its subsections. The parts' lines, joined by line
 * breaks, are the sheet again.
 */
export function partsOf(text: string): string[][] {
  const parts: string[][] = [[]];
  let fence: string | undefined;
  for (const line of text.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && marker) fence = marker;
    else if (fence !== undefined && marker?.startsWith(fence)) fence = undefined;
    else if (fence === undefined && line.startsWith('## ')) parts.push([]);
    parts[parts.length - 1].push(line);
  }
  return parts;
}

/** The header of a participants table (its first column is `Naam`): owners, presence and roles are judged against it. */
const PARTICIPANTS = /^\|\s*Naam\s*\|/;
const holdsParticipants = (section: readonly string[]) => section.some((line) => PARTICIPANTS.test(line));

/**
 * An excerpt of a sheet, the cheap sheet of the suite's run: its front (front matter, and the
 * title the template match reads), its participants section (owners, presence and roles are
 * judged against it), and a run of one to three consecutive other `## ` sections, in their
 * order. A finding's properties are the finding's own, so a small sheet checks them as a whole
 * one does, for about half the cost (half the text, and fewer of them have a fix to check). A
 * run rather than a random pick keeps neighbours together, which the rules that look at several
 * sections need: benefits and their ownership checks (`ownership-mismatch`), three journeys for
 * two slots (`journeys-per-session`). Whether every rule was reached is asserted per run
 * (coverageGaps). Runs of at most one or two sections cost only 10–20% less: the front and the
 * participants are most of an excerpt.
 */
export function excerpt(text: string, random: Random): string {
  const [front, ...sections] = partsOf(text);
  const others = sections.flatMap((section, index) => (holdsParticipants(section) ? [] : [index]));
  const length = Math.min(1 + Math.floor(random() * 3), others.length);
  const first = Math.floor(random() * (others.length - length + 1));
  const kept = new Set(others.slice(first, first + length));
  const lines = [...front, ...sections.flatMap((section, index) => (holdsParticipants(section) || kept.has(index) ? section : []))];
  // The sheet's last line break belongs to its last section: keep one when that section is left out.
  if (lines[lines.length - 1] !== '') lines.push('');
  return lines.join('\n');
}

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
  /** Findings per rule id. */
  findingsByRule: Record<string, number>;
  /** Findings that offered a fix, per rule id: the rules with fixes as the run met them. */
  fixableByRule: Record<string, number>;
  /** Fixes applied and checked, per rule id. */
  fixesByRule: Record<string, number>;
  /** Hostile template definitions loaded (and, when they loaded, used). */
  templates: number;
  /** How long the whole run took, and the processor time the process used meanwhile (user and system; the two differ on a busy machine). */
  elapsedMs: number;
  cpuMs: number;
  slowestSheetMs: number;
  /** The sheet whose analysis (one, without the fix checks) took longest, to look into. */
  slowestSheet: string;
  failures: string[];
  /** What each failure was found on, whole: the sheet, or the hostile template's definition. */
  failedInputs: string[];
}

/** A finding as a fix must remove it: its rule and its whole message (which starts with its place). */
const key = (finding: Finding) => `${finding.rule}\u0000${finding.message}`;
/**
 * A defect as "added" is judged: its rule and its place. A fix that fills in one of two missing
 * parts (`lacks a responsible person and a deadline`) leaves `lacks a deadline` at the same
 * place: the same defect, said smaller, not a new one.
 */
const placeKey = (finding: Finding) => `${finding.rule}\u0000${finding.message.slice(0, Math.max(0, finding.message.indexOf(': ')))}`;
/**
 * And its rule and words, without the place. An error whose place was renamed is not new
 * either: an ownership check outside any benefit belongs to the benefit its owner owns, so a
 * fix that makes Anna the owner of benefit 4 turns `Ownership check: more than one choice…`
 * into `Benefit 4 (…): more than one choice…` — the same error, found on the same row. An
 * error counts as added only when it is new at its place *and* new in its words.
 */
const wordsKey = (finding: Finding) => `${finding.rule}\u0000${finding.message.slice(finding.message.indexOf(': ') + 2)}`;

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

function failed(figures: FuzzFigures, what: string, input: string): void {
  figures.failures.push(what);
  figures.failedInputs.push(input);
}

const tally = (counts: Record<string, number>, rule: string) => {
  counts[rule] = (counts[rule] ?? 0) + 1;
};

/**
 * Checks one sheet: no throw; every range (of findings and of the edits of every fix they
 * offer) inside the document; and for up to `fixesPerSheet` findings with fixes, applying one
 * of its fixes removes that finding (its rule and message) and adds no error. The finding is
 * drawn rule first: of the sheet's rules with fixes, the one the run has checked least so far
 * (ties drawn at random), then any of its findings. So a rare rule (an ownership check that
 * names another owner than its benefit) is checked whenever a sheet offers it, not once in the
 * dozen times a sheet full of open boxes hides it. The fix is any of the finding's, not only
 * its first: a quick fix menu offers them all ("Choose …" per option, an owner per manager).
 */
export function checkSheet(text: string, fixesPerSheet: number, random: Random, figures: FuzzFigures): void {
  const templates = builtInTemplates().templates;
  const started = performance.now();
  const fail = (what: string) => failed(figures, `${what}\n--- sheet (${JSON.stringify(text.slice(0, 60))}…, ${text.length} chars)`, text);
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
  const fixable = new Map<string, Finding[]>();
  for (const finding of analysis.findings) {
    tally(figures.findingsByRule, finding.rule);
    if (outOfBounds(analysis, finding.range)) fail(`${finding.rule} range out of the document: ${JSON.stringify(finding.range)}`);
    if (finding.fixes.length === 0) continue;
    tally(figures.fixableByRule, finding.rule);
    for (const fix of finding.fixes) {
      if (fix.edits.some((edit) => outOfBounds(analysis, edit.range))) fail(`${finding.rule} fix "${fix.title}" edits outside the document`);
    }
    fixable.set(finding.rule, [...(fixable.get(finding.rule) ?? []), finding]);
  }
  const before = count(analysis.findings, key);
  const errorsBefore = analysis.findings.filter((finding) => finding.severity === 'error');
  const placesBefore = count(errorsBefore, placeKey);
  const wordsBefore = count(errorsBefore, wordsKey);
  for (let checked = 0; checked < fixesPerSheet && fixable.size > 0; checked++) {
    const checkedLeast = Math.min(...[...fixable.keys()].map((id) => figures.fixesByRule[id] ?? 0));
    const rule = pick(random, [...fixable.keys()].filter((id) => (figures.fixesByRule[id] ?? 0) === checkedLeast));
    const candidates = fixable.get(rule) ?? [];
    const finding = candidates.splice(Math.floor(random() * candidates.length), 1)[0];
    if (candidates.length === 0) fixable.delete(rule);
    const fix = pick(random, finding.fixes);
    if (fix.edits.some((edit) => outOfBounds(analysis, edit.range))) continue; // failed above
    figures.fixesChecked++;
    tally(figures.fixesByRule, finding.rule);
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
    const wordsAfter = count(errors, wordsKey);
    const added = errors.filter(
      (other) =>
        (placesAfter.get(placeKey(other)) ?? 0) > (placesBefore.get(placeKey(other)) ?? 0) &&
        (wordsAfter.get(wordsKey(other)) ?? 0) > (wordsBefore.get(wordsKey(other)) ?? 0),
    );
    if (added.length > 0) fail(`"${fix.title}" (for ${finding.rule}) added an error: ${added[0].rule}: ${added[0].message}`);
  }
}

/** Patterns a hostile or careless template author might write: backtracking bombs, lookaround, broken syntax. */
const HOSTILE_PATTERNS = ['^(a|a)*$', '(a+)+$', '(.*a){20}', '^(\\s*)*$', '(?<=x)y', '(?!a)', '(a)\\1', '[', '(', '\\', '*', '', '.*', '^$', '\\p{Lu}+', '(?i)baat', 'x{1000}{1000}'];

/** The built-in definitions' JSON, read once: a hostile template is one of them with a swap. */
let definitions: readonly string[] | undefined;
function definitionTexts(): readonly string[] {
  definitions ??= readdirSync(repoPath('src/templates'))
    .filter((name) => name.endsWith('.template.json'))
    .sort()
    .map((name) => readFileSync(repoPath('src/templates', name), 'utf8'));
  return definitions;
}

/**
 * A built-in definition with one of its patterns (or its scaffold name) swapped for a hostile
 * one: loading must not throw, and a template that loads must analyse a sheet in bounded time.
 */
export function checkHostileTemplate(random: Random, sheet: string, figures: FuzzFigures): void {
  const json = pick(random, definitionTexts());
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
    failed(figures, `loadTemplate threw on pattern ${JSON.stringify(hostile)}: ${error instanceof Error ? error.stack : String(error)}`, withScaffold);
    return;
  }
  figures.templates++;
  if (!loaded.ok) return;
  const started = performance.now();
  try {
    analyze(`${sheet}\n\n| ${'a'.repeat(3000)}b |\n|---|\n| ${'a'.repeat(3000)} |\n\n# ${' '.repeat(3000)}x\n`, { templates: [loaded.template], templateId: loaded.template.id, language: 'en' });
  } catch (error) {
    failed(figures, `analyze threw with pattern ${JSON.stringify(hostile)}: ${error instanceof Error ? error.stack : String(error)}`, withScaffold);
  }
  const took = performance.now() - started;
  if (took > 5000) failed(figures, `pattern ${JSON.stringify(hostile)} made an analysis take ${Math.round(took)} ms`, withScaffold);
}

export interface FuzzOptions {
  readonly seed: number;
  /** A fixed count of sheets, so that a seed always checks the same sheets (the suite)… */
  readonly sheets?: number;
  /** …or as many as fit in this many milliseconds (`npm run fuzz`). */
  readonly budgetMs?: number;
  /** Findings with fixes checked per sheet, at most (one fix each). */
  readonly fixesPerSheet: number;
  /** Excerpts of the seed sheets (see excerpt) rather than whole sheets, before the mutations. */
  readonly excerpts: boolean;
  /** The share of sheets followed by a hostile template (built on that sheet). */
  readonly hostileRate: number;
}

/** Mutates and checks sheets from `seed`: `sheets` of them, or until `budgetMs` has passed. */
export function fuzz(options: FuzzOptions): FuzzFigures {
  const random = seededRandom(options.seed);
  const seeds = seedSheets();
  const figures: FuzzFigures = {
    sheets: 0,
    findings: 0,
    fixesChecked: 0,
    findingsByRule: {},
    fixableByRule: {},
    fixesByRule: {},
    templates: 0,
    elapsedMs: 0,
    cpuMs: 0,
    slowestSheetMs: 0,
    slowestSheet: '',
    failures: [],
    failedInputs: [],
  };
  const started = performance.now();
  const cpu = process.cpuUsage();
  const done = (made: number) => (options.sheets !== undefined ? made >= options.sheets : performance.now() - started >= (options.budgetMs ?? 0));
  for (let made = 0; !done(made) && figures.failures.length <= 20; made++) {
    const original = pick(random, seeds);
    const sheet = mutate(options.excerpts ? excerpt(original, random) : original, random);
    checkSheet(sheet, options.fixesPerSheet, random, figures);
    if (random() < options.hostileRate) checkHostileTemplate(random, sheet, figures);
  }
  figures.elapsedMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  figures.cpuMs = (used.user + used.system) / 1000;
  return figures;
}

/** One run's figures from the figures of its shares (run side by side, each with its own seed). */
export function mergeFigures(shares: readonly FuzzFigures[], elapsedMs: number, cpuMs: number): FuzzFigures {
  const sum = (records: readonly Record<string, number>[]) => {
    const total: Record<string, number> = {};
    for (const record of records) for (const [rule, value] of Object.entries(record)) total[rule] = (total[rule] ?? 0) + value;
    return total;
  };
  const slowest = shares.reduce((a, b) => (b.slowestSheetMs > a.slowestSheetMs ? b : a));
  return {
    sheets: shares.reduce((total, share) => total + share.sheets, 0),
    findings: shares.reduce((total, share) => total + share.findings, 0),
    fixesChecked: shares.reduce((total, share) => total + share.fixesChecked, 0),
    findingsByRule: sum(shares.map((share) => share.findingsByRule)),
    fixableByRule: sum(shares.map((share) => share.fixableByRule)),
    fixesByRule: sum(shares.map((share) => share.fixesByRule)),
    templates: shares.reduce((total, share) => total + share.templates, 0),
    elapsedMs,
    cpuMs,
    slowestSheetMs: slowest.slowestSheetMs,
    slowestSheet: slowest.slowestSheet,
    failures: shares.flatMap((share) => share.failures),
    failedInputs: shares.flatMap((share) => share.failedInputs),
  };
}

/**
 * The rules that offer fixes, as docs/rules.en.md documents them: a rule's section says
 * "Quick fix…" (those without say "No quick fix"). Headings inside fenced examples do not count.
 */
export function rulesWithFixes(): string[] {
  const ids: string[] = [];
  for (const [heading, ...body] of partsOf(readFileSync(repoPath('docs/rules.en.md'), 'utf8'))) {
    const id = /^## `([a-z-]+)`$/.exec(heading ?? '')?.[1];
    if (id && RULE_IDS.includes(id) && body.some((line) => line.includes('Quick fix'))) ids.push(id);
  }
  return ids;
}

/**
 * What a run failed to reach: a rule of the registry without findings, a rule with fixes none
 * of whose fixes was checked, a rule that offered a fix the documentation does not mention.
 */
export function coverageGaps(figures: FuzzFigures): string[] {
  const withFixes = rulesWithFixes();
  return [
    ...RULE_IDS.filter((id) => !figures.findingsByRule[id]).map((id) => `${id}: no findings`),
    ...withFixes.filter((id) => !figures.fixesByRule[id]).map((id) => `${id}: no fix checked`),
    ...Object.keys(figures.fixableByRule).filter((id) => !withFixes.includes(id)).map((id) => `${id}: offers fixes docs/rules.en.md does not name`),
  ];
}

/** The figures in a line, and fixes checked per rule. */
export function describeFigures(figures: FuzzFigures): string {
  const perRule = Object.entries(figures.fixesByRule)
    .sort(([a], [b]) => RULE_IDS.indexOf(a) - RULE_IDS.indexOf(b))
    .map(([rule, fixes]) => `${rule} ${fixes}`)
    .join(', ');
  return (
    `${figures.sheets} sheets in ${(figures.elapsedMs / 1000).toFixed(1)} s (${(figures.cpuMs / 1000).toFixed(1)} s of processor), ${figures.findings} findings, ${figures.fixesChecked} fixes checked, ` +
    `${figures.templates} hostile templates, slowest sheet ${Math.round(figures.slowestSheetMs)} ms, ${figures.failures.length} failure(s)\n` +
    `fixes checked per rule: ${perRule}`
  );
}
