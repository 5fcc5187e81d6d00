// The same note-taking, by keyboard only and in the dark theme: Tab through the form in the
// sheet's order, type and Enter, Space on a box, arrow keys in a radio group and in the owner
// list, Ctrl+Z and Ctrl+Shift+Z for Undo and Redo, Ctrl+S to save. Then the filled-in sheet.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BLANK, chooseTheme, edited, FILLED, formFrame, openWorkbench, quickOpen, runCommand, saveAndExpect, SHOTS } from './formPage.mjs';

describe('the form view by keyboard only, in the dark theme', function () {
  this.timeout(300_000);
  let workbench;
  let page;
  let path;
  let text;

  before(async () => {
    workbench = await openWorkbench();
    page = workbench.page;
    // From the palette: a theme in the workspace settings is not always applied by the time the workbench shows.
    await chooseTheme(page, 'Default Dark Modern', 'vs-dark');
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await page?.screenshot({ path: join(SHOTS, 'failed-form-keyboard.png') });
  });

  after(() => workbench?.close());

  /** Opens a sheet by Quick Open and then as a form, keys only. */
  async function openByKeyboard(name) {
    await quickOpen(page, name);
    await page.locator('.statusbar-item', { hasText: /Sessie \d+\/\d+/ }).waitFor({ timeout: 60_000 });
    await runCommand(page, 'Openen als formulier');
    await formFrame(page).locator('main#form section').first().waitFor({ timeout: 60_000 });
    path = workbench.sheet(name);
    text = readFileSync(path, 'utf8');
  }

  /** What has focus in the form: its accessible name and the heading of the section it is in. */
  function focused() {
    return formFrame(page)
      .locator('body')
      .evaluate((body) => {
        const active = body.ownerDocument.activeElement;
        const labelled = active?.getAttribute('aria-label') ?? active?.closest('[role="radiogroup"]')?.getAttribute('aria-label') ?? '';
        const radio = active?.type === 'radio' ? active.parentElement?.textContent?.trim() : undefined;
        const section = active?.closest('section')?.querySelector(':scope > h1, :scope > h2, :scope > h3, :scope > h4')?.textContent ?? '';
        return { name: labelled, radio, section };
      });
  }

  /** Presses Tab until the control named `name` (in the section headed `section`, if given) has focus. */
  async function tabTo(name, section) {
    for (let presses = 0; presses < 400; presses++) {
      const now = await focused();
      if (now.name === name && (!section || now.section === section)) return;
      await page.keyboard.press('Tab');
    }
    assert.fail(`Tab never reached "${name}"${section ? ` in "${section}"` : ''}`);
  }

  async function step(label, keys, expected) {
    await keys();
    text = await saveAndExpect(page, path, expected, label);
  }

  it('fills in the blank sheet: participant, presence, priority with Undo and Redo, owner, check, agreement, blank', async () => {
    await openByKeyboard(BLANK);
    await tabTo('Naam, Sectormanager VO');
    await step(
      'a name typed',
      async () => {
        await page.keyboard.type('Bram Jansen');
        await page.keyboard.press('Enter');
      },
      edited(text, '## Deelnemers', '| [Naam] | Sectormanager | VO |', '| Bram Jansen | Sectormanager | VO |'),
    );
    await tabTo('Aanwezig, Bram Jansen');
    await step('Space ticks presence', () => page.keyboard.press('Space'), edited(text, '| Bram Jansen | Sectormanager | VO |', '[ ]', '[x]'));

    await tabTo('VO prioriteit', 'Baat 2: Hogere klanttevredenheid');
    assert.equal((await focused()).radio, 'Hoog', 'Tab enters an open radio group at its first option');
    const before = text;
    const chosen = edited(text, '### Baat 2', '**VO prioriteit:** [ ] Hoog [ ] Midden', '**VO prioriteit:** [ ] Hoog [x] Midden');
    await step('an arrow key chooses the next option', () => page.keyboard.press('ArrowRight'), chosen);
    await step('Ctrl+Z in the form undoes it', () => page.keyboard.press('Control+Z'), before);
    await step('Ctrl+Shift+Z redoes it', () => page.keyboard.press('Control+Shift+Z'), chosen);

    await tabTo('Baateigenaar', 'Baat 2: Hogere klanttevredenheid');
    await step(
      'an owner chosen from the list with the arrow keys',
      async () => {
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
      },
      edited(text, '### Baat 2', '**Baateigenaar:** ___', '**Baateigenaar:** Bram Jansen'),
    );

    await tabTo('Is dat expliciet uitgesproken?');
    await step('Space answers Ja', () => page.keyboard.press('Space'), edited(text, '| Is dat expliciet uitgesproken? |', '[ ] Ja', '[x] Ja'));

    await tabTo('Afspraak, rij 1');
    await step(
      'an agreement typed',
      async () => {
        await page.keyboard.type('Prioriteiten delen met de sponsorgroep');
        await page.keyboard.press('Enter');
      },
      edited(text, '## Afspraken', '| | | |', '| Prioriteiten delen met de sponsorgroep | | |'),
    );
    const row = 'Prioriteiten delen met de sponsorgroep';
    await tabTo(`Verantwoordelijke, ${row}`);
    await step(
      'its owner chosen with the arrow keys',
      async () => {
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
      },
      edited(text, `| ${row}`, '| |', '| Bram Jansen |'),
    );
    await tabTo(`Deadline, ${row}`);
    // The browser's date field, in its locale's order (en-US here: month, day, year).
    await step('its deadline typed', () => page.keyboard.type('04022026'), edited(text, `| ${row} | Bram Jansen |`, ' |', ' 2026-04-02 |'));

    await tabTo('Signalen eigenaarschap');
    await step(
      'a blank typed in',
      async () => {
        await page.keyboard.type('Bram nam Baat 2 zelf.');
        await page.keyboard.press('Tab');
      },
      edited(text, '## Reflectie facilitator', '**Signalen eigenaarschap:**', '**Signalen eigenaarschap:** Bram nam Baat 2 zelf.'),
    );
    await page.screenshot({ path: join(SHOTS, 'form-dark-keyboard.png') });
  });

  it('changes an owner and a priority in the filled-in sheet', async () => {
    await openByKeyboard(FILLED);
    await formFrame(page).getByRole('region', { name: 'Baat 1: Consistente klantbeleving' }).waitFor({ timeout: 60_000 });
    await tabTo('ZAK prioriteit', 'Baat 1: Consistente klantbeleving');
    assert.equal((await focused()).radio, 'Laag', 'Tab enters a chosen radio group at its choice');
    await step(
      'Midden instead of Laag',
      () => page.keyboard.press('ArrowLeft'),
      edited(text, '### Baat 1', '**ZAK prioriteit:** [ ] Hoog [ ] Midden [x] Laag', '**ZAK prioriteit:** [ ] Hoog [x] Midden [ ] Laag'),
    );
    await tabTo('Baateigenaar', 'Baat 1: Consistente klantbeleving');
    // Ctrl+A stays in the field: a key that reaches the page's window goes on to the workbench,
    // whose Select All came back later and selected the letters typed meanwhile ('arla' for 'Carla').
    const keysAtWindow = () => formFrame(page).locator('body').evaluate((body) => body.ownerDocument.defaultView.keysAtWindow);
    await formFrame(page)
      .locator('body')
      .evaluate((body) => {
        const view = body.ownerDocument.defaultView;
        view.keysAtWindow = [];
        view.addEventListener('keydown', (event) => view.keysAtWindow.push(event.key));
      });
    await page.keyboard.press('Control+A');
    await page.keyboard.press('End');
    assert.deepEqual(await keysAtWindow(), ['Control', 'End'], 'Ctrl+A in a field never reaches the workbench');
    // Select the name, type over it to filter the list, and take the one person it offers.
    await step(
      'another owner',
      async () => {
        await page.keyboard.press('Control+A');
        await page.keyboard.type('Carla');
        // Told apart if this step fails: keys that never reached the field, or typed text the form lost later.
        const owner = formFrame(page).getByRole('region', { name: 'Baat 1: Consistente klantbeleving' }).getByRole('combobox', { name: 'Baateigenaar' });
        assert.equal(await owner.inputValue(), 'Carla', 'the keys typed are in the owner field');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
      },
      edited(text, '### Baat 1', '**Baateigenaar:** Anna de Wit', '**Baateigenaar:** Carla Smit'),
    );
    await page.screenshot({ path: join(SHOTS, 'form-dark-filled.png') });
  });
});
