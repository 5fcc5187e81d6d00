import assert from 'node:assert/strict';
import { analyzeSheet, joinLines, USER_SHEET } from '../support/documents';

describe('progress', () => {
  it('counts every place to fill in the user sheet once, by kind', () => {
    const progress = analyzeSheet(USER_SHEET).progress!;
    assert.deepEqual(progress.byKind, {
      field: { done: 4, total: 14 },
      participant: { done: 0, total: 4 },
      choice: { done: 0, total: 18 },
      owner: { done: 0, total: 6 },
      check: { done: 0, total: 4 },
      agreement: { done: 0, total: 1 },
      task: { done: 0, total: 4 },
    });
    assert.equal(progress.done, 4);
    assert.equal(progress.total, 51);
  });

  it('gives each section its own count, including its subsections, and lists open items in document order', () => {
    const progress = analyzeSheet(USER_SHEET).progress!;
    const benefits = progress.sections.find((section) => section.title === 'De 6 Baten van Klant in Beeld')!;
    assert.deepEqual({ done: benefits.done, total: benefits.total, depth: benefits.depth }, { done: 0, total: 24, depth: 2 });
    const first = progress.sections.find((section) => section.title === 'Baat 1: Consistente klantbeleving')!;
    assert.equal(first.parent, benefits.index);
    assert.deepEqual({ done: first.done, total: first.total }, { done: 0, total: 4 });
    const lines = progress.items.map((item) => item.range.start.line);
    assert.deepEqual(lines, [...lines].sort((a, b) => a - b));
    assert.deepEqual(progress.items[0], { kind: 'field', done: true, label: 'Programma', range: { start: { line: 3, column: 1 }, end: { line: 3, column: 15 } }, section: 1 });
  });

  it('rises as the sheet is filled in', () => {
    const before = analyzeSheet(USER_SHEET).progress!;
    const filled = USER_SHEET.replace('**Datum sessie:** [invullen]', '**Datum sessie:** 12 maart 2026')
      .replace('- **PO prioriteit:** [ ] Hoog', '- **PO prioriteit:** [x] Hoog')
      .replace('1. [ ] Baateigenaarschap', '1. [x] Baateigenaarschap');
    const after = analyzeSheet(filled).progress!;
    assert.equal(after.total, before.total);
    assert.equal(after.done, before.done + 3);
  });

  it('counts an agreement per filled row, and one open place when there is none', () => {
    const table = (...rows: string[]) => joinLines('# Sessie Baateigenaren', '', '| Afspraak | Verantwoordelijke | Deadline |', '|---|---|---|', ...rows, '');
    assert.deepEqual(analyzeSheet(table('| | | |', '| | | |')).progress!.byKind.agreement, { done: 0, total: 1 });
    assert.deepEqual(analyzeSheet(table('| Vastleggen | Anna | 1-12-2026 |', '| Plannen | | |', '| | | |')).progress!.byKind.agreement, { done: 1, total: 2 });
  });
});

describe('owners in progress', () => {
  const participants = [
    '## Deelnemers',
    '',
    '| Naam | Rol | Sector | Aanwezig |',
    '|------|-----|--------|----------|',
    '| Anna de Wit | Sectormanager | PO | [x] |',
    '| Bram Jansen | Sectormanager | VO | [ ] |',
    '| Dirk Vos | Programmamanager | - | [x] |',
    '',
  ];
  const benefit = (number: number, owner: string) => [`### Baat ${number}: Baat nummer ${number}`, `- **Baateigenaar:** ${owner}`, ''];
  const sheet = (...owners: string[]) => joinLines('# Sessie Baateigenaren', '', ...participants, ...owners.flatMap((owner, index) => benefit(index + 1, owner)));

  it('counts an owner done only when it is a participant (present or not): not the programme, its manager, a stranger or no name', () => {
    const progress = analyzeSheet(sheet('Het programma', 'Dirk Vos', 'Eva Bakker', 'x', 'Anna de Wit', 'Bram Jansen', '___')).progress!;
    assert.deepEqual(progress.byKind.owner, { done: 2, total: 7 });
    assert.equal(progress.owners.benefits, 7);
    assert.deepEqual(
      progress.owners.lacking.map((gap) => [gap.number, gap.verdict]),
      [
        [1, 'deflected'],
        [2, 'deflected'],
        [3, 'unknown'],
        [4, 'junk'],
        [7, 'missing'],
      ],
    );
    const [first] = progress.owners.lacking;
    assert.equal(first.title, 'Baat nummer 1');
    assert.deepEqual(first.place, { nl: 'Baat 1 (Baat nummer 1)', en: 'Benefit 1 (Baat nummer 1)' });
    assert.deepEqual(first.range, { start: { line: 12, column: 21 }, end: { line: 12, column: 34 } }, 'the owner as written');
  });

  it('each of a deflected owner, a programme manager, a stranger and a single letter is open on its own', () => {
    for (const owner of ['Het programma', 'Dirk Vos', 'Eva Bakker', 'x']) {
      const progress = analyzeSheet(sheet(owner)).progress!;
      assert.deepEqual(progress.byKind.owner, { done: 0, total: 1 }, owner);
      assert.equal(progress.owners.lacking.length, 1, owner);
    }
    assert.deepEqual(analyzeSheet(sheet('Anna')).progress!.owners.lacking, [], 'a first name alone is the participant');
  });

  it('a benefit without an owner field lacks an owner at its heading', () => {
    const progress = analyzeSheet(joinLines('# Sessie Baateigenaren', '', '### Baat 1: Zonder veld', '')).progress!;
    assert.deepEqual(progress.owners.lacking.map((gap) => [gap.verdict, gap.range.start.line]), [['missing', 3]]);
  });
});
