// New Session as a person runs it: from the command palette, through the template pick and
// the prompts, to the new sheet open in the editor and added in the Source Control view.
// The workspace is a real git repository; git runs only through VS Code's Git extension.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, ROOT, startCodeServer } from '../../scripts/vscode-web/code-server.mjs';
import { answerPrompt, notification, startNewSession } from './newSessionDialog.mjs';

const SHOTS = join(ROOT, 'test-results');

describe('New Session, as a person runs it', function () {
  this.timeout(180_000);
  let server;
  let browser;
  let page;
  let workspace;

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    workspace = mkdtempSync(join(tmpdir(), 'session-templates-git-'));
    cpSync(join(ROOT, 'test', 'workspace'), workspace, { recursive: true });
    // Only this repository's own settings count, not the machine's.
    const gitConfig = `${workspace}.gitconfig`;
    writeFileSync(gitConfig, '');
    process.env.GIT_CONFIG_GLOBAL = gitConfig;
    process.env.GIT_CONFIG_NOSYSTEM = '1';
    const git = (...args) => execFileSync('git', args, { cwd: workspace, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('config', 'user.name', 'Fatima El Amrani');
    git('config', 'user.email', 'fatima@example.org');
    git('add', '.');
    git('commit', '-q', '-m', 'Voorbeeldwerkruimte');
    server = await startCodeServer();
    browser = await launchBrowser({ width: 1500, height: 950 });
    page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(server.url(workspace, [['extensionDevelopmentPath', server.remote(ROOT)], ['skipWelcome', 'true']]));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.getByRole('treeitem', { name: 'sessies' }).waitFor({ timeout: 60_000 });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await page?.screenshot({ path: join(SHOTS, 'failed-new-session.png') });
  });

  after(async () => {
    await browser?.close();
    server?.stop();
  });

  it('creates the sheet from the palette, opens it and shows it added in Source Control', async () => {
    const quickInput = page.locator('.quick-input-widget');
    const field = quickInput.locator('input.input');
    assert.match(await startNewSession(page), /ingebouwd/, 'the pick says where the template comes from');

    // The date is offered as today, with its weekday: accept it.
    await quickInput.locator('.quick-input-title').filter({ hasText: '(1/5)' }).waitFor();
    const today = await field.inputValue();
    assert.match(today, /^\d{4}-\d{2}-\d{2}$/);
    await quickInput.getByText(/^Datum van de sessie: (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d+ \w+ \d{4}$/).waitFor();
    await page.screenshot({ path: join(SHOTS, 'new-session-date.png') });
    await answerPrompt(page, 1, 5);
    await answerPrompt(page, 2, 5, 'Klant in Beeld, ronde 2');
    await answerPrompt(page, 3, 5, 'Stadhuis, zaal 3');
    await answerPrompt(page, 4, 5, 'Fatima El Amrani');
    await quickInput.locator('.quick-input-title').filter({ hasText: '(5/5)' }).waitFor();
    await quickInput.getByText(/in deze volgorde/).waitFor();
    assert.match(await quickInput.innerText(), /Sectormanager PO, Sectormanager VO, Sectormanager ZAK, Programmamanager/);
    await page.screenshot({ path: join(SHOTS, 'new-session-prompt.png') });
    await answerPrompt(page, 5, 5, 'Anna de Vries, Bram Jansen, Chris Ek');

    const name = `${today}-baateigenaren-klant-in-beeld-ronde-2.md`;
    await page.getByRole('tab', { name: new RegExp(name) }).waitFor({ timeout: 30_000 });
    await notification(page, `sessies/${name} gemaakt en klaargezet in Git.`);
    const sheet = readFileSync(join(workspace, 'sessies', name), 'utf8');
    assert.match(sheet, /^# Sessie Baateigenaren: Klant in Beeld, ronde 2$/m);
    assert.match(sheet, /^\| Chris Ek \| Sectormanager \| ZAK \| \[ \] \|$/m);

    // The first sheet opens the progress view (once); then to Source Control, as one would.
    await page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Sessievoortgang' }) }).getByRole('treeitem', { name: /baten hebben nog geen echte eigenaar/ }).waitFor({ timeout: 30_000 });
    await page.keyboard.press('Control+Shift+G');
    const scm = page.locator('.scm-view');
    const row = scm.getByRole('treeitem', { name: new RegExp(name) });
    await row.waitFor({ timeout: 30_000 });
    assert.match(await row.getAttribute('aria-label'), /Index Added|Added/);
    await page.screenshot({ path: join(SHOTS, 'new-session-source-control.png') });
    assert.equal(execFileSync('git', ['status', '--porcelain'], { cwd: workspace, encoding: 'utf8' }), `A  sessies/${name}\n`);
  });

  it('runs from a folder’s context menu in the Explorer, and saves the sheet in that folder', async () => {
    await page.keyboard.press('Control+Shift+E');
    await page.getByRole('treeitem', { name: 'sessies' }).click({ button: 'right' });
    const item = page.getByRole('menuitem', { name: 'Nieuwe sessie…', exact: true });
    await item.hover();
    await item.click();
    await page.locator('.quick-input-widget').getByRole('option', { name: /Sessie Baateigenaren/ }).click();
    await answerPrompt(page, 1, 5, '2027-03-12');
    await answerPrompt(page, 2, 5, 'Uit het menu');
    for (const step of [3, 4, 5]) await answerPrompt(page, step, 5);
    const name = '2027-03-12-baateigenaren-uit-het-menu.md';
    await page.getByRole('tab', { name: new RegExp(name) }).waitFor({ timeout: 30_000 });
    await notification(page, `sessies/${name} gemaakt en klaargezet in Git.`);
    assert.match(execFileSync('git', ['status', '--porcelain'], { cwd: workspace, encoding: 'utf8' }), new RegExp(`^A  sessies/${name}$`, 'm'));
  });
});
