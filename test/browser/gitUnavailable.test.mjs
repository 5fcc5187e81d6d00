// When git cannot be used, New Session still creates and keeps the file, and says why in
// a notification: the Git extension disabled, or Git turned off in the settings.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, ROOT, startCodeServer } from '../../scripts/vscode-web/code-server.mjs';
import { answerPrompt, notification, startNewSession } from './newSessionDialog.mjs';

const SHOTS = join(ROOT, 'test-results');

/** A git repository with the example workspace, and optional workspace settings. */
function repository(settings) {
  const workspace = mkdtempSync(join(tmpdir(), 'session-templates-nogit-'));
  cpSync(join(ROOT, 'test', 'workspace'), workspace, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: workspace });
  if (settings) {
    mkdirSync(join(workspace, '.vscode'), { recursive: true });
    writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify(settings));
  }
  return workspace;
}

async function createSession(page, workspace) {
  await startNewSession(page);
  await answerPrompt(page, 1, 5);
  await answerPrompt(page, 2, 5, 'Zonder Git');
  for (const step of [3, 4, 5]) await answerPrompt(page, step, 5);
  const name = `${await today(page)}-baateigenaren-zonder-git.md`;
  await page.getByRole('tab', { name: new RegExp(name) }).waitFor({ timeout: 30_000 });
  assert.ok(existsSync(join(workspace, 'sessies', name)), 'the file is created and kept');
  return name;
}

/** Today as the workbench's machine sees it (the file name holds it). */
async function today(page) {
  return page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });
}

describe('New Session when git cannot be used', function () {
  this.timeout(180_000);
  let server;
  let browser;

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await browser?.pages()[0]?.screenshot({ path: join(SHOTS, `failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 50)}.png`) });
    await browser?.close();
    server?.stop();
  });

  async function open(workspace) {
    mkdirSync(SHOTS, { recursive: true });
    server = await startCodeServer();
    browser = await launchBrowser({ width: 1400, height: 900 });
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(server.url(workspace, [['extensionDevelopmentPath', server.remote(ROOT)], ['skipWelcome', 'true']]));
    await page.getByRole('treeitem', { name: 'sessies' }).waitFor({ timeout: 60_000 });
    return page;
  }

  it('says so when the built-in Git extension is disabled', async () => {
    const workspace = repository();
    const page = await open(workspace);
    // Disable it as a person would: Extensions view, the built-in Git, Disable, Reload Window.
    await page.keyboard.press('Control+Shift+X');
    await page.locator('.extensions-viewlet .suggest-input-container').click();
    await page.keyboard.type('@builtin Git');
    const git = page.locator('.extensions-viewlet .monaco-list-row').filter({ has: page.locator('.name', { hasText: /^Git$/ }) });
    await git.click({ button: 'right', timeout: 30_000 });
    const disable = page.getByRole('menuitem', { name: 'Disable', exact: true });
    await disable.hover(); // the menu takes a click only once it has settled under the pointer
    await disable.click();
    // An extension that has not started yet is disabled at once; a running one asks for a reload.
    const reload = git.getByRole('button', { name: 'Reload Window' });
    await Promise.race([reload.waitFor({ timeout: 60_000 }), git.getByText(/Disabled/).waitFor({ timeout: 60_000 })]);
    if (await reload.isVisible()) {
      await reload.click();
      await page.waitForEvent('load');
    }
    const name = await createSession(page, workspace);
    await notification(page, `sessies/${name} gemaakt, maar het staat niet in Git: de ingebouwde Git-extensie is uitgeschakeld.`);
    await page.screenshot({ path: join(SHOTS, 'new-session-git-extension-disabled.png') });
  });

  it('says so when Git is turned off in the settings, and offers the setting', async () => {
    const workspace = repository({ 'git.enabled': false });
    const page = await open(workspace);
    const name = await createSession(page, workspace);
    const toast = await notification(page, `sessies/${name} gemaakt, maar het staat niet in Git: Git staat uit (instelling git.enabled).`);
    await toast.getByRole('button', { name: 'Instelling openen' }).click();
    await page.locator('.settings-editor').waitFor();
  });
});
