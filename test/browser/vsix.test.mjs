// The packaged extension: `npm run package` makes a .vsix; VS Code Server installs it with
// --install-extension, as a user would in desktop VS Code, and it activates on a sheet.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCodeServer, launchBrowser, ROOT, startCodeServer } from '../../scripts/vscode-web/code-server.mjs';

describe('the packaged extension', function () {
  this.timeout(240_000);
  let server;
  let browser;

  after(async () => {
    await browser?.close();
    server?.stop();
  });

  it('installs from its .vsix and activates on a session sheet', async () => {
    const packaged = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(packaged.status, 0, packaged.stdout + packaged.stderr);
    const home = mkdtempSync(join(tmpdir(), 'vsix-home-'));
    const extensionsDir = join(home, 'extensions');
    mkdirSync(extensionsDir);
    const install = spawnSync(process.execPath, [ensureCodeServer(), '--extensions-dir', extensionsDir, '--install-extension', join(ROOT, 'session-templates.vsix')], {
      encoding: 'utf8',
      env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data') },
    });
    assert.equal(install.status, 0, install.stdout + install.stderr);
    assert.match(install.stdout, /Extension 'session-templates\.vsix' was successfully installed/);
    assert.ok(readdirSync(extensionsDir).some((name) => name.startsWith('session-templates.session-templates-0.1.0')));

    const workspace = mkdtempSync(join(tmpdir(), 'vsix-workspace-'));
    cpSync(join(ROOT, 'test', 'workspace'), workspace, { recursive: true });
    server = await startCodeServer({ extensionsDir });
    browser = await launchBrowser();
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(server.url(workspace, [['skipWelcome', 'true']]));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.getByRole('treeitem', { name: 'sessies' }).click();
    await page.getByRole('treeitem', { name: '2026-03-05-baateigenaren-blanco.md' }).click();
    await page.locator('.statusbar-item', { hasText: 'Sessie 4/51' }).waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(ROOT, 'test-results', 'installed-from-vsix.png') });
  });
});
