// The extension in the browser's extension host, as on vscode.dev and github.dev: a web worker
// that loads the web bundle (out/web/extension.js). code-server runs it there when the user
// setting remote.extensionKind says "web" (its workbench ignores the manifest's extensionKind).
// The same user's sheet, opened the same way in the Node host and in the worker, shows the
// same findings in the Problems panel; New Session in the browser says where Git went, and why a
// sessions folder on a computer was not used.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, ROOT, startCodeServer } from '../../scripts/vscode-web/code-server.mjs';
import { BLANK, runCommand, SHOTS } from './formPage.mjs';
import { answerPrompt, notification, startNewSession } from './newSessionDialog.mjs';

const EXTENSION_ID = 'session-templates.session-templates';

/** VS Code Server on a copy of the example workspace, the extension in the Node host or the web worker. */
async function workbench(host) {
  mkdirSync(SHOTS, { recursive: true });
  const workspace = mkdtempSync(join(tmpdir(), `session-templates-${host}-`));
  cpSync(join(ROOT, 'test', 'workspace'), workspace, { recursive: true });
  const userDataDir = mkdtempSync(join(tmpdir(), `session-templates-${host}-user-`));
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  // In the browser, a sessions folder as a desktop's absolute path, as Settings Sync brings it along.
  const web = { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] }, 'sessionTemplates.sessionsFolder': '/home/iemand/sessies' };
  const settings = { 'workbench.startupEditor': 'none', ...(host === 'web' ? web : {}) };
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings));
  const server = await startCodeServer({ userDataDir });
  // Tall, so the Problems panel shows every finding of the sheet without scrolling (its list draws only what is in view).
  const browser = await launchBrowser({ width: 1500, height: 2200 });
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(server.url(workspace, [['extensionDevelopmentPath', server.remote(ROOT)], ['skipWelcome', 'true']]));
  await page.getByRole('treeitem', { name: 'sessies' }).click({ timeout: 60_000 });
  return { page, workspace, close: async () => (await browser.close(), server.stop()) };
}

/** Opens the user's blank sheet from the Explorer and reads its rows in the Problems panel, as a screen reader reads them. */
async function problemsOfTheUsersSheet(page) {
  await page.locator('.explorer-folders-view').getByRole('treeitem', { name: BLANK, exact: true }).click();
  await page.locator('.statusbar-item', { hasText: /Sessie \d+\/\d+/ }).waitFor({ timeout: 90_000 });
  await page.keyboard.press('Control+Shift+M');
  const panel = page.locator('.markers-panel');
  // One publication carries all of a sheet's own findings: once the last benefit's shows, all do.
  await panel.getByText('Baat 6 (Outside-in cultuur): nog geen eigenaar.').waitFor({ timeout: 90_000 });
  await runCommand(page, 'View: Toggle Maximized Panel');
  const header = panel.locator('.monaco-list-row', { hasText: BLANK });
  const count = Number(await header.locator('.monaco-count-badge').innerText());
  const labels = await panel.locator('.monaco-list-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''));
  const first = labels.findIndex((label) => label.includes(BLANK));
  const rows = labels.slice(first + 1, first + 1 + count);
  assert.equal(rows.length, count, `all ${count} rows of the sheet are in view`);
  return rows;
}

describe('the extension in the browser’s extension host (vscode.dev)', function () {
  this.timeout(360_000);
  let open;

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await open?.page.screenshot({ path: join(SHOTS, `failed-web-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 50)}.png`) });
  });

  after(async () => open?.close());

  it('shows the user’s sheet with the same findings in the Problems panel as the Node host', async () => {
    open = await workbench('node');
    const inNode = await problemsOfTheUsersSheet(open.page);
    await open.close();
    open = await workbench('web');
    const inWorker = await problemsOfTheUsersSheet(open.page);
    await open.page.screenshot({ path: join(SHOTS, 'web-problems.png') });
    assert.ok(inNode.length >= 40, `the Node host shows ${inNode.length} findings`);
    assert.deepEqual(inWorker, inNode);
    await runCommand(open.page, 'View: Toggle Maximized Panel');
  });

  it('runs it in the web worker extension host, as Running Extensions shows', async () => {
    const { page } = open;
    await runCommand(page, 'Developer: Show Running Extensions');
    // Listed by its id there: the worker's list names development extensions so.
    const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: EXTENSION_ID });
    await row.waitFor({ timeout: 30_000 });
    assert.match(await row.innerText(), /web worker/i);
    await page.screenshot({ path: join(SHOTS, 'web-running-extensions.png') });
    await page.keyboard.press('Control+W');
  });

  it('New Session creates the sheet in the browser and says to put it in Git through Source Control', async () => {
    const { page, workspace } = open;
    await startNewSession(page);
    // The folder on a computer cannot be written from the browser: said, and the workspace's sessies taken.
    await notification(page, 'De sessiemap "/home/iemand/sessies" (sessionTemplates.sessionsFolder) is een map op een computer, en daarin kan de browser niet schrijven: de nieuwe sessie komt in sessies in de werkruimte.');
    await answerPrompt(page, 1, 5);
    await answerPrompt(page, 2, 5, 'In de browser');
    for (const step of [3, 4, 5]) await answerPrompt(page, step, 5);
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
    const name = `${today}-baateigenaren-in-de-browser.md`;
    await page.getByRole('tab', { name: new RegExp(name) }).waitFor({ timeout: 60_000 });
    assert.ok(existsSync(join(workspace, 'sessies', name)), 'the file is created');
    const toast = await notification(page, `sessies/${name} gemaakt. In de browser kan Session Templates het niet klaarzetten of vastleggen in Git: doe dat in Broncodebeheer.`);
    await page.screenshot({ path: join(SHOTS, 'web-new-session.png') });
    await toast.getByRole('button', { name: 'Broncodebeheer openen' }).click();
    await page.locator('.scm-view, .scm-viewlet, [id="workbench.view.scm"]').first().waitFor({ timeout: 30_000 });
  });
});
