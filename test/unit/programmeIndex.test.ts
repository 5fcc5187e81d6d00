import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { agreementsByPerson, analyze, builtInTemplates, checkTrack, ProgrammeIndex, type ProgrammeBenefit, type SheetSummary } from '../../src/core/index';
import { repoPath } from '../support/paths';

/*
 * The programme index on the fixture programme (test/fixtures/programme): three rounds of
 * benefit-owner sessions (the user's template, filled in), a small track, and a README that is
 * no sheet. Round 1 is closed; in round 2 benefit 2 moves to Carla with a new check and benefit 5
 * to Anna without one; round 3 (a concept) gives benefit 1 to Bram, whose check asks him.
 */

const ROOT = repoPath('test/fixtures/programme');
const R1 = '2026-03-12-baateigenaren-ronde-1.md';
const R2 = '2026-04-16-baateigenaren-ronde-2.md';
const R3 = '2026-06-11-baateigenaren-ronde-3.md';
const PLAN = 'traject/traject-schulden-en-werk.md';
const KICK_OFF = 'traject/2027-01-12-kick-off.md';
const FILES = [R1, R2, R3, 'README.md', PLAN, KICK_OFF];
const TODAY = { year: 2026, month: 5, day: 15 };
const templates = builtInTemplates().templates;

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

function indexed(): ProgrammeIndex {
  const index = new ProgrammeIndex({ templates });
  for (const file of FILES) index.set(file, read(file));
  return index;
}

const benefit = (index: ProgrammeIndex, number: number): ProgrammeBenefit => index.benefits().find((entry) => entry.number === number)!;
const owners = (entry: ProgrammeBenefit) => entry.history.map((step) => `${step.date} ${step.benefit.owner?.name}`);
const findings = (index: ProgrammeIndex, language: 'nl' | 'en' = 'nl') =>
  index.findings({ language, today: TODAY }).map(({ path: file, finding }) => `${file}:${finding.range.start.line} ${finding.rule}`);

/** The text at a range's start line, to show the summary's places are where the things are. */
const lineAt = (file: string, line: number) => read(file).split('\n')[line - 1];

