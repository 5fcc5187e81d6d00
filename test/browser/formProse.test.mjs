// The sheet's own text in the form view, as a person sees it in VS Code: the session's purpose
// under its heading, muted and read-only; a change of that text on disk patched into the same
// block without rebuilding the form; a link in it opening the sheet it names in an editor, with
// the view itself staying where it is.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, ROOT, startCodeServer } from '../../scripts/vscode-web/code-server.mjs';

const SHOTS = join(ROOT, 'test-results');
const SHEET = '2026-03-19-baateigenaren-vervolg.md';
const LINKED = '2026-03-12-baateigenaren-klant-in-beeld.md';
const PURPOSE = 'Het identificeren en toewijzen van baateigenaarschap aan sectormanagers';

describe('the form view: the sheet’s own text', function () {
  this.timeout(240_000);
  let server;
  let browser;
  let page;
  let path;

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const workspace = mkdtempSync(join(tmpdir(), 'session-templates-prose-'));
    cpSync(join(ROOT, 'test', 'workspace'), workspace, { recursive: true });
    // The blank sheet with a note that links to the sheet of the session before.
    const blank = readFileSync(join(workspace, 'sessies', '2026-03-05-baateigenaren-blanco.md'), 'utf8');
    path = join(workspace, 'sessies', SHEET);
    const note = `> **Let op**, dit is een vervolgsessie. Lees eerst [het blad van 12 maart](${LINKED}) en *neem de baten mee*.`;
    writeFileSync(path, blank.replace('### Kernvragen', `${note}\n\n### Kernvragen`));
    server = await startCodeServer();
    browser = await launchBrowser({ width: 1500, height: 950 });
    page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(server.url(workspace, [['extensionDevelopmentPath', server.remote(ROOT)], ['skipWelcome', 'true']]));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.getByRole('treeitem', { name: 'sessies' }).click();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await page?.screenshot({ path: join(SHOTS, 'failed-form-prose.png') });
  });

  after(async () => {
    await browser?.close();
    server?.stop();
  });

  /** The webview's content: an iframe inside the webview host's iframe. */
  const formFrame = () => page.frameLocator('iframe.webview').last().frameLocator('iframe').first();

  it('shows the purpose and the note read-only, patches a new wording in place, and opens the linked sheet', async () => {
    await page.locator('.explorer-folders-view').getByRole('treeitem', { name: SHEET, exact: true }).click();
    await page.locator('.statusbar-item', { hasText: /Sessie \d+\/\d+/ }).waitFor({ timeout: 60_000 });
    await page.keyboard.press('F1');
    await page.keyboard.type('Openen als formulier');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Openen als formulier' }).first().click();
    const frame = formFrame();
    const purposeRegion = frame.getByRole('region', { name: 'Doel van de sessie' });
    const purpose = purposeRegion.locator('.prose').first();
    await purpose.waitFor({ timeout: 60_000 });
    assert.match(await purpose.innerText(), new RegExp(`^${PURPOSE}`));
    // Text, not a place to type: nothing in it takes input.
    assert.equal(await purpose.locator('input, textarea, [contenteditable]').count(), 0);
    const note = purposeRegion.locator('.prose blockquote');
    assert.match(await note.innerText(), /Let op, dit is een vervolgsessie\. Lees eerst het blad van 12 maart en neem de baten mee\./);
    await purposeRegion.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'form-prose.png') });

    // The same block, changed on disk (as git would): its words change, the block and the form stay.
    await purpose.evaluate((element) => {
      element.dataset.seen = 'before';
    });
    const owner = frame.getByRole('region', { name: 'Baat 5: Sterkere klantrelaties' }).getByRole('combobox', { name: 'Baateigenaar' });
    await owner.focus();
    writeFileSync(path, readFileSync(path, 'utf8').replace(PURPOSE, `${PURPOSE} (samen)`));
    await purpose.filter({ hasText: '(samen)' }).waitFor({ timeout: 60_000 });
    assert.equal(await purpose.evaluate((element) => element.dataset.seen), 'before', 'patched in place, not rebuilt');
    assert.equal(await owner.evaluate((element) => element === globalThis.document.activeElement), true, 'the focus stays where it was');

    // The link opens the sheet it names in an editor. Had the view's own link handling seen the
    // click too, it would have asked to open the view's address as a web site.
    await note.getByRole('link', { name: 'het blad van 12 maart' }).click();
    await page.getByRole('tab', { name: new RegExp(LINKED.replace(/\./g, '\\.')) }).waitFor({ timeout: 60_000 });
    assert.equal(await page.locator('.monaco-dialog-box').count(), 0, 'no dialog about opening a web site');
  });
});
