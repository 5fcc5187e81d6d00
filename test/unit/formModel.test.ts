import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildForm, type Form, type FormControl } from '../../src/core/index';
import { analyzeSheet, USER_SHEET } from '../support/documents';
import { controlNamed, controlsUnder, formOf } from '../support/form';
import { repoPath } from '../support/paths';

const FILLED = readFileSync(repoPath('test/fixtures/baateigenaren-filled.md'), 'utf8');
const DEFECTS = readFileSync(repoPath('test/fixtures/baateigenaren-defects.md'), 'utf8');

function allControls(form: Form): FormControl[] {
  return form.sections.flatMap((section) => section.controls.flatMap<FormControl>((control) => (control.kind === 'table' ? [control, ...control.rows.flatMap((row) => row.cells)] : [control])));
}

function options(control: FormControl): string {
  assert.equal(control.kind, 'choice');
  return control.options.map((option) => `${option.label}${option.checked ? '*' : ''}`).join(' ');
}

describe('the sheet as a form: what it shows', function () {
  this.timeout(20_000);

  it('the user’s sheet: its sections in order, with the progress of each', () => {
    const form = formOf(USER_SHEET);
    assert.deepEqual(
      form.sections.map((section) => `${section.depth} ${section.heading} ${section.done}/${section.total}`),
      [
        '1 Template: Sessie Baateigenaren 4/51',
        '2 Theoretische basis 2/2',
        '2 Deelnemers (Baateigenaren) 0/4',
        '2 Doel van de sessie 0/4',
        '3 Kernvragen (vanuit Thema Leiden) 0/4',
        '2 Agenda 0/0',
        '2 De 6 Baten van Klant in Beeld 0/24',
        '3 Baat 1: Consistente klantbeleving 0/4',
        '3 Baat 2: Hogere klanttevredenheid 0/4',
        '3 Baat 3: Efficiëntere klantprocessen 0/4',
        '3 Baat 4: Betere klantinzichten 0/4',
        '3 Baat 5: Sterkere klantrelaties 0/4',
        '3 Baat 6: Outside-in cultuur 0/4',
        '2 Check: Eigenaarschap (P2) 1/5',
        '2 Afspraken 0/1',
        '2 Vervolgstappen 0/4',
        '2 Reflectie facilitator 0/3',
      ],
    );
  });

  it('header fields: text inputs with the placeholder as a hint, the session date as a date input', () => {
    const form = formOf(USER_SHEET);
    const heading = 'Template: Sessie Baateigenaren';
    assert.deepEqual(
      controlsUnder(form, heading).map((control) => `${control.kind} ${control.label.nl}=${'value' in control ? control.value : ''} (${'hint' in control ? control.hint : ''})`),
      ['text Programma=Klant in Beeld ()', 'date Datum sessie= ([invullen])', 'text Locatie= ([invullen])', 'text Facilitator= ([invullen])'],
    );
    const date = controlNamed(formOf(FILLED), 'Sessie Baateigenaren', 'Datum sessie');
    assert.equal(date.kind, 'date');
    assert.equal(date.iso, '2026-03-12');
    assert.equal(date.value.slice(date.dateSpan!.start, date.dateSpan!.end), 'donderdag 12 maart 2026');
  });

  it('each benefit: three radio groups labelled by their field and the owner as a combobox with its verdict in words', () => {
    const form = formOf(USER_SHEET);
    const baat5 = controlsUnder(form, 'Baat 5: Sterkere klantrelaties');
    assert.deepEqual(baat5.map((control) => `${control.kind} ${control.label.nl}`), ['choice PO prioriteit', 'choice VO prioriteit', 'choice ZAK prioriteit', 'owner Baateigenaar']);
    assert.equal(options(baat5[0]), 'Hoog Midden Laag');
    assert.deepEqual(baat5[0].findings.map((finding) => finding.rule), ['choice-missing']);
    const owner = baat5[3];
    assert.equal(owner.kind, 'owner');
    assert.equal(owner.hint, '___');
    assert.equal(owner.verdict, 'missing');
    assert.deepEqual(owner.verdictText, { nl: 'nog geen eigenaar', en: 'no owner yet' });
    assert.deepEqual(owner.findings.map((finding) => finding.rule), ['owner-missing']);

    const filled = controlNamed(formOf(FILLED), 'Baat 1: Consistente klantbeleving', 'PO prioriteit');
    assert.equal(options(filled), 'Hoog* Midden Laag');
  });

  it('owners are picked from the participants, those who can own a benefit first, the programme manager last', () => {
    const owner = controlNamed(formOf(FILLED), 'Baat 2: Hogere klanttevredenheid', 'Baateigenaar');
    assert.equal(owner.kind, 'owner');
    assert.equal(owner.value, 'Bram Jansen');
    assert.equal(owner.verdict, 'ok');
    assert.deepEqual(
      owner.candidates.map((candidate) => `${candidate.name}${candidate.preferred ? '' : ' (not preferred)'}`),
      ['Anna de Wit', 'Bram Jansen', 'Carla Smit', 'Sanne Kok', 'Dirk Vos (not preferred)'],
    );
    const deflected = controlNamed(formOf(FILLED.replace('**Baateigenaar:** Bram Jansen', '**Baateigenaar:** Het programma')), 'Baat 2: Hogere klanttevredenheid', 'Baateigenaar');
    assert.equal(deflected.kind === 'owner' && deflected.verdictText.nl, 'teruggelegd bij het programma');
    assert.deepEqual(deflected.findings.map((finding) => finding.rule), ['owner-deflected']);
  });

  it('the ownership check: its answers as Ja / Nee radio groups named by their question, its owner as a combobox', () => {
    const controls = controlsUnder(formOf(USER_SHEET), 'Check: Eigenaarschap (P2)');
    const named = (label: string) => controls.filter((control) => control.label.nl === label && control.kind !== 'text');
    assert.equal(options(named('Is dat expliciet uitgesproken?')[0]), 'Ja Nee');
    assert.equal(named('Heeft de eigenaar dit zelf gekozen?')[0].kind, 'choice');
    assert.equal(named('Wie is de eigenaar van deze baat?')[0].kind, 'owner');
  });

  it('participants: name, role and sector as inputs, attendance as a checkbox named after the person', () => {
    const table = controlsUnder(formOf(USER_SHEET), 'Deelnemers (Baateigenaren)')[0];
    assert.ok(table.kind === 'table' && table.tableKind === 'participants');
    assert.deepEqual(table.columns, ['Naam', 'Rol', 'Sector', 'Aanwezig']);
    assert.deepEqual(
      table.rows[0].cells.map((cell) => `${cell.kind} ${cell.label.nl}`),
      ['text Naam, Sectormanager PO', 'text Rol, Sectormanager PO', 'text Sector, Sectormanager PO', 'checkbox Aanwezig, Sectormanager PO'],
    );
    assert.equal(table.rows[0].cells[0].kind === 'text' && table.rows[0].cells[0].hint, '[Naam]');
    const filled = controlNamed(formOf(FILLED), 'Deelnemers (Baateigenaren)', 'Aanwezig, Anna de Wit');
    assert.equal(filled.kind === 'checkbox' && filled.checked, true);
  });

  it('the agenda: each row with the start the rows above give it, and the next row starting where the last ends', () => {
    const table = controlsUnder(formOf(USER_SHEET), 'Agenda')[0];
    assert.ok(table.kind === 'table' && table.tableKind === 'agenda');
    assert.deepEqual(table.rows.map((row) => row.cells[0].kind === 'text' && row.cells[0].computedStart), [undefined, '00:15', '00:35', '01:05', '01:15', '01:45']);
    assert.equal(table.rows[3].label.nl, 'Pauze');
    assert.equal(table.addRow.first, '02:00');
    const wrong = controlsUnder(formOf(USER_SHEET.replace('| 01:05 | Pauze', '| 01:10 | Pauze')), 'Agenda')[0];
    assert.ok(wrong.kind === 'table');
    assert.deepEqual(wrong.rows[3].cells[0].findings.map((finding) => finding.rule), ['agenda-time']);
  });

  it('agreements: the responsible person as a combobox, the deadline as a date input written as the sheet writes dates', () => {
    const table = controlsUnder(formOf(FILLED), 'Afspraken')[0];
    assert.ok(table.kind === 'table' && table.tableKind === 'agreements');
    assert.deepEqual(table.rows.map((row) => row.cells.map((cell) => cell.kind).join(' ')), ['text owner date', 'text owner date', 'text owner date']);
    const deadlines = table.rows.map((row) => row.cells[2]);
    assert.deepEqual(deadlines.map((cell) => cell.kind === 'date' && `${cell.value} ${cell.iso}`), ['19-03-2026 2026-03-19', '2 april 2026 2026-04-02', 'week 15 undefined']);
    assert.equal(deadlines[2].kind === 'date' && deadlines[2].sample, '19-03-2026', 'a deadline that is no day writes new days as the sheet’s first date');
  });

  it('tasks as checkboxes; the reflection’s empty fields as paragraphs', () => {
    const tasks = controlsUnder(formOf(USER_SHEET), 'Vervolgstappen');
    assert.deepEqual(tasks.map((control) => `${control.kind} ${control.label.nl}`), [
      'checkbox Baateigenaarschap formeel vastleggen',
      'checkbox Volgende sessie plannen (Week 3: Businesscase)',
      'checkbox Batenprioritering per sector documenteren',
      'checkbox Terugkoppeling naar sponsorgroep',
    ]);
    const reflection = controlsUnder(formOf(FILLED), 'Reflectie facilitator');
    // The sheet's closing line (`*Template gebaseerd op …*`) follows as text.
    assert.deepEqual(reflection.map((control) => control.kind === 'prose' || (control.kind === 'text' && control.multiline)), [false, true, false, true]);
    assert.equal(reflection[3].kind, 'prose');
    assert.equal(reflection[1].kind === 'text' && reflection[1].value, '- Meer tijd voor de prioritering per sector; 30 minuten was krap.\n- De batenstructuur een week vooraf rondsturen.');
    const blank = controlsUnder(formOf(USER_SHEET), 'Reflectie facilitator').filter((control) => control.kind !== 'prose');
    assert.deepEqual(blank.map((control) => control.kind === 'text' && control.multiline), [true, true, true]);
  });

  it('every finding is shown once, beside its control or else under its section', () => {
    for (const [name, sheet] of [['user', USER_SHEET], ['filled', FILLED], ['defects', DEFECTS]] as const) {
      const analysis = analyzeSheet(sheet);
      const form = formOf(sheet);
      const shown = [
        ...form.sections.flatMap((section) => section.findings),
        ...allControls(form).flatMap((control) => [...control.findings, ...(control.kind === 'table' ? control.rows.flatMap((row) => row.findings) : [])]),
      ].map((finding) => finding.index);
      assert.deepEqual([...shown].sort((a, b) => a - b), analysis.findings.map((_, index) => index), name);
    }
  });

  it('is plain data with unique ids that stay when the sheet changes elsewhere', () => {
    const form = formOf(FILLED);
    assert.deepEqual(structuredClone(form), form);
    const ids = allControls(form).map((control) => control.id);
    assert.equal(new Set(ids).size, ids.length);
    const before = controlNamed(form, 'Baat 5: Sterkere klantrelaties', 'PO prioriteit').id;
    const edited = formOf(FILLED.replace('**Locatie:** Stadskantoor, zaal 4.12', '**Locatie:** Stadhuis'));
    assert.equal(controlNamed(edited, 'Baat 5: Sterkere klantrelaties', 'PO prioriteit').id, before);
  });

  it('Markdown that is no session sheet has no form', () => {
    assert.equal(buildForm(analyzeSheet('# Notes\n\n- [ ] something\n**Datum:** [invullen]\n')), undefined);
  });
});
