import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildForm, findControl, formEdits } from '../../src/core/index';
import { analyzeSheet, USER_SHEET } from '../support/documents';
import { applyChange, controlNamed, controlsUnder, difference, formOf } from '../support/form';
import { repoPath } from '../support/paths';

const FILLED = readFileSync(repoPath('test/fixtures/baateigenaren-filled.md'), 'utf8');
const CRLF_BOM = readFileSync(repoPath('test/fixtures/baateigenaren-crlf-bom.md'), 'utf8');

function tableUnder(text: string, heading: string) {
  const table = controlsUnder(formOf(text), heading)[0];
  assert.ok(table.kind === 'table');
  return table;
}

describe('the form writes back minimal edits', function () {
  this.timeout(20_000);

  it('choosing Midden where Hoog is ticked changes exactly two characters, and the sheet then reads Midden', () => {
    const control = controlNamed(formOf(FILLED), 'Baat 1: Consistente klantbeleving', 'PO prioriteit');
    const after = applyChange(FILLED, control, { kind: 'choice', option: 1 });
    assert.equal(after.length, FILLED.length);
    const changed = [...FILLED].flatMap((char, index) => (char === after[index] ? [] : [`${char}>${after[index]}`]));
    assert.deepEqual(changed, ['x> ', ' >x']);
    assert.ok(after.includes('- **PO prioriteit:** [ ] Hoog [x] Midden [ ] Laag\n- **VO prioriteit:** [ ] Hoog [x] Midden'));
    const reread = controlNamed(formOf(after), 'Baat 1: Consistente klantbeleving', 'PO prioriteit');
    assert.deepEqual(reread.kind === 'choice' && reread.options.map((option) => option.checked), [false, true, false]);
  });

  it('clearing a choice unticks its one box; choosing what is chosen changes nothing', () => {
    const control = controlNamed(formOf(FILLED), 'Baat 1: Consistente klantbeleving', 'PO prioriteit');
    assert.deepEqual(difference(FILLED, applyChange(FILLED, control, { kind: 'choice', option: undefined })), { at: FILLED.indexOf('[x] Hoog') + 1, removed: 'x', inserted: ' ' });
    const analysis = analyzeSheet(FILLED);
    assert.deepEqual(formEdits(analysis.source, findControl(buildForm(analysis)!, control.id)!, { kind: 'choice', option: 0 }), []);
  });

  it('an owner typed over ___ replaces those three characters; the verdict follows', () => {
    const control = controlNamed(formOf(USER_SHEET), 'Baat 5: Sterkere klantrelaties', 'Baateigenaar');
    const after = applyChange(USER_SHEET, control, { kind: 'text', value: 'Het programma' });
    const change = difference(USER_SHEET, after);
    assert.equal(change.removed, '___');
    assert.equal(change.inserted, 'Het programma');
    assert.equal(USER_SHEET.slice(change.at - 18, change.at), '**Baateigenaar:** ');
    const reread = controlNamed(formOf(after), 'Baat 5: Sterkere klantrelaties', 'Baateigenaar');
    assert.equal(reread.kind === 'owner' && `${reread.value}: ${reread.verdict}`, 'Het programma: deflected');
  });

  it('an answer to an ownership question, attendance and a task: one character each', () => {
    const check = controlsUnder(formOf(USER_SHEET), 'Check: Eigenaarschap (P2)').find((control) => control.kind === 'choice' && control.label.nl === 'Is dat expliciet uitgesproken?')!;
    const answered = applyChange(USER_SHEET, check, { kind: 'choice', option: 0 });
    assert.deepEqual(difference(USER_SHEET, answered), { at: USER_SHEET.indexOf('| Is dat expliciet uitgesproken? | [ ] Ja') + 36, removed: ' ', inserted: 'x' });

    const present = controlNamed(formOf(USER_SHEET), 'Deelnemers (Baateigenaren)', 'Aanwezig, Sectormanager VO');
    const ticked = applyChange(USER_SHEET, present, { kind: 'checkbox', checked: true });
    assert.equal(difference(USER_SHEET, ticked).inserted, 'x');
    assert.ok(ticked.includes('| [Naam] | Sectormanager | VO | [x] |'));

    const task = controlNamed(formOf(USER_SHEET), 'Vervolgstappen', 'Terugkoppeling naar sponsorgroep');
    const done = applyChange(USER_SHEET, task, { kind: 'checkbox', checked: true });
    assert.ok(done.includes('4. [x] Terugkoppeling naar sponsorgroep'));
    assert.equal(difference(USER_SHEET, done).removed, ' ');
  });

  it('typing into a blank replaces the blank; typing a letter into a value inserts that letter', () => {
    const answer = controlNamed(formOf(USER_SHEET), 'Kernvragen (vanuit Thema Leiden)', 'Hoe bouwen we vertrouwen?');
    const typed = applyChange(USER_SHEET, answer, { kind: 'text', value: 'Door afspraken na te komen | samen' });
    assert.deepEqual(difference(USER_SHEET, typed), { at: USER_SHEET.indexOf('Antwoord: ___\n\n---') + 10, removed: '___', inserted: 'Door afspraken na te komen | samen' });

    const location = controlNamed(formOf(FILLED), 'Sessie Baateigenaren', 'Locatie');
    const one = applyChange(FILLED, location, { kind: 'text', value: 'Stadskantoor, zaal 4.123' });
    assert.deepEqual(difference(FILLED, one), { at: FILLED.indexOf('4.12') + 4, removed: '', inserted: '3' });
    assert.equal(controlNamed(formOf(one), 'Sessie Baateigenaren', 'Locatie').findings.length, 0);
  });

  it('an empty paragraph field gets its value after the label; a line break typed in a one-line field becomes a space', () => {
    const good = controlNamed(formOf(USER_SHEET), 'Reflectie facilitator', 'Wat ging goed');
    const written = applyChange(USER_SHEET, good, { kind: 'text', value: 'Iedereen sprak' });
    assert.ok(written.includes('**Wat ging goed:** Iedereen sprak\n'));
    const reread = controlNamed(formOf(written), 'Reflectie facilitator', 'Wat ging goed');
    assert.equal(reread.kind === 'text' && reread.value, 'Iedereen sprak');

    const facilitator = controlNamed(formOf(USER_SHEET), 'Template: Sessie Baateigenaren', 'Facilitator');
    assert.ok(applyChange(USER_SHEET, facilitator, { kind: 'text', value: 'Marieke\nDekker' }).includes('**Facilitator:** Marieke Dekker\n'));
  });

  it('a paragraph value is replaced where it stands, line breaks and all', () => {
    const better = controlNamed(formOf(FILLED), 'Reflectie facilitator', 'Wat kan beter');
    const after = applyChange(FILLED, better, { kind: 'text', value: '- Meer tijd voor de prioritering per sector.\n- De batenstructuur een week vooraf rondsturen.\n- Pauze later.' });
    assert.deepEqual(difference(FILLED, after), { at: FILLED.indexOf('; 30 minuten was krap.'), removed: '; 30 minuten was krap.\n- De batenstructuur een week vooraf rondsturen', inserted: '.\n- De batenstructuur een week vooraf rondsturen.\n- Pauze later' });
  });

  it('a cell value escapes its pipes and stays one cell', () => {
    const table = tableUnder(USER_SHEET, 'Afspraken');
    const after = applyChange(USER_SHEET, table.rows[0].cells[0], { kind: 'text', value: 'Plan A | plan B' });
    assert.ok(after.includes('| Plan A \\| plan B | | |\n'));
    const reread = tableUnder(after, 'Afspraken');
    assert.equal(reread.rows[0].cells.length, 3);
    assert.equal(reread.rows[0].cells[1].kind === 'owner' && reread.rows[0].cells[1].value, '');
  });

  it('adding an agreement inserts one line after the last row', () => {
    const table = tableUnder(FILLED, 'Afspraken');
    const after = applyChange(FILLED, table, { kind: 'addRow', values: ['Sponsorgroep informeren', 'Dirk Vos', '1-4-2026'] });
    const row = '| Sponsorgroep informeren | Dirk Vos | 1-4-2026 |';
    const change = difference(FILLED, after);
    assert.deepEqual([change.removed, change.inserted.length], ['', row.length + 1]);
    assert.ok(after.includes(`| Bram Jansen | week 15 |\n${row}\n\n---`));
    const rows = tableUnder(after, 'Afspraken').rows;
    assert.equal(rows.length, 4);
    assert.equal(rows[3].cells[2].kind === 'date' && rows[3].cells[2].iso, '2026-04-01');
  });

  it('a new agenda row starts where the last one ends; a new duration moves only the start times it changes', () => {
    const agenda = tableUnder(USER_SHEET, 'Agenda');
    const added = applyChange(USER_SHEET, agenda, { kind: 'addRow', values: [] });
    assert.equal(difference(USER_SHEET, added).inserted.length, '\n| 02:00 | | |'.length);
    assert.ok(added.includes('| 01:45 | Afspraken en vervolgstappen | 15 min |\n| 02:00 | | |\n\n---'));

    const longer = applyChange(USER_SHEET, agenda.rows[3].cells[2], { kind: 'text', value: '15 min' });
    assert.ok(longer.includes('| 01:05 | Pauze | 15 min |\n| 01:20 | Toewijzing baateigenaarschap | 30 min |\n| 01:50 | Afspraken en vervolgstappen | 15 min |'));
    const change = difference(USER_SHEET, longer);
    assert.equal(USER_SHEET.slice(0, change.at).endsWith('| 01:05 | Pauze | 1'), true, 'nothing before the duration changes');
    assert.deepEqual(analyzeSheet(longer).findings.filter((finding) => finding.rule.startsWith('agenda-')).map((finding) => finding.rule), ['agenda-total']);
  });

  it('a date chosen in a date input is written in the sheet’s form, only where the date is', () => {
    const deadline = tableUnder(FILLED, 'Afspraken').rows[0].cells[2];
    assert.equal(difference(FILLED, applyChange(FILLED, deadline, { kind: 'date', iso: '2026-04-02' })).inserted, '02-04');
    const week = tableUnder(FILLED, 'Afspraken').rows[2].cells[2];
    assert.ok(applyChange(FILLED, week, { kind: 'date', iso: '2026-04-09' }).includes('| Bram Jansen | 09-04-2026 |'), 'in the form of the column’s first date');

    const session = controlNamed(formOf(FILLED), 'Sessie Baateigenaren', 'Datum sessie');
    const moved = applyChange(FILLED, session, { kind: 'date', iso: '2026-03-17' });
    assert.ok(moved.includes('**Datum sessie:** dinsdag 17 maart 2026, 13:30-15:30\n'));

    const blank = controlNamed(formOf(USER_SHEET), 'Template: Sessie Baateigenaren', 'Datum sessie');
    assert.ok(applyChange(USER_SHEET, blank, { kind: 'date', iso: '2026-12-01' }).includes('**Datum sessie:** 2026-12-01\n'), 'a sheet with no date yet gets YYYY-MM-DD, as New Session writes it');
  });

  it('a CRLF file with a byte order mark keeps both, and every byte elsewhere', () => {
    assert.ok(CRLF_BOM.startsWith('\uFEFF') && CRLF_BOM.includes('\r\n'));
    const owner = controlNamed(formOf(CRLF_BOM), 'Baat 1: Consistente klantbeleving', 'Baateigenaar');
    const named = applyChange(CRLF_BOM, owner, { kind: 'text', value: 'Carla Smit' });
    const change = difference(CRLF_BOM, named);
    assert.ok(!change.removed.includes('\n') && !change.inserted.includes('\n'));
    assert.ok(named.startsWith('\uFEFF# Sessie'));

    const better = controlsUnder(formOf(CRLF_BOM), 'Reflectie facilitator').find((control) => control.label.nl === 'Wat kan beter')!;
    assert.equal(better.kind === 'text' && better.multiline, true);
    const rewritten = applyChange(CRLF_BOM, better, { kind: 'text', value: '- Meer tijd.\n- Eerder rondsturen.' });
    assert.ok(rewritten.includes('**Wat kan beter:**\r\n\r\n- Meer tijd.\r\n- Eerder rondsturen.\r\n\r\n**Signalen'), 'a paragraph of its own, with the sheet’s line breaks');
    const reread = controlsUnder(formOf(rewritten), 'Reflectie facilitator').find((control) => control.label.nl === 'Wat kan beter')!;
    assert.equal(reread.kind === 'text' && reread.value, '- Meer tijd.\n- Eerder rondsturen.');

    const agreements = tableUnder(CRLF_BOM, 'Afspraken');
    const added = applyChange(CRLF_BOM, agreements, { kind: 'addRow', values: ['Nog iets', 'Anna de Wit', 'week 20'] });
    const row = difference(CRLF_BOM, added);
    assert.deepEqual([row.removed, row.inserted.length], ['', '\r\n| Nog iets | Anna de Wit | week 20 |'.length]);
    assert.ok(added.includes('| Nog iets | Anna de Wit | week 20 |\r\n\r\n---'));
    assert.equal(added.replace(/\r\n/g, '').includes('\n'), false, 'no bare line feed');
  });
});
