// The facilitator's flow as a person does it in VS Code (English display language, default
// settings): suggestions that open while typing, agenda rows that start on time, ownership
// that stands out in the Problems panel, the rule's documentation a click away, one language.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, ROOT, startCodeServer } from '../../scripts/vscode-web/code-server.mjs';
import { notification } from './newSessionDialog.mjs';

const SHOTS = join(ROOT, 'test-results');
const BLANK = '2026-03-05-baateigenaren-blanco.md';
const NAMED = '2026-04-02-baateigenaren-met-namen.md';

/** Our English texts that Dutch changes: none of them may show next to Dutch findings. */
const DUTCH = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.nl.json'), 'utf8'));
const ENGLISH = [
  ...new Set(
    Object.entries(DUTCH)
      .filter(([english, dutch]) => english !== dutch)
      .flatMap(([english]) => english.split(/\{\d+\}/))
      .map((fragment) => fragment.trim().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
      .filter((fragment) => fragment.length >= 5),
  ),
];
// "Session Templates" is the extension's name and rule ids are identifiers: the same in both languages.
const englishIn = (text) => ENGLISH.filter((fragment) => new RegExp(`(^|[^\\p{L}])${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text.replaceAll('Session Templates', '').replace(/\b[a-z]+(?:-[a-z]+)+\b/g, '')));

describe('the facilitator’s flow, as a person does it', function () {
  this.timeout(240_000);
  let server;
  let browser;
  let page;

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const workspace = mkdtempSync(join(tmpdir(), 'session-templates-flow-'));
    cpSync(join(ROOT, 'test', 'workspace'), workspace, { recursive: true });
    const blank = readFileSync(join(workspace, 'sessies', BLANK), 'utf8');
    const named = blank
      .replace('| [Naam] | Sectormanager | PO | [ ] |', '| Anna de Wit | Sectormanager | PO | [x] |')
      .replace('| [Naam] | Sectormanager | VO | [ ] |', '| Bram Jansen | Sectormanager | VO | [x] |')
      .replace('| [Naam] | Sectormanager | ZAK | [ ] |', '| Carla Smit | Sectormanager | ZAK | [x] |')
      .replace('| [Naam] | Programmamanager | - | [ ] |', '| Dirk Vos | Programmamanager | - | [x] |');
    writeFileSync(join(workspace, 'sessies', NAMED), named);
    server = await startCodeServer();
    browser = await launchBrowser({ width: 1500, height: 950 });
    page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(server.url(workspace, [['extensionDevelopmentPath', server.remote(ROOT)], ['skipWelcome', 'true']]));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.getByRole('treeitem', { name: 'sessies' }).click();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      await page?.screenshot({ path: join(SHOTS, `failed-flow-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 50)}.png`) });
    }
  });

  after(async () => {
    await browser?.close();
    server?.stop();
  });

  /** Opens a sheet from the Explorer and waits for its progress in the status bar. */
  async function openSheet(name) {
    await page.keyboard.press('Control+Shift+E');
    await page.locator('.explorer-folders-view').getByRole('treeitem', { name, exact: true }).click();
    await page.getByRole('tab', { name: new RegExp(name) }).waitFor();
    await page.locator('.statusbar-item', { hasText: /Sessie \d+\/\d+/ }).waitFor({ timeout: 60_000 });
    return page.locator('.monaco-editor').first();
  }

  /** Ctrl+G to a line (and column), as a person jumps there. */
  async function goTo(editor, where) {
    await editor.click();
    await page.keyboard.press('Control+G');
    await page.keyboard.type(where);
    await page.keyboard.press('Enter');
  }

  const suggestions = () => page.locator('.suggest-widget.visible');

  it('typing agendarij under the last agenda row suggests it by itself, and the row starts at 02:00', async () => {
    const editor = await openSheet(BLANK);
    await goTo(editor, '60:46');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('agendar', { delay: 40 });
    // No Ctrl+Space: the suggestion opens on its own.
    const row = suggestions().locator('.monaco-list-row', { hasText: 'agendarij' }).first();
    await row.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SHOTS, 'agenda-row-suggestion.png') });
    await page.keyboard.press('Enter');
    await editor.locator('.view-line', { hasText: '| 02:00 | Onderdeel | 15 min |' }).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SHOTS, 'agenda-row-inserted.png') });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Z');
  });

  it('typing the start of a name after **Baateigenaar:** completes it by itself', async () => {
    const editor = await openSheet(NAMED);
    await goTo(editor, '72:21');
    await page.keyboard.press('Shift+End');
    await page.keyboard.type('Ca', { delay: 40 });
    const row = suggestions().locator('.monaco-list-row', { hasText: 'Carla Smit' }).first();
    await row.waitFor({ timeout: 30_000 });
    assert.match(await suggestions().innerText(), /Sectormanager, ZAK/);
    await page.screenshot({ path: join(SHOTS, 'owner-suggestion.png') });
    await page.keyboard.press('Enter');
    await editor.locator('.view-line', { hasText: '- **Baateigenaar:** Carla Smit' }).waitFor({ timeout: 30_000 });
    await page.locator('.statusbar-item', { hasText: '5 zonder eigenaar' }).waitFor({ timeout: 30_000 });
  });

  it('the Problems panel lists the six missing owners first, as the only warnings, each naming its benefit', async () => {
    await openSheet(BLANK);
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    await panel.getByText('Baat 6 (Outside-in cultuur): nog geen eigenaar.').waitFor({ timeout: 30_000 });
    // The rows as a screen reader reads them: severity first. The list is sorted by severity.
    const rows = panel.locator('.monaco-list-row');
    const labels = [];
    for (let index = 1; index <= 8; index++) labels.push(await rows.nth(index).getAttribute('aria-label'));
    assert.deepEqual(labels.slice(0, 6).map((label) => /^Warning: Baat (\d) \(.+\): nog geen eigenaar\./.exec(label)?.[1]), ['1', '2', '3', '4', '5', '6'], labels.join('\n'));
    assert.match(labels[6], /^Info: /);
    await page.screenshot({ path: join(SHOTS, 'flow-problems-panel.png') });
  });

  it('a click on the rule id opens its documentation, rendered, at its section, in Dutch', async () => {
    const panel = page.locator('.markers-panel');
    await panel.locator('.monaco-link', { hasText: 'owner-missing' }).first().click();
    const tab = page.getByRole('tab', { name: /Regel owner-missing/ });
    await tab.waitFor({ timeout: 30_000 });
    // A webview is a frame (its content) in a frame (its host).
    const frame = page.frameLocator('iframe.webview').frameLocator('#active-frame');
    const heading = frame.locator('h2.current');
    await heading.waitFor({ timeout: 30_000 });
    assert.equal((await heading.innerText()).trim(), 'owner-missing');
    assert.match(await frame.locator('body').innerText(), /eigenaar/);
    assert.ok(await heading.evaluate((element) => element.getBoundingClientRect().top < element.ownerDocument.defaultView.innerHeight / 2), 'scrolled to the section');
    await page.screenshot({ path: join(SHOTS, 'rule-docs.png') });
    await tab.click({ button: 'middle' });
  });

  it('Alt+N selects the next open item itself, and opens no new editor', async () => {
    const editor = await openSheet(BLANK);
    const tabs = await page.getByRole('tab').count();
    await goTo(editor, '1:1');
    await page.locator('.statusbar-item', { hasText: 'Ln 1, Col 1' }).waitFor();
    await page.keyboard.press('Alt+N');
    await page.locator('.statusbar-item', { hasText: 'Ln 4, Col 29 (10 selected)' }).waitFor({ timeout: 30_000 });
    await page.keyboard.type('12 maart 2026');
    await editor.locator('.view-line', { hasText: '**Datum sessie:** 12 maart 2026' }).waitFor({ timeout: 30_000 });
    await page.keyboard.press('Alt+N');
    await page.locator('.statusbar-item', { hasText: 'Ln 5, Col 24 (10 selected)' }).waitFor({ timeout: 30_000 });
    await page.keyboard.type('Stadhuis');
    await editor.locator('.view-line', { hasText: '**Locatie:** Stadhuis' }).waitFor({ timeout: 30_000 });
    assert.equal(await page.getByRole('tab').count(), tabs, 'no untitled editor');
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Z');
  });

  it('with the default settings nothing of ours next to the Dutch findings is English', async () => {
    const editor = await openSheet(NAMED);
    const seen = [];
    const status = page.locator('.statusbar-item', { hasText: /Sessie \d+\/\d+/ });
    seen.push(await status.innerText());
    await status.hover();
    const hover = page.locator('.monaco-hover', { hasText: 'Ingevuld' });
    await hover.waitFor({ timeout: 30_000 });
    seen.push(await hover.innerText());
    await page.screenshot({ path: join(SHOTS, 'status-bar-tooltip.png') });
    await page.mouse.move(700, 300);
    await hover.waitFor({ state: 'hidden' });

    // Room for the view, as one would make it: the panel closed, the file tree folded.
    if (await page.locator('.markers-panel').isVisible()) await page.keyboard.press('Control+J');
    const folders = page.locator('.pane-header', { hasText: /session-templates-flow/i });
    if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
    const header = page.locator('.pane-header', { hasText: 'Sessievoortgang' });
    await header.waitFor({ timeout: 30_000 });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const view = page.locator('.pane', { has: header });
    await view.getByRole('treeitem', { name: /baten hebben nog geen echte eigenaar/ }).waitFor({ timeout: 30_000 });
    await view.getByRole('treeitem', { name: /^Deelnemers/ }).waitFor();
    seen.push(await view.innerText());
    await page.screenshot({ path: join(SHOTS, 'flow-progress-view.png') });
    await folders.click();

    // The owner picker from the light bulb.
    await goTo(editor, '78:21');
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    await menu.getByText('Kies een eigenaar…').waitFor({ timeout: 30_000 });
    seen.push(await menu.innerText());
    // The menu takes the keyboard; the preferred fix, the owner picker, comes first.
    await page.keyboard.press('Enter');
    const picker = page.locator('.quick-input-widget');
    await picker.getByText(/Maak Anna de Wit/).waitFor({ timeout: 30_000 });
    seen.push(await picker.innerText(), (await picker.locator('input.input').getAttribute('placeholder')) ?? '');
    await page.screenshot({ path: join(SHOTS, 'owner-picker.png') });
    await page.keyboard.press('Escape');

    // A notification, from the command palette, found by its Dutch words.
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input.input').fill('>controleer alle sessies');
    const command = page.locator('.quick-input-widget').getByRole('option', { name: /Controleer alle sessies in de werkruimte/ });
    await command.waitFor({ timeout: 30_000 });
    seen.push(await page.locator('.quick-input-widget').innerText());
    await page.keyboard.press('Enter');
    const toast = await notification(page, 'gecontroleerd');
    seen.push(await toast.innerText());
    await page.screenshot({ path: join(SHOTS, 'notification.png') });

    const english = seen.flatMap((text) => englishIn(text).map((fragment) => `"${fragment}" in: ${text.slice(0, 120)}`));
    assert.deepEqual(english, []);
  });
});
