import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtInTemplates, daysBetween, endOfIsoWeek, ProgrammeIndex, readDeadline, relativeDays, type Day } from '../../src/core/index';
import { repoPath } from '../support/paths';

/* The rules across a programme's sheets, on the fixture programme (see programmeIndex.test.ts). */

const ROOT = repoPath('test/fixtures/programme');
const R1 = '2026-03-12-baateigenaren-ronde-1.md';
const R2 = '2026-04-16-baateigenaren-ronde-2.md';
const R3 = '2026-06-11-baateigenaren-ronde-3.md';
const templates = builtInTemplates().templates;
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

function programme(texts: Readonly<Record<string, string>> = {}): ProgrammeIndex {
  const index = new ProgrammeIndex({ templates });
  for (const file of [R1, R2, R3]) index.set(file, texts[file] ?? read(file));
  return index;
}

const found = (index: ProgrammeIndex, rule: string, options: { language?: 'nl' | 'en'; today?: Day; severities?: Record<string, 'off' | 'error'> } = {}) =>
  index
    .findings({ language: options.language ?? 'nl', today: options.today ?? { year: 2026, month: 5, day: 15 }, severities: options.severities })
    .filter(({ finding }) => finding.rule === rule)
    .map(({ path: file, finding }) => `${file}:${finding.range.start.line}:${finding.range.start.column} ${finding.severity} ${finding.message}`);

