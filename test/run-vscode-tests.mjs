// Runs the extension-host suites (test/vscode) in a real VS Code through @vscode/test-electron's
// runTests. Offline, the "VS Code executable" is scripts/vscode-web/code.mjs, which runs them
// in VS Code Server in headless Chromium. Set VSCODE_DESKTOP=1 to let runTests download and
// use desktop VS Code instead (where that can be reached); the suites are the same.
//
// `--web` runs them in the browser's extension host (a web worker, as on vscode.dev) from the
// web bundles: a user setting moves the extension there, as code-server's workbench ignores
// the manifest's extensionKind.
import { runTests } from '@vscode/test-electron';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCodeServer, ROOT } from '../scripts/vscode-web/code-server.mjs';

const web = process.argv.includes('--web');
const bench = process.argv.includes('--bench');
const workspace = mkdtempSync(join(tmpdir(), 'session-templates-workspace-'));
cpSync(join(ROOT, 'test', 'workspace'), workspace, { recursive: true });
const desktop = process.env.VSCODE_DESKTOP === '1';
// Git sees only the temporary repositories' own settings, never this machine's (a user
// name set globally here would hide the "no user name" case the tests check).
const gitConfig = join(workspace, '..', `${workspace.split(/[\\/]/).pop()}.gitconfig`);
writeFileSync(gitConfig, '');
process.env.GIT_CONFIG_GLOBAL = gitConfig;
process.env.GIT_CONFIG_NOSYSTEM = '1';
if (!desktop) ensureCodeServer();

// What the command line (the Node bundle) says of every fixture: the suites compare the
// Problems panel with it in each host (test/vscode/sameFindings.test.ts). Not for the benchmark.
if (!bench) {
  const linted = spawnSync(process.execPath, [join(ROOT, 'out', 'cli', 'session-lint.js'), '--format', 'json', '--lang', 'nl', 'test/fixtures'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (linted.status !== 0 && linted.status !== 1) {
    console.error(`session-lint could not read the fixtures (exit ${linted.status}):\n${linted.stderr}`);
    process.exit(1);
  }
  // Written aside and renamed: the other host's run may be reading it meanwhile (npm test runs both).
  const findings = join(ROOT, 'out', 'test', 'session-lint-findings.json');
  writeFileSync(`${findings}.${process.pid}`, linted.stdout);
  renameSync(`${findings}.${process.pid}`, findings);
}

// The user's settings: auto save off, as desktop VS Code has it. The browser's workbench saves a
// changed file after a second by default, so on a busy machine the text the suites leave unsaved
// (and then throw away) was written to disk first. In the web worker host, a setting moves the
// extension there.
const userSettings = { 'files.autoSave': 'off' };
if (web) {
  userSettings['remote.extensionKind'] = { 'session-templates.session-templates': ['web'] };
  // The worker has no environment: EXTENSION_TESTS_GREP reaches its runner as a file beside the bundle.
  writeFileSync(join(ROOT, 'out', 'test', 'vscode-web', 'grep.txt'), process.env.EXTENSION_TESTS_GREP ?? '');
}
const userData = mkdtempSync(join(tmpdir(), 'session-templates-user-'));
mkdirSync(join(userData, 'User'), { recursive: true });
writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(userSettings));
const launchArgs = [workspace, `--user-data-dir=${userData}`];

try {
  await runTests({
    vscodeExecutablePath: desktop ? undefined : join(ROOT, 'scripts', 'vscode-web', 'code.mjs'),
    extensionDevelopmentPath: ROOT,
    // `--bench` runs the activation benchmark instead of the suites.
    extensionTestsPath: join(ROOT, 'out', ...(bench ? ['bench', 'activation.js'] : web ? ['test', 'vscode-web', 'index.js'] : ['test', 'vscode', 'index.js'])),
    launchArgs,
  });
} catch (error) {
  console.error(`Extension tests failed${web ? ' (web worker extension host)' : ''}: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
