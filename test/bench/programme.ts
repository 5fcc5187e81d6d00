import { performance } from 'node:perf_hooks';
import { analyze, builtInTemplates, ProgrammeIndex } from '../../src/core/index';

const SHEETS = 1_000;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timed(task: () => unknown): number {
  const begin = performance.now();
  task();
  return performance.now() - begin;
}

/**
 * The programme index at the size of a big workspace: 1,000 filled-in benefit-owner sheets
 * (`sheetOf(copy)` makes copy number `copy`, each on its own day). The first index and one
 * changed file re-indexed, as ratios to one sheet's analysis; the heap the summaries take.
 */
export function reportProgramme(sheetOf: (copy: number) => string): void {
  const templates = builtInTemplates().templates;
  const gc: () => void = global.gc ?? (() => {});
  // Each copy on its own day across three years, so the history of a benefit is long.
  const texts = Array.from({ length: SHEETS }, (_, copy) => {
    const day = new Date(Date.UTC(2024, 0, 1 + copy));
    return sheetOf(copy).replace(/^\*\*Datum sessie:\*\* .*$/m, `**Datum sessie:** ${day.toISOString().slice(0, 10)}`);
  });
  const paths = texts.map((_, copy) => `sessies/ronde-${String(copy).padStart(4, '0')}.md`);

  for (let round = 0; round < 30; round++) analyze(texts[round], { templates }); // warm up
  const one = median(Array.from({ length: 200 }, (_, round) => timed(() => analyze(texts[round % SHEETS], { templates }))));

  // Once: it takes a thousand analyses. The heap it holds afterwards is the summaries'.
  gc();
  const before = process.memoryUsage().heapUsed;
  const index = new ProgrammeIndex({ templates });
  const first = timed(() => texts.forEach((text, position) => index.set(paths[position], text)));
  gc();
  const perSheet = (process.memoryUsage().heapUsed - before) / SHEETS;

  // One file changes (an owner in the middle of the history); then the cross-file questions are asked again.
  const changed = texts[500].replace(/\*\*Baateigenaar:\*\* [^\n]+/, '**Baateigenaar:** Dirk Vos');
  const sets: number[] = [];
  const checks: number[] = [];
  for (let round = 0; round < 40; round++) {
    sets.push(timed(() => index.set(paths[500], round % 2 === 0 ? changed : texts[500])));
    checks.push(timed(() => index.findings({ language: 'nl', today: { year: 2027, month: 1, day: 1 } })));
  }
  const set = median(sets);
  const check = median(checks);

  const findings = index.findings({ language: 'nl', today: { year: 2027, month: 1, day: 1 } }).length;

  const ratio = (ms: number) => `${(ms / one).toFixed(2)}×`;
  const ms = (value: number) => `${value.toFixed(value >= 100 ? 0 : 2)} ms`;
  console.log(`\nThe programme index (${SHEETS} filled-in benefit-owner sheets, ${findings} cross-file findings)\n`);
  console.log(`  one sheet's analysis                       ${ms(one).padStart(10)}   the unit below, median of 200`);
  console.log(`  first index of all ${SHEETS} sheets           ${ms(first).padStart(10)}   ${ratio(first)} (${ratio(first / SHEETS)} per sheet), once`);
  console.log(`  re-index one changed file (set)            ${ms(set).padStart(10)}   ${ratio(set)}; ${(first / set).toFixed(0)}× faster than indexing all again`);
  console.log(`  then the cross-file findings (all sheets)  ${ms(check).padStart(10)}   ${ratio(check)}`);
  console.log(`  heap per sheet summary                     ${`${(perSheet / 1024).toFixed(1)} KB`.padStart(10)}   ${((perSheet * SHEETS) / 1048576).toFixed(1)} MB for ${SHEETS}`);
}