describe('the programme rules', function () {
  this.timeout(20_000);

  describe('owner-changed', () => {
    it('finds a new owner without a check that names them, at the owner in the later sheet, in either language', () => {
      assert.deepEqual(found(programme(), 'owner-changed'), [
        `${R2}:101:21 warning Baat 5 (Sterkere klantrelaties): de eigenaar is nu Anna de Wit; in de sessie van 12 maart 2026 (${R1}) was dat Bram Jansen. Geen eigenaarschapscheck in deze sessie noemt Anna de Wit.`,
      ]);
      assert.deepEqual(found(programme(), 'owner-changed', { language: 'en' }), [
        `${R2}:101:21 warning Benefit 5 (Sterkere klantrelaties): the owner is now Anna de Wit; in the session of 12 maart 2026 (${R1}) it was Bram Jansen. No ownership check in this session names Anna de Wit.`,
      ]);
    });

    it('finds nothing when the later session checks the new owner (benefit 2 in round 2, benefit 1 in round 3)', () => {
      const fixed = read(R2).replace('| Wie is de eigenaar van deze baat? | Bram Jansen |', '| Wie is de eigenaar van deze baat? | Anna |');
      assert.deepEqual(found(programme({ [R2]: fixed }), 'owner-changed'), []);
    });

    it('compares with the last session that named someone: an ownerless or handed-back round in between is passed over', () => {
      // Round 3 gives benefit 6 to Bram; round 2 handed it back to the programme; round 1 had Carla.
      const r3 = read(R3).replace(/(### Baat 6: Outside-in cultuur\n(?:- .*\n){3})- \*\*Baateigenaar:\*\* ___/, '$1- **Baateigenaar:** Bram Jansen');
      assert.deepEqual(
        found(programme({ [R3]: r3 }), 'owner-changed').map((finding) => finding.slice(0, finding.indexOf(' warning'))),
        [`${R2}:101:21`, `${R3}:107:21`],
      );
      assert.match(found(programme({ [R3]: r3 }), 'owner-changed')[1], /nu Bram Jansen; in de sessie van 12 maart 2026 .* was dat Carla Smit/);
    });

    it('does not compare sheets of another programme, or sessions on the same day', () => {
      // Round 2 of another programme: round 3 follows round 1, where benefit 2 was still Bram's.
      const other = read(R2).replace('**Programma:** Klant in Beeld', '**Programma:** Dienstverlening Dichtbij');
      assert.deepEqual(
        found(programme({ [R2]: other }), 'owner-changed').map((finding) => finding.slice(0, finding.indexOf(':', finding.indexOf(' warning ')))),
        [`${R3}:83:21 warning Baat 2 (Hogere klanttevredenheid)`],
      );
      const sameDay = read(R2).replace('**Datum sessie:** 16 april 2026', '**Datum sessie:** 12 maart 2026');
      assert.deepEqual(found(programme({ [R2]: sameDay }), 'owner-changed'), []);
    });

    it('follows the severity set for it, off included', () => {
      assert.match(found(programme(), 'owner-changed', { severities: { 'owner-changed': 'error' } })[0], / error /);
      assert.deepEqual(found(programme(), 'owner-changed', { severities: { 'owner-changed': 'off' } }), []);
    });
  });

  describe('agreement-overdue', () => {
    it('finds a passed deadline in a session not closed, at the deadline, with how late in words', () => {
      assert.deepEqual(found(programme(), 'agreement-overdue'), [
        `${R2}:141:62 warning Afspraken, rij 1: de deadline 1 mei 2026 van "Prioritering toelichten in de sponsorgroep" (Bram Jansen) is voorbij: 2 weken te laat. Werk de afspraak bij, of zet de sessie op afgerond.`,
      ]);
      assert.deepEqual(found(programme(), 'agreement-overdue', { language: 'en' }), [
        `${R2}:141:62 warning Agreements, row 1: the deadline 1 mei 2026 of "Prioritering toelichten in de sponsorgroep" (Bram Jansen) has passed: 2 weeks overdue. Update the agreement, or set the session to afgerond.`,
      ]);
    });

    it('finds none in a closed session (round 1 is afgerond), none on the day itself, none without a day', () => {
      assert.ok(!found(programme(), 'agreement-overdue', { today: { year: 2026, month: 12, day: 1 } }).some((finding) => finding.startsWith(R1)));
      assert.deepEqual(found(programme(), 'agreement-overdue', { today: { year: 2026, month: 5, day: 1 } }), []);
      const index = programme();
      assert.deepEqual(
        index.findings({ language: 'nl' }).filter(({ finding }) => finding.rule === 'agreement-overdue'),
        [],
      );
    });

    it('counts a week as on time up to its Sunday, and a day without a year in the session’s year', () => {
      const lines = (today: Day) => found(programme(), 'agreement-overdue', { today }).map((finding) => finding.slice(finding.indexOf('de deadline')));
      // Week 22 of 2026 ends on Sunday 31 May.
      assert.ok(!lines({ year: 2026, month: 5, day: 31 }).some((line) => line.includes('week 22')));
      assert.ok(lines({ year: 2026, month: 6, day: 1 }).some((line) => line.startsWith('de deadline week 22 van "Businesscase voorbereiden" (Anna de Wit) is voorbij: gisteren.')));
      // Round 3's "15 juni" is 15 June 2026 (its session is in June 2026).
      assert.ok(lines({ year: 2026, month: 6, day: 18 }).some((line) => line.startsWith('de deadline 15 juni van "Voortgang per baat rapporteren" (Carla Smit) is voorbij: 3 dagen te laat.')));
    });
  });

  describe('days', () => {
    it('reads deadlines: a day, a week, text; a day or week without a year in the session’s year or the next', () => {
      assert.deepEqual(readDeadline('1-12-2026', '2026-03-01'), { kind: 'day', text: '1-12-2026', due: '2026-12-01' });
      assert.deepEqual(readDeadline('15 januari', '2026-12-10'), { kind: 'day', text: '15 januari', due: '2027-01-15' });
      assert.deepEqual(readDeadline('wk 2', '2026-12-10'), { kind: 'week', text: 'wk 2', due: '2027-01-17', year: 2027, week: 2 });
      assert.deepEqual(readDeadline('15 januari', undefined), { kind: 'text', text: '15 januari' });
      assert.deepEqual(readDeadline('z.s.m.', '2026-12-10'), { kind: 'text', text: 'z.s.m.' });
      assert.deepEqual(readDeadline('  ', '2026-12-10'), { kind: 'none', text: '' });
    });

    it('finds the Sunday of an ISO week, across year ends', () => {
      assert.equal(endOfIsoWeek(2026, 1), '2026-01-04');
      assert.equal(endOfIsoWeek(2026, 53), '2027-01-03');
      assert.equal(endOfIsoWeek(2027, 1), '2027-01-10');
      assert.equal(daysBetween('2026-03-29', '2026-03-30'), 1); // across the change to summer time
    });

    it('says a distance in days in words, in both languages', () => {
      const cases: [number, string, string][] = [
        [0, 'vandaag', 'today'],
        [1, 'morgen', 'tomorrow'],
        [-1, 'gisteren', 'yesterday'],
        [3, 'over 3 dagen', 'in 3 days'],
        [-13, '13 dagen te laat', '13 days overdue'],
        [14, 'over 2 weken', 'in 2 weeks'],
        [-20, '3 weken te laat', '3 weeks overdue'],
        [92, 'over 3 maanden', 'in 3 months'],
      ];
      for (const [days, nl, en] of cases) assert.deepEqual([relativeDays(days, 'nl'), relativeDays(days, 'en')], [nl, en], String(days));
      assert.equal(relativeDays(-57, 'nl', 'ago'), '8 weken geleden');
    });
  });
});
