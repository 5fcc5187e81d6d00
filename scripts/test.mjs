// `npm test`: every suite, each to its end even when one before it failed (a chain of `&&` hid
// the later suites' results behind the first failure), then a summary of what passed, what
// failed and how long each took. The exit code is 1 when any suite failed.
//
// After one build, the unit and grammar tests and then the extension-host suites in the
// browser's web worker host run beside the Node extension-host suite, which mostly waits on
// VS Code; their output is held and printed whole when they end, so no lines are cut into each
// other. The browser tests come last, alone: typing into a webview loses keys when both cores
// are taken by other suites, and the .vsix test rebuilds out/ for production.
import { spawn } from 'node:child_process';

const bin = (name) => `node_modules/.bin/${name}${process.platform === 'win32' ? '.cmd' : ''}`;
const SUITES = {
  typecheck: [bin('tsc'), '--noEmit', '-p', '.'],
  lint: [bin('eslint'), '.'],
  build: [process.execPath, 'scripts/build.mjs', '--tests'],
  'test:unit': [bin('mocha')],
  'test:grammar': [process.execPath, 'test/run-grammar-tests.mjs'],
  'test:vscode': [process.execPath, 'test/run-vscode-tests.mjs'],
  'test:vscode:web': [process.execPath, 'test/run-vscode-tests.mjs', '--web'],
  'test:browser': [bin('mocha'), '--no-config', '--timeout', '180000', '--reporter', './test/support/reporter.cjs', 'test/browser/*.test.mjs'],
};

const results = [];

/** Runs one suite; with `held`, its output is kept and returned rather than shown as it comes. */
function run(suite, held = false) {
  const [command, ...args] = SUITES[suite];
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: held ? ['ignore', 'pipe', 'pipe'] : 'inherit', shell: process.platform === 'win32' });
    const output = [];
    if (held) {
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
    }
    child.on('close', (code) => {
      results.push({ suite, ok: code === 0, seconds: (Date.now() - started) / 1000 });
      resolve(Buffer.concat(output).toString());
    });
  });
}

async function lane(suites, held) {
  let output = '';
  for (const suite of suites) output += await run(suite, held);
  return output;
}

const started = Date.now();
await lane(['typecheck', 'lint', 'build']);
// The build is shared: a failed build fails the suites after it, each with its own message.
const nodeLane = lane(['test:unit', 'test:grammar', 'test:vscode:web'], true);
await run('test:vscode');
const nodeOutput = await nodeLane;
console.log('\n--- unit, grammar and the web worker extension host, which ran beside the Node extension host ---\n');
process.stdout.write(nodeOutput);
await run('test:browser');

const order = Object.keys(SUITES);
results.sort((a, b) => order.indexOf(a.suite) - order.indexOf(b.suite));
console.log('\nnpm test:');
for (const { suite, ok, seconds } of results) console.log(`  ${ok ? 'passed' : 'FAILED'}  ${suite.padEnd(16)} ${seconds.toFixed(0).padStart(5)} s`);
console.log(`  ${''.padEnd(24)} ${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s in all (unit, grammar and test:vscode:web beside test:vscode)`);
process.exitCode = results.every((result) => result.ok) ? 0 : 1;
