// `npm run bench`: what the analysis costs, measured as ratios to the bare remark parse of the
// same text in the same run, so the figures hold on any machine. Not a test: it prints, it
// never fails. Run with `node --expose-gc` (the npm script does) for steadier figures.
//
// Method: warm up, then rounds in which the baseline parse and every candidate run once each,
// in a freshly shuffled order, so noise on the machine hits the baseline and the candidates
// alike. Times are medians; ratios are medians of the per-round ratio to the parse of the same
// round, with their lowest and highest; "best of" ratios (fastest candidate over fastest parse)
// are printed beside them as a check, since a busy machine only ever adds time. The number of
// rounds follows from a time budget per input, so the whole run stays near a minute on two cores.
//
// Garbage is collected between batches of rounds, not before every call: a forced full GC
// throws away micromark's optimised code (V8 deoptimises it for "weak objects", the per-parse
// closures it was specialised on), and the parses after one run several times slower for a
// while. So batches are long and a few unrecorded rounds follow each collection. Only on the
// big input, where one call takes a second or more, is every call its own batch.
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { checkSession } from '../../src/core/analysis/analyze';
import { analyze, builtInTemplates, measureProgress, RULES } from '../../src/core/index';
import { buildStructure, readIdentity } from '../../src/core/model/build';
import { interpretSession } from '../../src/core/model/session';
import { parseMarkdown } from '../../src/core/parse';
import { toSourceText } from '../../src/core/source';
import sheet from '../../src/templates/baateigenaren.md';
import { reportBundles } from './bundles';
import { reportFormView } from './formView';
import { reportProgramme } from './programme';

const TARGET = 10; // percent of the parse that everything we add may cost (notes/performance-anchors.md)
const templates = builtInTemplates().templates;
const baseline = unified().use(remarkParse).use(remarkGfm).freeze();
const gc: () => void = global.gc ?? (() => {});

// ---------------------------------------------------------------------------------------------
// Inputs

const NAMES = ['Anna de Wit', 'Bram Jansen', 'Carla Smit', 'Dirk Vos'];
const OWNERS = NAMES.slice(0, 3); // the sector managers; Dirk is the programme manager
const LEVELS = ['Hoog', 'Midden', 'Laag'];
const ANSWERS = [
  'leiderschap dat ruimte geeft en de sectoren zelf laat kiezen',
  'door de sectormanagers zelf hun baten te laten kiezen en benoemen',
  'macht expliciet maken en besluiten bij de lijn leggen',
  'afspraken nakomen en voortgang open delen',
];
const AGREEMENTS = ['Baten vastleggen in het batenprofiel', 'Prioriteiten delen met de sponsorgroep', 'Businesscase voorbereiden'];
const REFLECTION: Record<string, string> = {
  'Wat ging goed': 'de sectoren kozen zelf hun baten',
  'Wat kan beter': 'meer tijd voor de check op eigenaarschap',
  'Signalen eigenaarschap': 'sectormanagers formuleerden hun baten in eigen woorden',
};

/** The user's sheet filled in as a session would leave it; `copy` varies the answers. */
function filledCopy(copy: number): string {
  const fields: Record<string, string> = {
    'Datum sessie': `${(copy % 28) + 1}-3-2026`,
    Locatie: ['Stadskantoor Utrecht', 'Vergaderzaal 2', 'Online (Teams)'][copy % 3],
    Facilitator: 'Eva Bakker',
  };
  let name = 0;
  let answer = 0;
  let owner = 0;
  let level = 0;
  let yesNo = 0;
  let row = 0;
  return (
    sheet
      .replace(/\*\*([^*]+):\*\* \[invullen\]/g, (_match, label: string) => `**${label}:** ${fields[label] ?? 'ingevuld'}`)
      .replaceAll('[invullen]', `waarde ${copy}`)
      .replace(/\[Naam\]/g, () => NAMES[name++ % NAMES.length])
      // Aanwezig: everyone came.
      .replace(/\| \[ \] \|$/gm, '| [x] |')
      .replace(/Antwoord: ___/g, () => `Antwoord: ${ANSWERS[answer++ % ANSWERS.length]}`)
      .replace(/\*\*Baateigenaar:\*\* ___/g, () => `**Baateigenaar:** ${OWNERS[(copy + owner++) % OWNERS.length]}`)
      .replaceAll('___', 'ingevuld')
      // One box per choice group.
      .replace(/\[ \] Hoog \[ \] Midden \[ \] Laag/g, () => {
        const pick = (copy + level++) % LEVELS.length;
        return LEVELS.map((option, index) => `[${index === pick ? 'x' : ' '}] ${option}`).join(' ');
      })
      .replace(/\[ \] Ja \[ \] Nee/g, () => ((copy + yesNo++) % 7 === 6 ? '[ ] Ja [x] Nee' : '[x] Ja [ ] Nee'))
      .replace('| Wie is de eigenaar van deze baat? | |', `| Wie is de eigenaar van deze baat? | ${OWNERS[copy % OWNERS.length]} |`)
      .replace(/^\| \| \| \|$/gm, () => {
        const index = row++;
        return `| ${AGREEMENTS[index % AGREEMENTS.length]} | ${OWNERS[(copy + index) % OWNERS.length]} | ${index + 1}-12-2026 |`;
      })
      // Every task ticked.
      .replace(/^(\d+)\. \[ \]/gm, '$1. [x]')
      .replace(/^\*\*(Wat ging goed|Wat kan beter|Signalen eigenaarschap):\*\*$/gm, (_match, label: string) => `**${label}:** ${REFLECTION[label]}`)
  );
}

