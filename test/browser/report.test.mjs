// Report for the Sponsor Group as a programme manager runs it: from the palette, Baten, then
// Markdown; the preview shows the benefits table and the priorities picture (an inline SVG),
// photographed. Then the agreements, whose session links lead to the sheet (by VS Code's default,
// `markdown.preview.openMarkdownLinks: inPreview`, in the preview; the extension-host suite checks
// the links' lines).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openWorkbench, runCommand, SHOTS } from './formPage.mjs';

describe('the report for the sponsor group in the Markdown preview', function () {
  this.timeout(300_000);
  let workbench;
  let page;

  before(async () => {
    workbench = await openWorkbench();
    page = workbench.page;
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await page?.screenshot({ path: join(SHOTS, 'failed-report.png') });
  });

  after(() => workbench?.close());

  /** The preview's content: an iframe inside the webview host's iframe. */
  const previewFrame = () => page.frameLocator('iframe.webview').last().frameLocator('iframe').first();

  async function report(which, format) {
    await runCommand(page, 'Rapport voor de sponsorgroep');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: which }).first().click();
    await page.locator('.quick-input-list .monaco-list-row', { hasText: format }).first().click();
  }

  it('Baten as Markdown: the table and the priorities picture show in the preview', async () => {
    await report('Baten', 'Markdown');
    const preview = previewFrame();
    await preview.getByRole('heading', { name: 'Baten van het programma' }).waitFor({ timeout: 90_000 });
    const picture = preview.locator('svg[role="img"]');
    await picture.waitFor({ timeout: 30_000 });
    const box = await picture.boundingBox();
    assert.ok(box && box.width > 300 && box.height > 200, `the SVG has its size: ${JSON.stringify(box)}`);
    await preview.getByRole('cell', { name: 'Sterkere klantrelaties' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'report-benefits.png') });
    await picture.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'report-benefits-picture.png') });
  });

  it('Afspraken as Markdown: overdue first; a session link leads to the sheet', async () => {
    await report('Afspraken', 'Markdown');
    const preview = previewFrame();
    await preview.getByRole('heading', { name: /^Te laat \(\d+\)$/ }).waitFor({ timeout: 90_000 });
    await page.screenshot({ path: join(SHOTS, 'report-agreements.png') });
    await clickSessionLink(preview);
    // VS Code's default (markdown.preview.openMarkdownLinks: inPreview) shows the linked sheet in the preview.
    await page.locator('.tab.active', { hasText: 'Preview 2026-04-16-baateigenaren-ronde-2.md' }).waitFor({ timeout: 60_000 });
  });
});

/** Clicks the session of the overdue agreement of round 2 in the agreements report's preview. */
async function clickSessionLink(preview) {
  const row = preview.getByRole('row', { name: /Prioritering toelichten in de sponsorgroep/ });
  await row.getByRole('link', { name: '2026-04-16-baateigenaren-ronde-2.md' }).click();
}
