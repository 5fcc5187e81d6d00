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
