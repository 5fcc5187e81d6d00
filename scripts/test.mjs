// `npm test`: every suite, one after another, each to its end even when one before it failed
// (a chain of `&&` hid the later suites' results behind the first failure), then a summary of
// what passed, what failed and how long each took. The exit code is 1 when any suite failed.
import { spawnSync } from 'node:child_process';

const SUITES = ['typecheck', 'lint', 'test:unit', 'test:vscode', 'test:grammar', 'test:browser'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const results = [];
for (const suite of SUITES) {
  const started = Date.now();
  const run = spawnSync(npm, ['run', '--silent', suite], { stdio: 'inherit' });
  results.push({ suite, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
}

const total = results.reduce((sum, result) => sum + result.seconds, 0);
console.log('\nnpm test:');
for (const { suite, ok, seconds } of results) console.log(`  ${ok ? 'passed' : 'FAILED'}  ${suite.padEnd(13)} ${seconds.toFixed(0).padStart(5)} s`);
console.log(`  ${''.padEnd(21)} ${total.toFixed(0).padStart(5)} s in all`);
process.exitCode = results.every((result) => result.ok) ? 0 : 1;
