// The priorities picture at the top of the form view, as a programme manager uses it: the
// user's blank sheet opened as a form shows every cell open; choosing Hoog for PO under
// Baat 5 turns that cell into Hoog; the picture is photographed in a light, a dark and a
// high-contrast theme; Copy as PNG puts a PNG on the clipboard, and where the browser will not
// let it, the view says so and saves the picture as a file instead.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, ROOT, startCodeServer } from '../../scripts/vscode-web/code-server.mjs';

const SHOTS = join(ROOT, 'test-results');
const BLANK = '2026-03-05-baateigenaren-blanco.md';
const THEMES = { light: ['Default Light Modern', 'vscode-light'], dark: ['Default Dark Modern', 'vscode-dark'], contrast: ['Default High Contrast', 'vscode-high-contrast'] };

describe('the priorities picture in the form view', function () {
  this.timeout(300_000);
  let server;
  let browser;
  let page;
  let workspace;


  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    workspace = mkdtempSync(join(tmpdir(), 'session-templates-priorities-'));
    cpSync(join(ROOT, 'test', 'workspace'), workspace, { recursive: true });
    // Starts in the light theme: a user setting written before the start.
    const userDataDir = mkdtempSync(join(tmpdir(), 'session-templates-priorities-user-'));
    mkdirSync(join(userDataDir, 'User'), { recursive: true });
    const settings = { 'workbench.colorTheme': THEMES.light[0], 'workbench.startupEditor': 'none', 'workbench.tips.enabled': false };
    writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
    server = await startCodeServer({ userDataDir });
    browser = await launchBrowser({ width: 1400, height: 1000 });
    page = browser.pages()[0] ?? (await browser.newPage());
    // What the view logs (a refused clipboard's reason) shows in the test's output.
    page.on('console', (message) => message.text().includes('clipboard') && console.log(`      view: ${message.text()}`));
    await page.goto(server.url(workspace, [['extensionDevelopmentPath', server.remote(ROOT)], ['skipWelcome', 'true']]));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.getByRole('treeitem', { name: 'sessies' }).click();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await page?.screenshot({ path: join(SHOTS, 'failed-form-priorities.png') });
  });

  after(async () => {
    await browser?.close();
    server?.stop();
  });

  /** The webview's content: an iframe inside the webview host's iframe. */
  const formFrame = () => page.frameLocator('iframe.webview').last().frameLocator('iframe').first();
  const matrix = () => formFrame().getByRole('table', { name: 'Prioriteiten per baat en sector' });
  /** The cell of a benefit's row under a column, by the column's place (the benefit's own header is 0). */
  const cellOf = (benefit, column) => matrix().getByRole('row', { name: new RegExp(`^${benefit}`) }).locator('th, td').nth(column);

  /** Picks a colour theme the way a person does, and waits until the form view wears it. */
  async function photograph(name) {
    const [theme, bodyClass] = THEMES[name];
    await page.keyboard.press('F1');
    await page.keyboard.type('Preferences: Color Theme');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Preferences: Color Theme' }).first().click();
    await page.keyboard.type(theme);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: theme }).first().click();
    await formFrame().locator(`body.${bodyClass}`).waitFor({ timeout: 60_000 });
    await formFrame().locator('#priorities').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `form-priorities-${name}.png`) });
    await formFrame().locator('#priorities').screenshot({ path: join(SHOTS, `form-priorities-${name}-matrix.png`) });
  }

  it('shows the blank sheet’s priorities all open, and a chosen priority in its cell at once', async () => {
    await page.locator('.explorer-folders-view').getByRole('treeitem', { name: BLANK, exact: true }).click();
    await page.locator('.statusbar-item', { hasText: /Sessie \d+\/\d+/ }).waitFor({ timeout: 60_000 });
    await page.keyboard.press('F1');
    await page.keyboard.type('Openen als formulier');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Openen als formulier' }).first().click();
    await matrix().waitFor({ timeout: 60_000 });
    const headers = await matrix().locator('thead th').allTextContents();
    assert.deepEqual(headers, ['Baat', 'PO', 'VO', 'ZAK', 'Baateigenaar']);
    assert.equal(await matrix().locator('tbody tr').count(), 6);
    assert.equal(await matrix().locator('tbody .pill.open').count(), 18, 'every cell open');
    assert.equal(await cellOf('Baat 5: Sterkere klantrelaties', 4).textContent(), 'nog geen eigenaar');

    const group = formFrame().getByRole('region', { name: 'Baat 5: Sterkere klantrelaties' }).getByRole('radiogroup', { name: 'PO prioriteit' });
    await group.getByRole('radio', { name: 'Hoog' }).check();
    // The text changed, the form came back, and the cell says Hoog in words and in its colour's class.
    await cellOf('Baat 5: Sterkere klantrelaties', 1).locator('.pill.chosen.high', { hasText: 'Hoog' }).waitFor({ timeout: 60_000 });
    assert.equal(await matrix().locator('tbody .pill.open').count(), 17);
    await group.getByRole('radio', { name: 'Laag' }).check();
    await cellOf('Baat 5: Sterkere klantrelaties', 1).locator('.pill.chosen.low', { hasText: 'Laag' }).waitFor({ timeout: 60_000 });
    const vo = formFrame().getByRole('region', { name: 'Baat 2: Hogere klanttevredenheid' }).getByRole('radiogroup', { name: 'VO prioriteit' });
    await vo.getByRole('radio', { name: 'Midden' }).check();
    await cellOf('Baat 2: Hogere klanttevredenheid', 2).locator('.pill.chosen.medium', { hasText: 'Midden' }).waitFor({ timeout: 60_000 });
    const zak = formFrame().getByRole('region', { name: 'Baat 1: Consistente klantbeleving' }).getByRole('radiogroup', { name: 'ZAK prioriteit' });
    await zak.getByRole('radio', { name: 'Hoog' }).check();
    await cellOf('Baat 1: Consistente klantbeleving', 3).locator('.pill.chosen.high', { hasText: 'Hoog' }).waitFor({ timeout: 60_000 });
    // An owner handed back to the programme: the name, and the verdict in words under it.
    const owner = formFrame().getByRole('region', { name: 'Baat 1: Consistente klantbeleving' }).getByRole('combobox', { name: 'Baateigenaar' });
    await owner.fill('Het programma');
    await owner.press('Enter');
    await cellOf('Baat 1: Consistente klantbeleving', 4).filter({ hasText: 'Het programmateruggelegd bij het programma' }).waitFor({ timeout: 60_000 });
  });

  it('looks right in a light, a dark and a high-contrast theme', async () => {
    await photograph('dark');
    await photograph('contrast');
    await photograph('light');
  });

  /** What the clipboard holds, read in the form view's frame: its types, and a PNG's size in pixels. */
  const clipboard = () =>
    matrix().evaluate(async () => {
      const items = await navigator.clipboard.read();
      const types = items.flatMap((item) => item.types);
      if (!types.includes('image/png')) return { types };
      const png = await items.find((item) => item.types.includes('image/png')).getType('image/png');
      const header = new DataView(await png.arrayBuffer());
      return { types, signature: header.getUint32(0).toString(16), width: header.getUint32(16), height: header.getUint32(20) };
    });

  it('Copy as PNG puts a PNG picture of the matrix on the clipboard', async () => {
    await browser.grantPermissions(['clipboard-read', 'clipboard-write']);
    const status = formFrame().locator('#priorities-status');
    await formFrame().getByRole('button', { name: 'Kopiëren als PNG' }).click();
    await status.filter({ hasText: /klembord/ }).waitFor({ timeout: 30_000 });
    assert.equal(await status.textContent(), 'De prioriteiten staan als PNG-afbeelding op het klembord.');
    const held = await clipboard();
    assert.deepEqual(held.types, ['image/png']);
    assert.equal(held.signature, '89504e47', 'a PNG');
    // Drawn at twice the SVG's size: wider than the table, for a sharp slide.
    assert.ok(held.width > 1200 && held.height > 600, `${held.width}×${held.height}`);
    assert.equal(await formFrame().getByRole('button', { name: 'Opslaan als PNG…' }).isVisible(), false);
  });

  it('when the clipboard refuses, the view says so and saves the PNG where the person says', async () => {
    // As a browser that does not let the page write to the clipboard.
    await browser.clearPermissions();
    await browser.grantPermissions(['clipboard-read']);
    const status = formFrame().locator('#priorities-status');
    await formFrame().getByRole('button', { name: 'Kopiëren als PNG' }).click();
    await status.filter({ hasText: 'Het klembord nam de afbeelding niet aan. Sla haar op als PNG-bestand.' }).waitFor({ timeout: 30_000 });
    await formFrame().getByRole('button', { name: 'Opslaan als PNG…' }).click();
    // VS Code's own save dialog offers a name beside the sheet that is not taken yet.
    await page.waitForFunction(() => globalThis.document.querySelector('.quick-input-widget input')?.value.endsWith('/sessies/2026-03-05-baateigenaren-blanco-prioriteiten.png'), null, { timeout: 30_000 });
    await page.keyboard.press('Enter');
    await status.filter({ hasText: 'De prioriteiten zijn opgeslagen als sessies/2026-03-05-baateigenaren-blanco-prioriteiten.png.' }).waitFor({ timeout: 30_000 });
    const saved = readFileSync(join(workspace, 'sessies', '2026-03-05-baateigenaren-blanco-prioriteiten.png'));
    writeFileSync(join(SHOTS, 'form-priorities-saved.png'), saved);
    assert.equal(saved.readUInt32BE(0).toString(16), '89504e47', 'a PNG');
    assert.ok(saved.readUInt32BE(16) > 1200, 'as wide as the copied one');
  });
});
