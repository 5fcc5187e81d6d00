// `npm run fuzz [seconds] [seed]`: the property test of test/unit/fuzz.test.ts with a longer
// budget and every fix of a sheet checked up to 8; prints the figures and any failures.
import { fuzz } from '../support/fuzz';

const seconds = Number(process.argv[2] ?? 120);
const seed = Number(process.argv[3] ?? 20261129);
const figures = fuzz(seed, seconds * 1000, 8);
console.log(`seed ${seed}, ${seconds} s: ${figures.sheets} sheets, ${figures.findings} findings, ${figures.fixesChecked} fixes checked, ${figures.templates} hostile templates, slowest sheet ${Math.round(figures.slowestSheetMs)} ms, ${figures.failures.length} failure(s)`);
for (const failure of figures.failures) console.log(`\n${failure}`);
process.exitCode = figures.failures.length > 0 ? 1 : 0;
