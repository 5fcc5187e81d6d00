// Runs the extension-host suites (test/vscode) in a real VS Code through @vscode/test-electron's
// runTests. Offline, the "VS Code executable" is scripts/vscode-web/code.mjs, which runs them
// in VS Code Server in headless Chromium. Set VSCODE_DESKTOP=1 to let runTests download and
// use desktop VS Code instead (where that can be reached); the suites are the same.
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCodeServer, ROOT } from '../scripts/vscode-web/code-server.mjs';

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

try {
  await runTests({
    vscodeExecutablePath: desktop ? undefined : join(ROOT, 'scripts', 'vscode-web', 'code.mjs'),
    extensionDevelopmentPath: ROOT,
    // `--bench` runs the activation benchmark instead of the suites.
    extensionTestsPath: process.argv.includes('--bench') ? join(ROOT, 'out', 'bench', 'activation.js') : join(ROOT, 'out', 'test', 'vscode', 'index.js'),
    launchArgs: [workspace],
  });
} catch (error) {
  console.error(`Extension tests failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
