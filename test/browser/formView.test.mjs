// The form view as a person uses it in VS Code: "Openen als formulier" on the blank sheet, the
// benefit's region found by its heading, its PO prioriteit radio group by its field, Midden
// chosen; after saving, the file differs from before only in that one box.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, ROOT, startCodeServer } from '../../scripts/vscode-web/code-server.mjs';

const SHOTS = join(ROOT, 'test-results');
const BLANK = '2026-03-05-baateigenaren-blanco.md';

describe('the form view, as a person uses it', function () {
  this.timeout(240_000);
  let server;
  let browser;
  let page;
  let workspace;

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    workspace = mkdtempSync(join(tmpdir(), 'session-templates-form-'));
    cpSync(join(ROOT, 'test', 'workspace'), workspace, { recursive: true });
    server = await startCodeServer();
    browser = await launchBrowser({ width: 1500, height: 950 });
    page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(server.url(workspace, [['extensionDevelopmentPath', server.remote(ROOT)], ['skipWelcome', 'true']]));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.getByRole('treeitem', { name: 'sessies' }).click();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await page?.screenshot({ path: join(SHOTS, 'failed-form-view.png') });
  });

  after(async () => {
    await browser?.close();
    server?.stop();
  });

  /** The webview's content: an iframe inside the webview host's iframe. */
  const formFrame = () => page.frameLocator('iframe.webview').last().frameLocator('iframe').first();

  it('chooses Midden for Baat 5 by its accessible names, and only that box changes in the file', async () => {
    const path = join(workspace, 'sessies', BLANK);
    const before = readFileSync(path, 'utf8');
    await page.locator('.explorer-folders-view').getByRole('treeitem', { name: BLANK, exact: true }).click();
    await page.locator('.statusbar-item', { hasText: /Sessie \d+\/\d+/ }).waitFor({ timeout: 60_000 });
    await page.keyboard.press('F1');
    await page.keyboard.type('Openen als formulier');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Openen als formulier' }).first().click();
    const frame = formFrame();
    const benefit = frame.getByRole('region', { name: 'Baat 5: Sterkere klantrelaties' });
    await benefit.getByRole('combobox', { name: 'Baateigenaar' }).waitFor({ timeout: 60_000 });
    const group = benefit.getByRole('radiogroup', { name: 'PO prioriteit' });
    const open = benefit.getByText('nog geen PO-prioriteit gekozen');
    await open.waitFor({ timeout: 60_000 });
    await group.getByRole('radio', { name: 'Midden' }).check();
    // The document changed, was analysed again and the new form patched in: the finding is gone.
    await open.waitFor({ state: 'detached', timeout: 60_000 });
    assert.equal(await group.getByRole('radio', { name: 'Midden' }).isChecked(), true);
    await page.screenshot({ path: join(SHOTS, 'form-view.png') });
    // Save from the workbench, as a person does after clicking in the form.
    await page.locator('.statusbar').click();
    await page.keyboard.press('Control+S');
    const expected = before.replace(/(### Baat 5:[\s\S]*?\*\*PO prioriteit:\*\* \[ \] Hoog \[)( )(\] Midden)/, '$1x$3');
    assert.notEqual(expected, before);
    for (let tries = 0; readFileSync(path, 'utf8') === before && tries < 600; tries++) await page.waitForTimeout(100);
    assert.equal(readFileSync(path, 'utf8'), expected);
  });
});
