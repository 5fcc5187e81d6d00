// What a person sees: the extension in VS Code Server, driven through headless Chromium
// with Playwright as someone would use it. Waits on what appears, never on fixed sleeps.
// Screenshots go to test-results/ (git-ignored).
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, ROOT, startCodeServer } from '../../scripts/vscode-web/code-server.mjs';

const SHOTS = join(ROOT, 'test-results');
const SHEET = '2026-03-05-baateigenaren-blanco.md';

describe('the workbench, as a person sees it', function () {
  this.timeout(180_000);
  let server;
  let browser;
  let page;

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const workspace = mkdtempSync(join(tmpdir(), 'session-templates-browser-'));
    cpSync(join(ROOT, 'test', 'workspace'), workspace, { recursive: true });
    server = await startCodeServer();
    browser = await launchBrowser({ width: 1500, height: 950 });
    page = browser.pages()[0] ?? (await browser.newPage());
    const payload = [
      ['extensionDevelopmentPath', server.remote(ROOT)],
      ['skipWelcome', 'true'],
    ];
    await page.goto(server.url(workspace, payload));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.getByRole('treeitem', { name: 'sessies' }).click();
    await page.getByRole('treeitem', { name: SHEET }).click();
    await page.locator('.monaco-editor .view-lines').first().waitFor();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      const name = this.currentTest.title.replace(/\W+/g, '-').slice(0, 60);
      await page?.screenshot({ path: join(SHOTS, `failed-${name}.png`) });
    }
  });

  after(async () => {
    await browser?.close();
    server?.stop();
  });

  it('shows the sheet’s progress in the status bar, and how many benefits lack an owner', async () => {
    const item = page.locator('.statusbar-item', { hasText: 'Sessie 4/51' });
    await item.waitFor({ timeout: 30_000 });
    assert.match(await item.innerText(), /Sessie 4\/51 · 8%\s+6 zonder eigenaar/);
  });

  it('lists the sections in the Session Progress view', async () => {
    // Give the view room: close the panel and fold the file tree, as one would.
    if (await page.locator('.part.panel').isVisible()) await page.keyboard.press('Control+J');
    await page.locator('.pane-header', { hasText: /session-templates-browser/i }).click();
    // The first sheet opened the view by itself.
    const header = page.locator('.pane-header', { hasText: 'Sessievoortgang' });
    const view = page.locator('.pane', { has: header });
    await view.getByRole('treeitem', { name: /baten hebben nog geen echte eigenaar/ }).waitFor({ timeout: 30_000 });
    await view.getByRole('treeitem', { name: /De 6 Baten van Klant in Beeld/ }).waitFor({ timeout: 30_000 });
    assert.ok(await view.getByText('0/24').isVisible());
    await view.getByRole('treeitem', { name: /Baat 1: Consistente klantbeleving/ }).waitFor();
    await view.getByRole('treeitem', { name: /Theoretische basis/ }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'progress-view.png') });
  });

  it('changes the text through a quick fix from the light bulb', async () => {
    const editor = page.locator('.monaco-editor').first();
    await editor.click();
    await page.keyboard.press('Control+G');
    await page.keyboard.type('69:24');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    await menu.getByText('Kies "Midden"').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SHOTS, 'quick-fix.png') });
    // The menu takes the keyboard (a pointer block covers it until the mouse moves): Hoog, then Midden.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await editor.getByText('[ ] Hoog [x] Midden [ ] Laag').first().waitFor({ timeout: 30_000 });
    await page.locator('.statusbar-item', { hasText: 'Sessie 5/51' }).waitFor({ timeout: 30_000 });
  });
});
