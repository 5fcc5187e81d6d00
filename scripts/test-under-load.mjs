// `npm run test:loaded`: the whole `npm test` while busy loops hold every core, the way a shared
// CI machine is often loaded. The loops are child processes started here and stopped by their
// PIDs when the tests end (or this script is interrupted).
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

const cores = Number(process.env.HOG_PROCESSES ?? availableParallelism());
const hogs = Array.from({ length: cores }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
console.log(`holding ${cores} core(s) busy: PIDs ${hogs.map((hog) => hog.pid).join(', ')}`);
let stopped = false;
const stop = () => {
  if (stopped) return;
  stopped = true;
  for (const hog of hogs) hog.kill('SIGKILL');
};
process.on('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const started = Date.now();
const run = spawnSync(process.execPath, ['scripts/test.mjs'], { stdio: 'inherit' });
stop();
console.log(`npm test under ${cores} busy loop(s): ${run.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 60000).toFixed(1)} min`);
process.exitCode = run.status ?? 1;
