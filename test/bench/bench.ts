// `npm run bench`: what the analysis costs, measured as ratios to the bare remark parse of the
// same text in the same run, so the figures hold on any machine. Not a test: it prints, it
// never fails. Run with `node --expose-gc` (the npm script does) for steadier figures.
//
// Method: warm up, then rounds in which every measurement runs once, in a shuffled order, so
// noise on the machine hits the baseline and the candidates alike; medians per measurement.
// The number of rounds follows from a time budget per input, so the whole run stays near a
// minute on two cores.
import { cpus, loadavg } from 'node:os';
import { lint } from 'markdownlint/sync';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { checkSession } from '../../src/core/analysis/analyze';
import { analyze, builtInTemplates, measureProgress } from '../../src/core/index';
import { buildStructure, readIdentity } from '../../src/core/model/build';
import { interpretSession } from '../../src/core/model/session';
import { parseMarkdown } from '../../src/core/parse';
import { toSourceText } from '../../src/core/source';
import sheet from '../../src/templates/baateigenaren.md';

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
  /** Warm-up rounds, not counted; they also give the time of one round for the budget. */
  readonly warmup: number;
  readonly budgetMs: number;
  readonly minRounds: number;
  readonly maxRounds: number;
  /** Collect garbage before every task (big inputs) rather than once per round. */
  readonly gcPerTask: boolean;
}

interface Measured {
  readonly medians: Record<string, number>;
  readonly rounds: number;
}

/** A small deterministic generator, so every run shuffles alike. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
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

function measure(tasks: Record<string, Task>, plan: Plan): Measured {
  const names = Object.keys(tasks);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  const next = random(names.length * 7919);
  const round = (record: boolean) => {
    if (!plan.gcPerTask) gc();
    for (const name of shuffled(names, next)) {
      if (plan.gcPerTask) gc();
      const start = process.hrtime.bigint();
      tasks[name]();
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      if (record) samples[name].push(elapsed);
    }
  };
  const warmupStart = process.hrtime.bigint();
  for (let index = 0; index < plan.warmup; index++) round(false);
  const roundMs = Number(process.hrtime.bigint() - warmupStart) / 1e6 / Math.max(1, plan.warmup);
  const rounds = Math.min(plan.maxRounds, Math.max(plan.minRounds, Math.floor(plan.budgetMs / roundMs)));
  for (let index = 0; index < rounds; index++) round(true);
  return { medians: Object.fromEntries(names.map((name) => [name, median(samples[name])])), rounds };
}

interface Heap {
  /** Heap held by the result once garbage is collected. */
  readonly retained: number;
  /** Heap in use just after the call, garbage included. */
  readonly after: number;
}

/** Keeps a result alive until its heap is counted. */
const kept: unknown[] = [];

function heapOf(task: Task): Heap {
  kept.length = 0;
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  kept.push(task());
  const after = process.memoryUsage().heapUsed - before;
  gc();
  gc();
  const retained = process.memoryUsage().heapUsed - before;
  kept.length = 0;
  return { retained, after };
}

// ---------------------------------------------------------------------------------------------
// One input

interface Result {
  readonly label: string;
  readonly bytes: number;
  readonly rounds: number;
  readonly findings: number;
  readonly times: Record<string, number>;
  readonly parseHeap: Heap;
  readonly analyzeHeap: Heap;
}

function run(label: string, text: string, plan: Plan): Result {
  const options = { templates, language: 'nl' as const };
  const analysis = analyze(text, options);
  const template = analysis.template;
  if (!template) throw new Error(`${label}: not recognised as a session sheet`);
  // The parts, each timed on its own on the output of the part before it.
  const source = toSourceText(text);
  const tree = parseMarkdown(source.text);
  const identity = readIdentity(tree);
  const structure = buildStructure(tree, source, { answerLabels: template.answerLabels }, identity);
  const session = interpretSession(structure, template);

  const { medians, rounds } = measure(
    {
      parse: () => baseline.parse(text),
      analyze: () => analyze(text, options),
      markdownlint: () => lint({ strings: { sheet: text } }),
      source: () => toSourceText(text),
      parseMarkdown: () => parseMarkdown(source.text),
      readIdentity: () => readIdentity(tree),
      buildStructure: () => buildStructure(tree, source, { answerLabels: template.answerLabels }, identity),
      interpretSession: () => interpretSession(structure, template),
      rules: () => checkSession(session, options),
      measureProgress: () => measureProgress(session),
    },
    plan,
  );
  return {
    label,
    bytes: Buffer.byteLength(text),
    rounds,
    findings: analysis.findings.length,
    times: medians,
    parseHeap: heapOf(() => baseline.parse(text)),
    analyzeHeap: heapOf(() => analyze(text, options)),
  };
}

