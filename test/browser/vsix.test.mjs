// The packaged extension: `npm run package` makes a .vsix; VS Code Server installs it with
// --install-extension, as a user would in desktop VS Code, and it activates on a sheet. Its
// details page shows the README's pictures, which the page's policy lets in only as data: URIs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCodeServer, launchBrowser, ROOT, startCodeServer } from '../../scripts/vscode-web/code-server.mjs';

/** The README's pictures the details page has loaded, in any frame (a webview nests two). */
async function picturesShown(page) {
  let shown = 0;
  for (const frame of page.frames()) {
    shown += await frame.$$eval('img', (images) => images.filter((image) => image.src.startsWith('data:image/') && image.naturalWidth > 0).length).catch(() => 0);
  }
  return shown;
}

describe('the packaged extension', function () {
  this.timeout(240_000);
  let server;
  let browser;

  after(async () => {
    await browser?.close();
    server?.stop();
  });

  it('installs from its .vsix, activates on a session sheet and shows its README with the pictures', async () => {
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

    // The first sheet reveals the progress view in the Explorer; once it shows, that is done
    // and cannot take the side bar back from the Extensions view.
    const progress = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Sessievoortgang' }) });
    await progress.getByRole('treeitem', { name: /baten hebben nog geen echte eigenaar/ }).waitFor({ timeout: 60_000 });
    const pictures = readFileSync(join(ROOT, 'README.md'), 'utf8').match(/!\[[^\]]*\]\(media\//g).length;
    await page.locator('.activitybar a.action-label[aria-label^="Extensions"]').click();
    await page.locator('.extension-list-item', { hasText: 'Session Templates' }).first().click({ timeout: 60_000 });
    const deadline = Date.now() + 60_000;
    while ((await picturesShown(page)) < pictures && Date.now() < deadline) await page.waitForTimeout(500);
    await page.screenshot({ path: join(ROOT, 'test-results', 'installed-from-vsix-details.png') });
    assert.equal(await picturesShown(page), pictures);
  });
});
