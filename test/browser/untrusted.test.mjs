// Workspace trust: the extension declares `untrustedWorkspaces: limited`. In a folder the
// user does not trust (Restricted Mode) it still shows findings and progress: it only reads.
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, ROOT, startCodeServer } from '../../scripts/vscode-web/code-server.mjs';
import { formFrame, runCommand } from './formPage.mjs';
import { answerPrompt, notification, startNewSession } from './newSessionDialog.mjs';

describe('an untrusted folder', function () {
  this.timeout(180_000);
  let server;
  let browser;
  let page;

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await page?.screenshot({ path: join(ROOT, 'test-results', 'failed-untrusted.png') });
  });

  after(async () => {
    await browser?.close();
    server?.stop();
  });

  it('still gets diagnostics, progress and the form in Restricted Mode', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'untrusted-'));
    cpSync(join(ROOT, 'test', 'workspace'), workspace, { recursive: true });
    server = await startCodeServer({ trustAll: false });
    browser = await launchBrowser();
    page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(server.url(workspace, [['extensionDevelopmentPath', server.remote(ROOT)], ['skipWelcome', 'true']]));
    // The trust dialog: answer as a careful user would.
    await page.getByRole('button', { name: /No, I don.t trust the authors/ }).click({ timeout: 60_000 });
    await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).waitFor();
    await page.getByRole('treeitem', { name: 'sessies' }).click();
    await page.getByRole('treeitem', { name: '2026-03-05-baateigenaren-blanco.md' }).click();
    await page.locator('.statusbar-item', { hasText: 'Sessie 4/51' }).waitFor({ timeout: 60_000 });
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').getByText('Plaatshouder [invullen] bij "Datum sessie" is nog niet vervangen.').waitFor();
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-results', 'restricted-mode.png') });

    // The form editor runs no workspace code: it works here, and writes a choice into the document.
    await runCommand(page, 'Openen als formulier');
    const benefit = formFrame(page).getByRole('region', { name: 'Baat 5: Sterkere klantrelaties' });
    await benefit.getByRole('radiogroup', { name: 'PO prioriteit' }).getByRole('radio', { name: 'Hoog' }).check({ timeout: 60_000 });
    await page.locator('.tab.dirty', { hasText: '2026-03-05-baateigenaren-blanco.md' }).waitFor({ timeout: 60_000 });
    await page.keyboard.press('Control+S');
    await page.locator('.tab.dirty').waitFor({ state: 'detached', timeout: 60_000 });

    // New Session writes the file (data only) but runs no git at all.
    await startNewSession(page);
    for (const step of [1, 2, 3, 4, 5]) await answerPrompt(page, step, 5);
    await notification(page, 'In de beperkte modus wordt Git niet gebruikt');
  });
});
