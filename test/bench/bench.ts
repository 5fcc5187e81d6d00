// `npm run bench`: what the analysis costs, measured as ratios to the bare remark parse of the
// same text in the same run, so the figures hold on any machine. Not a test: it prints, it
// never fails.
import { lint } from 'markdownlint/sync';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { measureProgress } from '../../src/core/analysis/progress';
import { analyze, checkSession } from '../../src/core/analysis/analyze';
import { builtInTemplates } from '../../src/core/index';
import { buildStructure, readIdentity } from '../../src/core/model/build';
import { interpretSession } from '../../src/core/model/session';
import { parseMarkdown } from '../../src/core/parse';
import { toSourceText } from '../../src/core/source';
import sheet from '../../src/templates/baateigenaren.md';

const templates = builtInTemplates().templates;
const [template] = templates;
const bareParser = unified().use(remarkParse).use(remarkGfm).freeze();

/** The user's sheet filled in as a session would leave it. */
function filledCopy(index: number): string {
  let box = 0;
  return sheet
    .replace('# Template: Sessie Baateigenaren', index === 0 ? '# Sessie Baateigenaren' : `## Sessie ${index + 1}`)
    .replaceAll('[invullen]', `waarde ${index}`)
    .replace(/\[Naam\]/g, () => ['Anna de Wit', 'Bram Jansen', 'Carla Smit', 'Dirk Vos'][box++ % 4])
    .replaceAll('Antwoord: ___', 'Antwoord: door eigenaarschap te laten groeien')
    .replaceAll('**Baateigenaar:** ___', '**Baateigenaar:** Anna de Wit')
    .replaceAll('[ ] Hoog [ ] Midden [ ] Laag', '[x] Hoog [ ] Midden [ ] Laag')
    .replaceAll('[ ] Ja [ ] Nee', '[x] Ja [ ] Nee')
    .replaceAll('| Wie is de eigenaar van deze baat? | |', '| Wie is de eigenaar van deze baat? | Anna de Wit |')
    .replace(/^\d\. \[ \]/gm, (item) => item.replace('[ ]', '[x]'))
    .replace(/^\| \| \| \|$/m, '| Baten vastleggen | Anna de Wit | 1-12-2026 |')
    .replace('**Wat ging goed:**', '**Wat ging goed:** de sectoren kozen zelf');
}

function document(bytes: number): string {
  const copies: string[] = [];
  let size = 0;
  for (let index = 0; size < bytes; index++) {
    const copy = filledCopy(index);
    copies.push(copy);
    size += copy.length;
  }
  return copies.join('\n');
}

type Task = () => unknown;

/** Runs the tasks interleaved, so noise on the machine hits all of them alike; medians in ms. */
function measure(tasks: Record<string, Task>, rounds: number): Record<string, number> {
  const names = Object.keys(tasks);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < Math.max(2, rounds / 10); round++) for (const name of names) tasks[name]();
  for (let round = 0; round < rounds; round++) {
    if (round % 10 === 0) global.gc?.();
    for (const name of names) {
      const start = process.hrtime.bigint();
      tasks[name]();
      samples[name].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const sorted = samples[name].sort((a, b) => a - b);
      return [name, sorted[Math.floor(sorted.length / 2)]];
    }),
  );
}

function heapAfter(task: Task): number {
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const kept = task();
  const used = process.memoryUsage().heapUsed - before;
  void kept;
  return used;
}

function run(label: string, text: string, rounds: number): void {
  const source = toSourceText(text);
  const tree = parseMarkdown(source.text);
  const identity = readIdentity(tree);
  const structure = buildStructure(tree, source, { answerLabels: template.answerLabels }, identity);
  const session = interpretSession(structure, template);

  const times = measure(
    {
      parse: () => bareParser.parse(text),
      analyze: () => analyze(text, { templates, language: 'nl' }),
      markdownlint: () => lint({ strings: { sheet: text } }),
      ourParse: () => parseMarkdown(source.text),
      walk: () => buildStructure(tree, source, { answerLabels: template.answerLabels }, identity),
      interpret: () => interpretSession(structure, template),
      rules: () => checkSession(session, { language: 'nl' }),
      progress: () => measureProgress(session),
    },
    rounds,
  );
  const percent = (value: number) => `${((value / times.parse) * 100).toFixed(1)}%`;
  // Each part is timed on its own: the difference of two whole runs would drown in noise.
  const frontMatter = Math.max(0, times.ourParse - times.parse);
  const added = times.walk + times.interpret + times.rules + times.progress;
  console.log(`\n${label}: ${(text.length / 1024).toFixed(1)} KB, ${rounds} rounds, medians`);
  console.log(`  remark-parse + remark-gfm parse      ${times.parse.toFixed(2).padStart(9)} ms   1.00×`);
  console.log(`  analyze (parse+model+rules+progress) ${times.analyze.toFixed(2).padStart(9)} ms   ${(times.analyze / times.parse).toFixed(2)}×`);
  console.log(`  markdownlint, default rules          ${times.markdownlint.toFixed(2).padStart(9)} ms   ${(times.markdownlint / times.parse).toFixed(2)}×`);
  console.log(`  added by us, as a share of the parse: walk ${percent(times.walk)}, template reading ${percent(times.interpret)}, rules ${percent(times.rules)}, progress ${percent(times.progress)}`);
  console.log(`  added cost ${percent(added)} of the parse (target ≤ 10%); YAML front matter support in the parser: ${percent(frontMatter)} more`);
  const parseHeap = heapAfter(() => bareParser.parse(text));
  const analyzeHeap = heapAfter(() => analyze(text, { templates, language: 'nl' }));
  console.log(`  heap held by the result: parse ${(parseHeap / 1048576).toFixed(1)} MB, analysis ${(analyzeHeap / 1048576).toFixed(1)} MB (${(analyzeHeap / parseHeap).toFixed(2)}×)`);
}

console.log(`session-templates bench, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
if (!global.gc) console.log('(run with --expose-gc for steadier figures)');
run("the user's sheet", sheet, 150);
run('filled-in sheets', document(200 * 1024), 7);
