// The programme across sessions, as a programme manager meets it: the Benefits and Agreements
// views in the Session Templates side bar on the example workspace (three rounds of Klant in
// Beeld and a track), and a click on an overdue agreement that lands on its row in the sheet.
import { join } from 'node:path';
import { openWorkbench, problemWhen, SHOTS } from './formPage.mjs';

describe('the programme views in the browser', function () {
  this.timeout(300_000);
  let bench;

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await bench?.page.screenshot({ path: join(SHOTS, 'failed-programme.png') });
  });

  after(() => bench?.close());

  it('shows the benefits and the agreements, and an overdue agreement opens at its row', async () => {
    bench = await openWorkbench();
    const { page } = bench;
    await page.locator('.activitybar a.action-label[aria-label^="Session Templates"]').click();
    // The badge counts the overdue agreements once the workspace has been read: rows stand still from then on.
    await page.locator('.activitybar .action-item:has(a[aria-label^="Session Templates"]) .badge-content').filter({ hasText: /^\d+$/ }).waitFor({ timeout: 120_000 });
    // A programme manager widens the side bar to read owners and deadlines beside the titles.
    const side = await page.locator('.part.sidebar').boundingBox();
    await page.mouse.move(side.x + side.width + 1, side.y + 300);
    await page.mouse.down();
    await page.mouse.move(side.x + side.width + 240, side.y + 300, { steps: 8 });
    await page.mouse.up();
    const pane = (title) => page.locator('.pane', { has: page.locator('.pane-header', { hasText: title }) });
    const benefits = pane('Baten');
    const agreements = pane('Afspraken');

    // Baat 5 changed hands in round 2 (Bram → Anna de Wit), the latest round says so.
    const benefit = benefits.getByRole('treeitem', { name: /Baat 5: Sterkere klantrelaties/ });
    await benefit.waitFor({ timeout: 120_000 });
    await benefits.getByRole('treeitem', { name: /Baat 6: Outside-in cultuur/ }).waitFor();

    // Overdue first: the agreement of round 3 whose deadline (15 June 2026) has passed.
    const overdue = agreements.getByRole('treeitem', { name: /Voortgang per baat rapporteren/ });
    await overdue.waitFor({ timeout: 120_000 });
    await agreements.getByRole('treeitem', { name: /Batenprofielen bijwerken voor 2027/ }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'programme-views.png') });

    await overdue.click();
    await page.locator('.tabs-container .tab.active', { hasText: '2026-06-11-baateigenaren-ronde-3.md' }).waitFor({ timeout: 60_000 });
    // The agreement's row is line 141 of the sheet: the cursor is there, the row selected.
    await page.locator('.statusbar-item', { hasText: /Ln 141, Col \d+ \(\d+ selected\)/ }).waitFor({ timeout: 60_000 });
    await page.keyboard.press('Control+Shift+M');
    await problemWhen(page, 'de deadline 15 juni van "Voortgang per baat rapporteren" (Carla Smit) is voorbij');
    await page.screenshot({ path: join(SHOTS, 'programme-agreement-opened.png') });
  });
});
