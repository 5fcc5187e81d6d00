// `npm run fuzz [seconds] [seed]`: the property test of test/unit/fuzz.test.ts on whole sheets
// rather than excerpts, for a time budget rather than a count, with up to 8 fixes checked per
// sheet and a hostile template after one sheet in five; prints the figures, the coverage per
// rule and any failures, and writes each failing input to out/fuzz/ to look into.
import { mkdirSync, writeFileSync } from 'node:fs';
import { coverageGaps, describeFigures, fuzz } from '../support/fuzz';
import { repoPath } from '../support/paths';

const seconds = Number(process.argv[2] ?? 120);
const seed = Number(process.argv[3] ?? 20261129);
const figures = fuzz({ seed, budgetMs: seconds * 1000, fixesPerSheet: 8, excerpts: false, hostileRate: 0.2 });
console.log(`seed ${seed}, ${seconds} s of whole sheets: ${describeFigures(figures)}`);
const gaps = coverageGaps(figures);
if (gaps.length > 0) console.log(`not reached: ${gaps.join('; ')}`);
figures.failures.forEach((failure, index) => {
  const file = repoPath('out', 'fuzz', `failure-${index + 1}.txt`);
  mkdirSync(repoPath('out', 'fuzz'), { recursive: true });
  writeFileSync(file, figures.failedInputs[index]);
  console.log(`\n${failure}\n--- whole input: ${file}`);
});
process.exitCode = figures.failures.length > 0 ? 1 : 0;