/** Filled-in copies of the sheet up to `bytes`; every copy keeps its H1, the first one decides. */
function filledDocument(bytes: number): string {
  const copies: string[] = [];
  let size = 0;
  for (let copy = 0; size < bytes; copy++) {
    const text = filledCopy(copy);
    copies.push(text);
    size += Buffer.byteLength(text) + 1;
  }
  return copies.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Measuring

type Task = () => unknown;

interface Plan {
  /** Warm-up rounds, not recorded; they also give the time of one round for the budget. */
  readonly warmup: number;
  readonly budgetMs: number;
  readonly minRounds: number;
  readonly maxRounds: number;
  /** Collect garbage before every call (big inputs); otherwise once per batch of rounds. */
  readonly gcPerTask: boolean;
  readonly batch: number;
  /** Unrecorded rounds after each collection, while V8 optimises again. */
  readonly settle: number;
}

interface Ratio {
  /** Median of the per-round ratios to the baseline of the same round. */
  readonly median: number;
  readonly low: number;
  readonly high: number;
  /** Fastest run over the baseline's fastest run. */
  readonly best: number;
}

interface Measured {
  /** Median milliseconds per task. */
  readonly ms: Record<string, number>;
  readonly ratio: Record<string, Ratio>;
  readonly rounds: number;
}

/** A small deterministic generator, so every run shuffles alike. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [result[index], result[other]] = [result[other], result[index]];
  }
  return result;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs the tasks (baseline included) round after round, each round in a shuffled order. */
function measure(baselineName: string, tasks: Record<string, Task>, plan: Plan): Measured {
  const names = Object.keys(tasks);
  const next = random(names.length * 7919 + plan.minRounds);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  const ratios: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  const round = (record: boolean) => {
    const times: Record<string, number> = {};
    for (const name of shuffled(names, next)) {
      if (plan.gcPerTask) gc();
      const start = process.hrtime.bigint();
      tasks[name]();
      times[name] = Number(process.hrtime.bigint() - start) / 1e6;
    }
    if (!record) return;
    for (const name of names) {
      samples[name].push(times[name]);
      ratios[name].push(times[name] / times[baselineName]);
    }
  };
  const collect = () => {
    if (plan.gcPerTask) return;
    gc();
    for (let index = 0; index < plan.settle; index++) round(false);
  };

  const warmupStart = process.hrtime.bigint();
  for (let index = 0; index < plan.warmup; index++) round(false);
  const roundMs = Number(process.hrtime.bigint() - warmupStart) / 1e6 / Math.max(1, plan.warmup);
  const overhead = plan.gcPerTask ? 1 : 1 + plan.settle / plan.batch;
  const rounds = Math.min(plan.maxRounds, Math.max(plan.minRounds, Math.floor(plan.budgetMs / (roundMs * overhead))));
  for (let index = 0; index < rounds; index++) {
    if (index % plan.batch === 0) collect();
    round(true);
  }
  const ratio = (name: string): Ratio => ({
    median: median(ratios[name]),
    low: Math.min(...ratios[name]),
    high: Math.max(...ratios[name]),
    best: Math.min(...samples[name]) / Math.min(...samples[baselineName]),
  });
  return {
    ms: Object.fromEntries(names.map((name) => [name, median(samples[name])])),
    ratio: Object.fromEntries(names.map((name) => [name, ratio(name)])),
    rounds,
  };
}

interface Heap {
  /** Heap held by the result: in use with the result kept minus in use once it is dropped, both after GC. */
  readonly held: number;
  /** Heap in use just after the call, garbage included, over the heap before it. */
  readonly after: number;
}

/** Keeps a result alive until its heap is counted. */
const kept: unknown[] = [];

/** Calls the task in a frame of its own, so no register of the caller still points at the result. */
function hold(task: Task): void {
  kept.push(task());
}

function heapOf(task: Task): Heap {
  const used = () => process.memoryUsage().heapUsed;
  kept.length = 0;
  gc();
  gc();
  const before = used();
  hold(task);
  const after = used() - before;
  gc();
  gc();
  const withResult = used();
  kept.length = 0;
  gc();
  gc();
  return { held: withResult - used(), after };
}

// ---------------------------------------------------------------------------------------------
// One input

interface Result {
  readonly label: string;
  readonly bytes: number;
  readonly findings: number;
  /** Parse, analyze and markdownlint, in one set of rounds. */
  readonly whole: Measured;
  /** The parts of analyze (our parser, then our code on its output) with the parse, in another. */
  readonly parts: Measured;
  readonly parseHeap: Heap;
  readonly analyzeHeap: Heap;
}

function run(label: string, text: string, whole: Plan, parts: Plan): Result {
  const options = { templates, language: 'nl' as const };
  const analysis = analyze(text, options);
  const template = analysis.template;
  if (!template) throw new Error(`${label}: not recognised as a session sheet`);
  const parse = () => baseline.parse(text);
  const parseHeap = heapOf(parse);
  const analyzeHeap = heapOf(() => analyze(text, options));

  const wholeRuns = measure(
    'parse',
    {
      parse,
      analyze: () => analyze(text, options),
      markdownlint: () => lint({ strings: { sheet: text } }),
    },
    whole,
  );

  // Each part is timed on its own, on the output of the part before it.
  const source = toSourceText(text);
  const tree = parseMarkdown(source.text);
  const identity = readIdentity(tree);
  const structure = buildStructure(tree, source, { answerLabels: template.answerLabels }, identity);
  const session = interpretSession(structure, template);
  const partRuns = measure(
    'parse',
    {
      parse,
      toSourceText: () => toSourceText(text),
      parseMarkdown: () => parseMarkdown(source.text),
      readIdentity: () => readIdentity(tree),
      buildStructure: () => buildStructure(tree, source, { answerLabels: template.answerLabels }, identity),
      interpretSession: () => interpretSession(structure, template),
      rules: () => checkSession(session, options),
      measureProgress: () => measureProgress(session),
    },
    parts,
  );
  return { label, bytes: Buffer.byteLength(text), findings: analysis.findings.length, whole: wholeRuns, parts: partRuns, parseHeap, analyzeHeap };
}

// ---------------------------------------------------------------------------------------------
// Output

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toFixed(3));
const signed = (share: number) => `${share >= 0 ? '+' : ''}${(share * 100).toFixed(1)}%`;
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const times = (ratio: number) => `${ratio.toFixed(2)}×`;

