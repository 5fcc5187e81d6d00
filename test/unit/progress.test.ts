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
    assert.deepEqual(progress.items[0], {
      kind: 'field',
      done: true,
      label: 'Programma',
      place: undefined,
      range: { start: { line: 3, column: 1 }, end: { line: 3, column: 15 } },
      target: { start: { line: 3, column: 16 }, end: { line: 3, column: 30 } },
      section: 1,
    });
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

describe('progress items: which, and where to type', () => {
  const items = analyzeSheet(USER_SHEET).progress!.items;
  const lines = USER_SHEET.split('\n');
  /** The text a range covers (on one line). */
  const covered = (range: { start: { line: number; column: number }; end: { line: number; column: number } }) =>
    lines[range.start.line - 1].slice(range.start.column - 1, range.end.column - 1);
  const at = (line: number) => items.find((item) => item.range.start.line === line)!;

  it('name their place as findings do', () => {
    assert.deepEqual(at(69).place, { nl: 'Baat 1 (Consistente klantbeleving)', en: 'Benefit 1 (Consistente klantbeleving)' });
    assert.deepEqual(at(72).place, { nl: 'Baat 1 (Consistente klantbeleving)', en: 'Benefit 1 (Consistente klantbeleving)' });
    assert.deepEqual(at(25).place, { nl: 'Deelnemers, rij 2', en: 'Participants, row 2' });
    assert.deepEqual(at(38).place, { nl: 'Kernvragen', en: 'Kernvragen' });
    assert.deepEqual(at(125).place, { nl: 'Afspraken, rij 1', en: 'Agreements, row 1' });
    assert.equal(at(4).place, undefined, 'a header field under the title');
  });

  it('target the characters to select: a blank or placeholder, the first box, a task’s box, the name cell, the owner’s blank', () => {
    assert.equal(covered(at(4).target), '[invullen]', 'a field with a placeholder');
    assert.equal(covered(at(38).target), '___', 'an answer field');
    assert.equal(covered(at(69).target), '[ ]', 'a choice: its first box');
    assert.equal(at(69).target.start.column, lines[68].indexOf('[ ] Hoog') + 1);
    assert.equal(covered(at(72).target), '___', 'an owner');
    assert.equal(at(72).kind, 'owner');
    assert.equal(covered(at(133).target), '[ ]', 'a task');
    assert.equal(covered(at(24).target), '[Naam]', 'a participant: the name cell');
    const reflection = at(142);
    assert.equal(reflection.kind, 'field');
    assert.deepEqual(reflection.target.start, reflection.target.end, 'an empty field: a position');
    assert.equal(reflection.target.start.column, '**Wat ging goed:**'.length + 1, 'right after the label');
  });

  it('label a participant by role and sector until named, then by name', () => {
    assert.deepEqual(
      items.filter((item) => item.kind === 'participant').map((item) => item.label),
      ['Sectormanager PO', 'Sectormanager VO', 'Sectormanager ZAK', 'Programmamanager'],
    );
    const named = analyzeSheet(USER_SHEET.replace('| [Naam] | Sectormanager | VO |', '| Bram Jansen | Sectormanager | VO |')).progress!.items;
    assert.equal(named.filter((item) => item.kind === 'participant')[1].label, 'Bram Jansen');
  });

  it('an agreement targets its first open cell; an empty owner field the place after its label', () => {
    const sheet = joinLines(
      '# Sessie Baateigenaren',
      '',
      '### Baat 1: Klantbeleving',
      '- **Baateigenaar:**',
      '',
      '| Afspraak | Verantwoordelijke | Deadline |',
      '|---|---|---|',
      '| Vastleggen | | 1-12-2026 |',
      '',
    );
    const progress = analyzeSheet(sheet).progress!;
    const agreement = progress.items.find((item) => item.kind === 'agreement')!;
    assert.deepEqual(agreement.target.start, { line: 8, column: 15 });
    const owner = progress.items.find((item) => item.kind === 'owner')!;
    assert.deepEqual(owner.target, { start: { line: 4, column: 20 }, end: { line: 4, column: 20 } });
    assert.deepEqual(progress.owners.lacking[0].target, owner.target);
  });
});
