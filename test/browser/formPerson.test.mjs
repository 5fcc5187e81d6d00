// The form view as a note-taker uses it during a session, in a real VS Code Server: the user's
// blank sheet opened as a form, a participant named and ticked present, a priority chosen,
// an owner picked from the participants, an ownership question answered, an agreement with
// a deadline, a blank typed in. After each, the saved file differs from before only at that
// place, the Problems panel follows, Undo in the form's editor restores the bytes, and a text
// edit beside the form shows in it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BLANK, chooseTheme, edited, valueWhen, formFrame, openAsForm, openWorkbench, problemWhen, runCommand, saveAndExpect, SHOTS } from './formPage.mjs';

describe('the form view, as a note-taker fills in the blank sheet', function () {
  this.timeout(300_000);
  let workbench;
  let page;
  let frame;
  let path;
  let text;

  before(async () => {
    workbench = await openWorkbench();
    page = workbench.page;
    path = workbench.sheet(BLANK);
    text = readFileSync(path, 'utf8');
    // The Problems panel below the form, showing the owner findings.
    await runCommand(page, 'Problems: Focus on Problems View');
    await page.getByPlaceholder(/^Filter \(e\.g\./).fill('eigenaar');
    frame = await openAsForm(page, BLANK);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await page?.screenshot({ path: join(SHOTS, 'failed-form-person.png') });
  });

  after(() => workbench?.close());

  /** One step: what the person does, then the bytes expected on disk after saving. */
  async function step(label, act, expected) {
    await act();
    text = await saveAndExpect(page, path, expected, label);
  }

  it('names a participant and ticks her present', async () => {
    const participants = frame.getByRole('table', { name: 'Deelnemers' });
    const name = participants.getByRole('textbox', { name: 'Naam, Sectormanager PO' });
    await step(
      'a name typed into the participants table',
      async () => {
        await name.fill('Anna de Wit');
        await name.press('Enter');
      },
      edited(text, '## Deelnemers', '| [Naam] | Sectormanager | PO |', '| Anna de Wit | Sectormanager | PO |'),
    );
    // The row is named after her now.
    const present = participants.getByRole('checkbox', { name: 'Aanwezig, Anna de Wit' });
    await step('attendance ticked', () => present.check(), edited(text, '| Anna de Wit | Sectormanager | PO |', '[ ]', '[x]'));
  });

  it('chooses a priority; Undo in the form takes it back and Redo does it again', async () => {
    const benefit = frame.getByRole('region', { name: 'Baat 5: Sterkere klantrelaties' });
    const midden = benefit.getByRole('radiogroup', { name: 'PO prioriteit' }).getByRole('radio', { name: 'Midden' });
    const before = text;
    const chosen = edited(text, '### Baat 5', '**PO prioriteit:** [ ] Hoog [ ] Midden', '**PO prioriteit:** [ ] Hoog [x] Midden');
    await step('Midden chosen', () => midden.check(), chosen);
    // Focus is on the radio in the form: Ctrl+Z is the editor's Undo.
    await step('undone in the form', () => page.keyboard.press('Control+Z'), before);
    assert.equal(await midden.isChecked(), false, 'the form shows it undone');
    await step('redone in the form', () => page.keyboard.press('Control+Shift+Z'), chosen);
    assert.equal(await midden.isChecked(), true);
  });

  it('picks the owner from the participants, and the Problems panel follows', async () => {
    const benefit = frame.getByRole('region', { name: 'Baat 5: Sterkere klantrelaties' });
    const owner = benefit.getByRole('combobox', { name: 'Baateigenaar' });
    await problemWhen(page, 'Baat 5 (Sterkere klantrelaties): nog geen eigenaar');
    await step(
      'an owner picked from the list',
      async () => {
        await owner.click();
        const list = benefit.getByRole('listbox', { name: 'Baateigenaar' });
        await list.getByRole('option', { name: /Anna de Wit/ }).click();
      },
      edited(text, '### Baat 5', '**Baateigenaar:** ___', '**Baateigenaar:** Anna de Wit'),
    );
    await problemWhen(page, 'Baat 5 (Sterkere klantrelaties): nog geen eigenaar', false);
    await benefit.getByText('deelnemer, aanwezig').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(SHOTS, 'form-owner-picked.png') });
  });

  it('answers an ownership question', async () => {
    const check = frame.getByRole('table', { name: 'Eigenaarschapscheck' });
    await step(
      'Ja answered',
      () => check.getByRole('radiogroup', { name: 'Is dat expliciet uitgesproken?' }).getByRole('radio', { name: 'Ja' }).check(),
      edited(text, '| Is dat expliciet uitgesproken? |', '[ ] Ja', '[x] Ja'),
    );
  });

  it('writes an agreement with its owner and deadline, cell by cell', async () => {
    const agreements = frame.getByRole('table', { name: 'Afspraken' });
    const what = agreements.getByRole('textbox', { name: 'Afspraak, rij 1' });
    await step(
      'an agreement typed',
      async () => {
        await what.fill('Baateigenaarschap vastleggen');
        await what.press('Enter');
      },
      edited(text, '## Afspraken', '| | | |', '| Baateigenaarschap vastleggen | | |'),
    );
    const row = 'Baateigenaarschap vastleggen';
    await step(
      'its owner picked',
      async () => {
        await agreements.getByRole('combobox', { name: `Verantwoordelijke, ${row}` }).click();
        await agreements.getByRole('listbox', { name: `Verantwoordelijke, ${row}` }).getByRole('option', { name: /Anna de Wit/ }).click();
      },
      edited(text, `| ${row}`, '| |', '| Anna de Wit |'),
    );
    await step(
      'its deadline chosen',
      () => agreements.getByLabel(`Deadline, ${row}`).fill('2026-03-19'),
      edited(text, `| ${row} | Anna de Wit |`, ' |', ' 2026-03-19 |'),
    );
  });

  it('types into a blank of the reflection', async () => {
    const reflection = frame.getByRole('region', { name: 'Reflectie facilitator' });
    const good = reflection.getByRole('textbox', { name: 'Wat ging goed' });
    await step(
      'a blank typed in',
      async () => {
        await good.fill('Iedereen koos zelf een baat.');
        await good.press('Tab');
      },
      edited(text, '## Reflectie facilitator', '**Wat ging goed:**', '**Wat ging goed:** Iedereen koos zelf een baat.'),
    );
    await page.screenshot({ path: join(SHOTS, 'form-filled-in.png') });
  });

  it('shows a text edit made beside it', async () => {
    // The text to the side, from the form's own title bar; the form stays.
    await page.getByRole('button', { name: 'Tekst openen aan de zijkant' }).click();
    const textEditor = page.locator('.editor-group-container').last().locator('.monaco-editor');
    await textEditor.waitFor({ timeout: 60_000 });
    const line = text.split('\n').findIndex((one, index, lines) => one === '- **Baateigenaar:** ___' && lines.slice(0, index).some((above) => above.startsWith('### Baat 6')));
    await page.keyboard.press('Control+G');
    await page.keyboard.type(String(line + 1));
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    for (let count = 0; count < 3; count++) await page.keyboard.press('Backspace');
    await page.keyboard.type('Bram Jansen');
    const owner = formFrame(page).getByRole('region', { name: 'Baat 6: Outside-in cultuur' }).getByRole('combobox', { name: 'Baateigenaar' });
    await valueWhen(owner, 'Bram Jansen');
    await page.screenshot({ path: join(SHOTS, 'form-beside-text.png') });
  });

  it('follows a switch to the high-contrast theme, its colours from VS Code', async () => {
    await chooseTheme(page, 'Default High Contrast', 'hc-black');
    const body = formFrame(page).locator('body.vscode-high-contrast');
    await body.waitFor({ timeout: 60_000 });
    // The webview has the new theme's variables: a black page, white text.
    assert.equal(await body.evaluate((element) => element.ownerDocument.defaultView.getComputedStyle(element).backgroundColor), 'rgb(0, 0, 0)');
    assert.equal(await body.evaluate((element) => element.ownerDocument.defaultView.getComputedStyle(element).color), 'rgb(255, 255, 255)');
    await formFrame(page).getByRole('region', { name: 'Baat 5: Sterkere klantrelaties' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'form-high-contrast.png') });
  });
});