function table(header: readonly string[], rows: readonly (readonly string[])[], alignLeft = 1): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column].length)));
  const line = (row: readonly string[]) =>
    row.map((cell, column) => (column < alignLeft ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].map((row) => `  ${row.trimEnd()}`).join('\n');
}

/** Our code after the parse, in the order analyze runs it. */
const PARTS: readonly [string, string][] = [
  ['toSourceText', 'toSourceText (BOM, line breaks, line starts)'],
  ['readIdentity', 'readIdentity (front matter, first H1)'],
  ['buildStructure', 'buildStructure (the one walk)'],
  ['interpretSession', 'interpretSession (the template’s meaning)'],
  ['rules', `rules (checkSession, all ${RULES.length})`],
  ['measureProgress', 'measureProgress'],
];

/** Shares of the parse: our parser's extra (front matter), our own code, and the whole runs. */
function shares(result: Result) {
  const frontMatter = result.parts.ratio.parseMarkdown.median - 1;
  const own = PARTS.reduce((sum, [name]) => sum + result.parts.ratio[name].median, 0);
  return {
    frontMatter,
    own,
    total: frontMatter + own,
    whole: result.whole.ratio.analyze.median - 1,
    best: result.whole.ratio.analyze.best - 1,
  };
}

function report(results: readonly Result[]): void {
  console.log('\nWhole runs: ms are medians; ratio is the median of per-round ratios to the parse of the same round\n');
  console.log(
    table(
      ['input', 'size', 'rounds', 'parse ms', 'analyze ms', 'ratio', 'lowest–highest', 'best of', 'added', 'target', 'markdownlint ms', 'markdownlint ratio'],
      results.map(({ label, bytes, whole }) => [
        label,
        kb(bytes),
        String(whole.rounds),
        ms(whole.ms.parse),
        ms(whole.ms.analyze),
        times(whole.ratio.analyze.median),
        `${whole.ratio.analyze.low.toFixed(2)}–${whole.ratio.analyze.high.toFixed(2)}`,
        times(whole.ratio.analyze.best),
        signed(whole.ratio.analyze.median - 1),
        `≤ ${TARGET}%`,
        ms(whole.ms.markdownlint),
        `${times(whole.ratio.markdownlint.median)} (best of ${times(whole.ratio.markdownlint.best)})`,
      ]),
    ),
  );

  console.log('\nThe parts of analyze, each timed on its own (rounds of their own), as a share of the bare parse of the same text\n');
  const cell = (value: number, share: number) => `${ms(value)} ms ${signed(share).padStart(7)}`;
  const share = (value: number) => signed(value).padStart(7);
  const rows: string[][] = [
    ['parseMarkdown: our parser (gfm + front matter)', ...results.map(({ parts }) => cell(parts.ms.parseMarkdown, parts.ratio.parseMarkdown.median))],
    ['  its extra over the bare parse (remark-frontmatter)', ...results.map((result) => share(shares(result).frontMatter))],
    ...PARTS.map(([name, title]) => [title, ...results.map(({ parts }) => cell(parts.ms[name], parts.ratio[name].median))]),
    ['our own code (the six parts above)', ...results.map((result) => share(shares(result).own))],
    ['added cost from the parts (front matter + our code)', ...results.map((result) => share(shares(result).total))],
    ['added cost from the whole runs (analyze / parse - 1)', ...results.map((result) => share(shares(result).whole))],
    [
      'rules by subtraction (whole runs minus the other parts)',
      ...results.map((result) => share(shares(result).whole - shares(result).total + result.parts.ratio.rules.median)),
    ],
    ['rounds', ...results.map(({ parts }) => String(parts.rounds))],
  ];
  console.log(table(['part', ...results.map(({ label, bytes }) => `${label} (${kb(bytes)})`)], rows));

  console.log('\nHeap (rough): held by the result (an analysis keeps no mdast tree), and in use just after the call, garbage included\n');
  console.log(
    table(
      ['input', 'parse held', 'analyze held', 'ratio', 'parse just after', 'analyze just after', 'ratio'],
      results.map(({ label, parseHeap, analyzeHeap }) => [
        label,
        mb(parseHeap.held),
        mb(analyzeHeap.held),
        times(analyzeHeap.held / parseHeap.held),
        mb(parseHeap.after),
        mb(analyzeHeap.after),
        times(analyzeHeap.after / parseHeap.after),
      ]),
    ),
  );

  console.log('\nVerdict\n');
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  for (const result of results) {
    const { frontMatter, own, total, whole, best } = shares(result);
    const note = whole * 100 > TARGET ? ' — above the target' : '';
    console.log(`  ${result.label}: added cost ${percent(whole)} (target ≤ ${TARGET}%)${note}`);
    console.log(
      `      best of runs ${percent(best)}; from the parts ${percent(total)} = front matter ${percent(frontMatter)} + our code ${percent(own)}; ` +
        `${result.findings} findings`,
    );
  }
}

