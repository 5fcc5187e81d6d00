// `npm start`: the extension in a real VS Code (VS Code Server) on a ready example workspace,
// a git repository with the user's sheet and a filled-in example. Prints the address to open.
// The workspace is made once in .vscode-test/example-workspace (or $EXAMPLE_WORKSPACE) and then
// kept, with your edits.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startCodeServer } from './vscode-web/code-server.mjs';

const workspace = process.env.EXAMPLE_WORKSPACE || join(ROOT, '.vscode-test', 'example-workspace');
if (!existsSync(workspace)) {
  cpSync(join(ROOT, 'test', 'workspace'), workspace, { recursive: true });
  const git = (...args) => spawnSync('git', ['-c', 'user.name=Session Templates', '-c', 'user.email=example@invalid', ...args], { cwd: workspace, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'Example sessions');
}

/** The user's blank sheet: what a new user opens first. */
const FIRST_SHEET = join('sessies', '2026-03-05-baateigenaren-blanco.md');

// A profile of its own that starts on the sheet, not on a Welcome page.
const userDataDir = mkdtempSync(join(tmpdir(), 'session-templates-start-'));
mkdirSync(join(userDataDir, 'User'), { recursive: true });
// `npm start -- --web`: the extension in the browser's extension host (a web worker, as on vscode.dev).
const web = process.argv.includes('--web') ? { 'remote.extensionKind': { 'session-templates.session-templates': ['web'] } } : {};
writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, ...web }, null, 2));

const port = process.env.PORT ? Number(process.env.PORT) : undefined;
const server = await startCodeServer({ port, userDataDir });
const url = server.url(workspace, [
  ['extensionDevelopmentPath', server.remote(ROOT)],
  ['openFile', server.remote(join(workspace, FIRST_SHEET))],
  ['skipWelcome', 'true'],
]);
console.log(`\nSession Templates is running in VS Code Server${process.argv.includes('--web') ? ", in the browser's extension host (as on vscode.dev)" : ''}. Open this address in a browser:\n\n  ${url}\n\nThe example workspace is ${workspace}. Stop with Ctrl+C.`);
const stop = () => {
  server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => {}, 1 << 30);
