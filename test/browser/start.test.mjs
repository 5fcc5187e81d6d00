// `npm start`: prints an address that opens the example workspace, a git repository, in
// VS Code with the extension loaded.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, launchBrowser, ROOT } from '../../scripts/vscode-web/code-server.mjs';

describe('npm start', function () {
  this.timeout(180_000);
  let child;
  let browser;
  const workspace = join(mkdtempSync(join(tmpdir(), 'start-')), 'example-workspace');

  after(async () => {
    await browser?.close();
    if (child) process.kill(-child.pid, 'SIGTERM');
    rmSync(workspace, { recursive: true, force: true });
  });

  it('prints the address of VS Code with the extension on a ready example workspace', async () => {
    const port = await freePort();
    child = spawn(process.execPath, [join(ROOT, 'scripts', 'start.mjs')], { env: { ...process.env, PORT: String(port), EXAMPLE_WORKSPACE: workspace }, detached: true });
    const address = await new Promise((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const match = /^\s+(http:\/\/127\.0\.0\.1:\d+\/\?folder=\S+)$/m.exec(output);
        if (match) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`npm start ended (${code}) before printing an address:\n${output}`)));
    });
    assert.ok(address.startsWith(`http://127.0.0.1:${port}/?folder=`));
    const log = spawnSync('git', ['log', '--oneline'], { cwd: workspace, encoding: 'utf8' });
    assert.match(log.stdout, /Example sessions/);
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    browser = await launchBrowser();
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(address);
    // It opens on the user's blank sheet, with the progress view beside it: no Welcome page.
    await page.getByRole('tab', { name: /2026-03-05-baateigenaren-blanco\.md/ }).waitFor({ timeout: 60_000 });
    await page.locator('.statusbar-item', { hasText: 'Sessie 4/51' }).waitFor({ timeout: 60_000 });
    const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Sessievoortgang' }) });
    await view.getByRole('treeitem', { name: /baten hebben nog geen echte eigenaar/ }).waitFor({ timeout: 30_000 });
    assert.equal(await page.getByRole('tab', { name: /Welcome|Get Started/ }).count(), 0);
    await page.screenshot({ path: join(ROOT, 'test-results', 'npm-start.png') });
    await page.getByRole('treeitem', { name: '2026-03-12-baateigenaren-klant-in-beeld.md' }).click();
    await page.locator('.statusbar-item', { hasText: /Sessie (\d+)\/\1 · 100%/ }).waitFor({ timeout: 60_000 });
  });
});