// ---------------------------------------------------------------------------------------------

const started = process.hrtime.bigint();
const [cpu] = cpus();
console.log(`session-templates bench — node ${process.version} (V8 ${process.versions.v8}), ${new Date().toISOString()}`);
console.log(`${cpus().length} × ${cpu?.model ?? 'unknown CPU'}; load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
if (!global.gc) console.log('(run with node --expose-gc for steadier figures: garbage is not collected between batches now)');

const big = filledDocument(200 * 1024);
const small = { gcPerTask: false, batch: 100, settle: 5 };
const results = [
  run(
    "user's sheet (blank)",
    sheet,
    { ...small, warmup: 20, budgetMs: 8_000, minRounds: 50, maxRounds: 400 },
    { ...small, warmup: 20, budgetMs: 5_000, minRounds: 50, maxRounds: 400 },
  ),
  run(
    'filled copies',
    big,
    { warmup: 1, budgetMs: 18_000, minRounds: 3, maxRounds: 12, gcPerTask: true, batch: 1, settle: 0 },
    { warmup: 1, budgetMs: 10_000, minRounds: 3, maxRounds: 12, gcPerTask: false, batch: 4, settle: 1 },
  ),
];
report(results);
reportFormView(sheet);
reportProgramme(filledCopy);
reportBundles(join(__dirname, '..', '..'));
console.log(`\n(${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s)`);