// ---------------------------------------------------------------------------------------------
// Output

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toFixed(3));
const percent = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(1)}%`;
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function table(header: readonly string[], rows: readonly (readonly string[])[], alignLeft = 1): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column].length)));
  const line = (row: readonly string[]) =>
    row.map((cell, column) => (column < alignLeft ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].map((row) => `  ${row.trimEnd()}`).join('\n');
}

function report(results: readonly Result[]): void {
  console.log('\nWhole runs (medians; ratio = analyze / parse; added = (analyze - parse) / parse)\n');
  console.log(
    table(
      ['input', 'size', 'rounds', 'parse ms', 'analyze ms', 'ratio', 'added', 'target', 'markdownlint ms', 'markdownlint ratio'],
      results.map((result) => {
        const { parse, analyze: whole, markdownlint } = result.times;
        return [
          result.label,
          kb(result.bytes),
          String(result.rounds),
          ms(parse),
          ms(whole),
          `${(whole / parse).toFixed(2)}×`,
          percent(((whole - parse) / parse) * 100),
          `≤ ${TARGET}%`,
          ms(markdownlint),
          `${(markdownlint / parse).toFixed(2)}×`,
        ];
      }),
    ),
  );

  console.log('\nThe parts of analyze, each timed on its own, as a share of the bare parse of the same text\n');
  const share = (result: Result, value: number) => `${ms(value)} ms ${percent((value / result.times.parse) * 100).padStart(7)}`;
  const parts: [string, (times: Record<string, number>) => number][] = [
    ['toSourceText (BOM, line breaks, line starts)', (times) => times.source],
    ['parseMarkdown minus bare parse (remark-frontmatter)', (times) => times.parseMarkdown - times.parse],
    ['readIdentity (front matter, first H1)', (times) => times.readIdentity],
    ['buildStructure (the one walk)', (times) => times.buildStructure],
    ['interpretSession (template meaning)', (times) => times.interpretSession],
    ['rules (checkSession, all 16)', (times) => times.rules],
    ['measureProgress', (times) => times.measureProgress],
  ];
  const ours = (times: Record<string, number>) => parts.slice(2).reduce((sum, [, of]) => sum + of(times), 0) + times.source;
  const rows = [
    ['parseMarkdown (our parser: gfm + front matter)', ...results.map((result) => share(result, result.times.parseMarkdown))],
    ...parts.map(([name, of]) => [`  ${name}`, ...results.map((result) => share(result, of(result.times)))]),
    ['sum of our own code (all but the parser)', ...results.map((result) => share(result, ours(result.times)))],
    ['sum of the parts minus bare parse', ...results.map((result) => share(result, ours(result.times) + result.times.parseMarkdown - result.times.parse))],
    ['analyze minus bare parse (whole runs)', ...results.map((result) => share(result, result.times.analyze - result.times.parse))],
    [
      'rules by subtraction (analyze minus the other parts)',
      ...results.map((result) => share(result, result.times.analyze - result.times.parseMarkdown - ours(result.times) + result.times.rules)),
    ],
  ];
  console.log(table(['part', ...results.map((result) => `${result.label} (${kb(result.bytes)})`)], rows));

  console.log('\nHeap (rough): held by the result after GC, and in use just after the call (garbage included)\n');
  console.log(
    table(
      ['input', 'parse held', 'analyze held', 'ratio', 'parse just after', 'analyze just after', 'ratio'],
      results.map((result) => [
        result.label,
        mb(result.parseHeap.retained),
        mb(result.analyzeHeap.retained),
        `${(result.analyzeHeap.retained / result.parseHeap.retained).toFixed(2)}×`,
        mb(result.parseHeap.after),
        mb(result.analyzeHeap.after),
        `${(result.analyzeHeap.after / result.parseHeap.after).toFixed(2)}×`,
      ]),
    ),
  );

  console.log('\nVerdict\n');
  for (const result of results) {
    const added = ((result.times.analyze - result.times.parse) / result.times.parse) * 100;
    const note = added > TARGET ? ' — above the target, see the parts above' : '';
    console.log(`  ${result.label}: added cost ${added.toFixed(1)}% (target ≤ ${TARGET}%)${note}; ${result.findings} findings`);
  }
}

// ---------------------------------------------------------------------------------------------

const started = process.hrtime.bigint();
const [cpu] = cpus();
console.log(`session-templates bench — node ${process.version} (V8 ${process.versions.v8}), ${new Date().toISOString()}`);
console.log(`${cpus().length} × ${cpu?.model ?? 'unknown CPU'}; load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
if (!global.gc) console.log('(run with node --expose-gc for steadier figures: garbage is not collected between batches now)');

const big = filledDocument(200 * 1024);
const results = [
  run("user's sheet (blank)", sheet, { warmup: 20, budgetMs: 14_000, minRounds: 30, maxRounds: 400, gcPerTask: false }),
  run('filled copies', big, { warmup: 1, budgetMs: 32_000, minRounds: 3, maxRounds: 15, gcPerTask: true }),
];
report(results);
console.log(`\n(${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s)`);