describe('the programme index (src/core/programme)', function () {
  this.timeout(20_000);

  it('holds a summary of every session sheet, and nothing of a file that is none', () => {
    const index = indexed();
    assert.equal(index.size, 5);
    assert.equal(index.get('README.md'), undefined);
  });

  it('summarises a sheet: template, status, date, programme, benefits, agreements, participants, with their places', () => {
    const sheet = indexed().get(R2)!;
    assert.equal(sheet.template, 'baateigenaren');
    assert.equal(sheet.status, 'gehouden');
    assert.equal(sheet.date, '2026-04-16');
    assert.equal(sheet.dateText, '16 april 2026');
    assert.equal(sheet.title, 'Sessie Baateigenaren: ronde 2');
    assert.equal(sheet.programme, 'Klant in Beeld');
    assert.equal(sheet.traject, undefined);
    assert.equal(sheet.benefits.length, 6);
    const five = sheet.benefits[4];
    assert.deepEqual(
      { number: five.number, title: five.title, owner: five.owner?.name, verdict: five.owner?.verdict, check: five.check, checkNames: five.checkNames, place: five.place.nl },
      { number: 5, title: 'Sterkere klantrelaties', owner: 'Anna de Wit', verdict: 'ok', check: 'other', checkNames: ['Bram Jansen'], place: 'Baat 5 (Sterkere klantrelaties)' },
    );
    assert.deepEqual(five.priorities.map(({ sector, cell }) => `${sector} ${cell.state === 'chosen' ? cell.label : cell.state}`), ['PO Midden', 'VO Hoog', 'ZAK Midden']);
    assert.match(lineAt(R2, five.owner!.range.start.line), /\*\*Baateigenaar:\*\* Anna de Wit/);
    assert.equal(lineAt(R2, five.owner!.range.start.line).slice(five.owner!.range.start.column - 1), 'Anna de Wit');
    // The check a view goes to: here the one that names someone (Bram), at its owner's row; benefit 1 has none.
    assert.equal(lineAt(R2, five.checkRange!.start.line), '| Wie is de eigenaar van deze baat? | Bram Jansen |');
    assert.equal(sheet.benefits[0].checkRange, undefined);
    assert.deepEqual(
      sheet.benefits.map((entry) => `${entry.number} ${entry.owner?.verdict} ${entry.check}`),
      ['1 ok missing', '2 ok open', '3 ok missing', '4 ok missing', '5 ok other', '6 deflected missing'],
    );
    assert.deepEqual(
      sheet.agreements.map((agreement) => ({ text: agreement.text, responsible: agreement.responsible, deadline: agreement.deadline, place: agreement.place?.nl })),
      [
        { text: 'Prioritering toelichten in de sponsorgroep', responsible: 'Bram Jansen', deadline: { kind: 'day', text: '1 mei 2026', due: '2026-05-01' }, place: 'Afspraken, rij 1' },
        { text: 'Businesscase voorbereiden', responsible: 'Anna de Wit', deadline: { kind: 'week', text: 'week 22', due: '2026-05-31', year: 2026, week: 22 }, place: 'Afspraken, rij 2' },
        { text: 'Batenkaart bijwerken', responsible: 'Dirk Vos', deadline: { kind: 'text', text: 'na de zomer' }, place: 'Afspraken, rij 3' },
      ],
    );
    const first = sheet.agreements[0];
    assert.equal(lineAt(R2, first.range.start.line), '| Prioritering toelichten in de sponsorgroep | Bram Jansen | 1 mei 2026 |');
    assert.equal(lineAt(R2, first.deadlineRange.start.line).slice(first.deadlineRange.start.column - 1, first.deadlineRange.end.column - 1), '1 mei 2026');
    assert.deepEqual(
      sheet.participants.map((participant) => `${participant.name}/${participant.role}/${participant.sector}/${participant.present}`),
      ['Anna de Wit/Sectormanager/PO/true', 'Bram Jansen/Sectormanager/VO/true', 'Carla Smit/Sectormanager/ZAK/true', 'Dirk Vos/Programmamanager/-/true'],
    );
    assert.equal(indexed().get(KICK_OFF)!.traject, 'traject-schulden-en-werk.md');
  });

  it('keeps plain data only: a summary survives a structured clone unchanged (a worker can post it), and stays small', () => {
    const sheet = indexed().get(R2)!;
    // structuredClone throws on a function and loses a class: only plain data comes through whole.
    assert.deepEqual(structuredClone(sheet) as SheetSummary, sheet);
    assert.ok(JSON.stringify(sheet).length < 12_000, `${JSON.stringify(sheet).length} characters`);
  });

  it('gives each benefit across the sessions: the current owner from the latest session by date, and its history', () => {
    const index = indexed();
    assert.deepEqual(
      index.benefits().map((entry) => `${entry.key} ${entry.current.benefit.owner?.name || '-'} ${entry.current.benefit.check} ${entry.current.path}`),
      [
        `klant in beeld#1 Bram Jansen unconfirmed ${R3}`,
        `klant in beeld#2 Carla Smit missing ${R3}`,
        `klant in beeld#3 Carla Smit missing ${R3}`,
        `klant in beeld#4 Anna de Wit missing ${R3}`,
        `klant in beeld#5 Anna de Wit confirmed ${R3}`,
        `klant in beeld#6 - missing ${R3}`,
      ],
    );
    assert.deepEqual(owners(benefit(index, 5)), ['2026-03-12 Bram Jansen', '2026-04-16 Anna de Wit', '2026-06-11 Anna de Wit']);
  });

  it('gives every agreement, overdue first, with its group and days from today', () => {
    const list = indexed().agreements(TODAY);
    assert.deepEqual(
      list.map((entry) => `${entry.group} ${entry.days ?? '-'} ${entry.agreement.text}`),
      [
        'overdue -14 Prioritering toelichten in de sponsorgroep',
        'upcoming 16 Businesscase voorbereiden',
        'upcoming 31 Voortgang per baat rapporteren',
        'upcoming 244 Zalen reserveren',
        'upcoming 248 Inwoners werven via het wijkteam',
        'undated - Batenkaart bijwerken',
        'closed -57 Baateigenaarschap vastleggen in het programmaplan',
        'closed -43 Batenprofielen per sector opstellen',
      ],
    );
    // Without a day nothing is overdue or past.
    assert.deepEqual([...new Set(indexed().agreements().map((entry) => entry.group))], ['upcoming', 'undated']);
  });

  it('groups the agreements by person, names matched as owners are, overdue first within each', () => {
    const index = new ProgrammeIndex({ templates });
    for (const file of FILES) index.set(file, read(file));
    // Round 3 writes Carla by her first name alone.
    index.set(R3, read(R3).replace('| Carla Smit | 15 juni |', '| Carla | 15 juni |'));
    assert.equal(index.get(R3)!.agreements[0].responsible, 'Carla');
    assert.deepEqual(
      agreementsByPerson(index.agreements(TODAY)).map((group) => `${group.person}: ${group.agreements.map((entry) => `${entry.group} ${entry.agreement.text}`).join('; ')}`),
      [
        'Anna de Wit: upcoming Businesscase voorbereiden; closed Baateigenaarschap vastleggen in het programmaplan',
        'Bram Jansen: overdue Prioritering toelichten in de sponsorgroep',
        'Carla Smit: upcoming Voortgang per baat rapporteren; closed Batenprofielen per sector opstellen',
        'Daan Koster: upcoming Zalen reserveren',
        'Dirk Vos: undated Batenkaart bijwerken',
        'Roos Groen: upcoming Inwoners werven via het wijkteam',
      ],
    );
  });

  it('runs the track checks and the programme rules from its summaries alone', () => {
    assert.deepEqual(findings(indexed()), [`${KICK_OFF}:11 track-date`, `${R2}:101 owner-changed`, `${R2}:141 agreement-overdue`]);
  });

  it('gives the same track findings as checkTrack on the analyses (test/fixtures/track)', () => {
    const folder = repoPath('test/fixtures/track');
    const files = readdirSync(folder).map((name) => ({ path: `track/${name}`, text: readFileSync(path.join(folder, name), 'utf8') }));
    const index = new ProgrammeIndex({ templates });
    for (const file of files) index.set(file.path, file.text);
    const options = { language: 'en' as const, today: { year: 2027, month: 3, day: 1 } };
    const fromAnalyses = checkTrack(
      files.map((file) => ({ path: file.path, analysis: analyze(file.text, { templates }) })),
      options,
    );
    const fromIndex = index.findings(options).filter(({ finding }) => finding.rule.startsWith('track-'));
    assert.ok(fromAnalyses.length > 0);
    assert.deepEqual(fromIndex, fromAnalyses);
  });

  it('set: re-reads one file (unsaved text too); a file that stops being a sheet leaves', () => {
    const index = indexed();
    const before = index.version;
    // Round 2's check of benefit 5 now asks Anna: owner-changed goes.
    index.set(R2, read(R2).replace('| Wie is de eigenaar van deze baat? | Bram Jansen |', '| Wie is de eigenaar van deze baat? | Anna de Wit |'));
    assert.ok(index.version > before);
    assert.deepEqual(findings(index), [`${KICK_OFF}:11 track-date`, `${R2}:141 agreement-overdue`]);
    assert.equal(index.get(R2)!.benefits[4].check, 'confirmed');
    index.set(R2, '# Notities\n\nGeen sessie meer.\n');
    assert.equal(index.get(R2), undefined);
    assert.equal(index.size, 4);
    assert.deepEqual(owners(benefit(index, 5)), ['2026-03-12 Bram Jansen', '2026-06-11 Anna de Wit']);
  });

  it('delete: the latest session goes, and the one before it gives the current owner again', () => {
    const index = indexed();
    assert.equal(index.delete(R3), true);
    assert.equal(index.delete(R3), false);
    assert.equal(benefit(index, 1).current.benefit.owner?.name, 'Anna de Wit');
    assert.equal(benefit(index, 1).current.path, R2);
    assert.equal(index.agreements(TODAY).length, 7);
  });

  it('rename: the summary moves unread, findings follow it, and references resolve from the new place', () => {
    const index = indexed();
    assert.equal(index.rename(R2, 'archief/ronde-2.md'), true);
    assert.equal(index.get(R2), undefined);
    assert.equal(index.get('archief/ronde-2.md')!.path, 'archief/ronde-2.md');
    assert.deepEqual(findings(index), [`${KICK_OFF}:11 track-date`, 'archief/ronde-2.md:101 owner-changed', 'archief/ronde-2.md:141 agreement-overdue']);
    // The plan moves out of the kick-off's folder: its reference no longer finds it.
    index.rename(PLAN, 'plannen/traject-schulden-en-werk.md');
    assert.deepEqual(findings(index, 'en').filter((finding) => finding.includes('track-')), [`${KICK_OFF}:1 track-plan-missing`]);
    assert.equal(index.rename('nergens.md', 'ergens.md'), false);
  });
});
