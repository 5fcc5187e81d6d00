import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { prioritiesSvg, type Priorities, type PriorityCell } from '../../src/core/index';
import { USER_SHEET } from '../support/documents';
import { formOf } from '../support/form';
import { repoPath } from '../support/paths';
import { elementsOf, parseXml, textOf } from '../support/xml';

const FILLED = readFileSync(repoPath('test/fixtures/baateigenaren-filled.md'), 'utf8');
const KICK_OFF = readFileSync(repoPath('test/fixtures/kick-off-filled.md'), 'utf8');

function prioritiesOf(sheet: string): Priorities {
  const { priorities } = formOf(sheet);
  assert.ok(priorities, 'a sheet with benefits has priorities');
  return priorities;
}

/** A cell in a word: the level chosen, `open`, `Hoog+Laag` for two ticked, `-` for no choice. */
function cellKey(cell: PriorityCell): string {
  if (cell.state === 'chosen') return cell.label;
  if (cell.state === 'several') return cell.labels.join('+');
  return cell.state === 'open' ? 'open' : '-';
}

function grid(priorities: Priorities): string[] {
  return priorities.rows.map((row) => `${row.benefit} | ${row.cells.map(cellKey).join(' ')} | ${row.owner?.name ?? '?'} (${row.owner?.verdict})`);
}

/** Replaces one line of a sheet, which must be there. */
function changeLine(sheet: string, from: string, to: string): string {
  assert.ok(sheet.includes(from), `the sheet has "${from}"`);
  return sheet.replace(from, to);
}

describe('the priorities picture', function () {
  this.timeout(20_000);

  it('the user’s blank sheet: six benefits by PO, VO and ZAK, every cell open, no owner yet', () => {
    const priorities = prioritiesOf(USER_SHEET);
    assert.deepEqual(priorities.sectors, ['PO', 'VO', 'ZAK']);
    assert.deepEqual(grid(priorities), [
      'Baat 1: Consistente klantbeleving | open open open |  (missing)',
      'Baat 2: Hogere klanttevredenheid | open open open |  (missing)',
      'Baat 3: Efficiëntere klantprocessen | open open open |  (missing)',
      'Baat 4: Betere klantinzichten | open open open |  (missing)',
      'Baat 5: Sterkere klantrelaties | open open open |  (missing)',
      'Baat 6: Outside-in cultuur | open open open |  (missing)',
    ]);
    assert.deepEqual(priorities.rows[0].owner?.verdictText, { nl: 'nog geen eigenaar', en: 'no owner yet' });
    assert.deepEqual(priorities.scale, [
      { label: 'Hoog', level: 'high' },
      { label: 'Midden', level: 'medium' },
      { label: 'Laag', level: 'low' },
    ]);
  });

  it('the filled sheet: the levels ticked per sector, and the owners', () => {
    const priorities = prioritiesOf(FILLED);
    assert.deepEqual(grid(priorities), [
      'Baat 1: Consistente klantbeleving | Hoog Midden Laag | Anna de Wit (ok)',
      'Baat 2: Hogere klanttevredenheid | Midden Hoog Midden | Bram Jansen (ok)',
      'Baat 3: Efficiëntere klantprocessen | Laag Midden Hoog | Carla Smit (ok)',
      'Baat 4: Betere klantinzichten | Hoog Laag Midden | Anna de Wit (PO) (ok)',
      'Baat 5: Sterkere klantrelaties | Midden Hoog Laag | Bram Jansen (ok)',
      'Baat 6: Outside-in cultuur | Laag Midden Hoog | Carla Smit (ok)',
    ]);
    const first = priorities.rows[0].cells;
    assert.deepEqual(first, [
      { state: 'chosen', label: 'Hoog', level: 'high' },
      { state: 'chosen', label: 'Midden', level: 'medium' },
      { state: 'chosen', label: 'Laag', level: 'low' },
    ]);
  });

  it('two boxes ticked is a cell of its own; an owner handed back to the programme says so', () => {
    let sheet = changeLine(FILLED, '- **PO prioriteit:** [ ] Hoog [x] Midden [ ] Laag\n- **VO prioriteit:** [x] Hoog [ ] Midden [ ] Laag\n- **ZAK prioriteit:** [ ] Hoog [x] Midden [ ] Laag\n- **Baateigenaar:** Bram Jansen', '- **PO prioriteit:** [x] Hoog [ ] Midden [x] Laag\n- **VO prioriteit:** [ ] Hoog [ ] Midden [ ] Laag\n- **ZAK prioriteit:** [ ] Hoog [x] Midden [ ] Laag\n- **Baateigenaar:** Het programma');
    sheet = changeLine(sheet, '- **Baateigenaar:** Carla Smit\n\n### Baat 4', '- **Baateigenaar:** ___\n\n### Baat 4');
    const priorities = prioritiesOf(sheet);
    assert.equal(grid(priorities)[1], 'Baat 2: Hogere klanttevredenheid | Hoog+Laag open Midden | Het programma (deflected)');
    assert.equal(grid(priorities)[2], 'Baat 3: Efficiëntere klantprocessen | Laag Midden Hoog |  (missing)');
    assert.deepEqual(priorities.rows[1].owner?.verdictText, { nl: 'teruggelegd bij het programma', en: 'handed back to the programme' });
  });

  it('a benefit without one sector’s choice has no cell there; a sheet without benefits has no priorities', () => {
    const sheet = changeLine(USER_SHEET, '### Baat 6: Outside-in cultuur\n- **PO prioriteit:** [ ] Hoog [ ] Midden [ ] Laag\n', '### Baat 6: Outside-in cultuur\n');
    assert.equal(grid(prioritiesOf(sheet))[5], 'Baat 6: Outside-in cultuur | - open open |  (missing)');
    assert.equal(formOf(KICK_OFF).priorities, undefined);
  });

  it('the SVG is well-formed XML with a title and description, every benefit, sector and level, and no style attribute', () => {
    const priorities = prioritiesOf(FILLED);
    const svg = prioritiesSvg(priorities, 'nl');
    const root = parseXml(svg);
    assert.equal(root.name, 'svg');
    assert.equal(root.attributes.xmlns, 'http://www.w3.org/2000/svg');
    assert.equal(root.attributes.role, 'img');
    const all = elementsOf(root);
    assert.ok(all.every((element) => !('style' in element.attributes) && element.name !== 'style' && element.name !== 'foreignObject'), 'presentation attributes only');
    const title = all.find((element) => element.name === 'title');
    assert.equal(title && textOf(title), 'Prioriteiten per baat en sector — Sessie Baateigenaren');
    const desc = all.find((element) => element.name === 'desc');
    assert.match(desc ? textOf(desc) : '', /Baat 5: Sterkere klantrelaties: PO Midden, VO Hoog, ZAK Laag; Baateigenaar: Bram Jansen\./);
    const texts = all.filter((element) => element.name === 'text').map(textOf);
    for (const row of priorities.rows) assert.ok(texts.includes(row.benefit), row.benefit);
    for (const sector of ['PO', 'VO', 'ZAK', 'Baat', 'Baateigenaar']) assert.ok(texts.includes(sector), sector);
    assert.equal(texts.filter((words) => words === 'Hoog').length, 6 + 1, 'six cells and the legend');
    assert.ok(texts.includes('meer dan één aangevinkt'), 'the legend names two ticked boxes');
    // Sized from the words: the picture is as wide as they need.
    const width = Number(root.attributes.width);
    const wider = parseXml(prioritiesSvg({ ...priorities, rows: [{ ...priorities.rows[0], benefit: `${priorities.rows[0].benefit} en nog veel meer woorden erachter` }] }, 'nl'));
    assert.ok(Number(wider.attributes.width) > width + 150, `${wider.attributes.width} > ${width} + 150`);
  });

  it('the SVG escapes < and & in the sheet’s words, and speaks English when asked', () => {
    let sheet = changeLine(USER_SHEET, '### Baat 5: Sterkere klantrelaties', '### Baat 5: Klant & partner <samen>');
    sheet = sheet.replace(/\*\*ZAK prioriteit:\*\*/g, '**R&D prioriteit:**');
    const priorities = prioritiesOf(sheet);
    assert.ok(priorities.rows.some((row) => row.benefit.includes('Klant & partner')), grid(priorities).join('\n'));
    assert.deepEqual(priorities.sectors, ['PO', 'VO', 'R&D']);
    const svg = prioritiesSvg(priorities, 'en');
    assert.ok(!svg.includes('& partner') && !svg.includes('R&D'), 'no bare & in the SVG');
    const all = elementsOf(parseXml(svg));
    const texts = all.filter((element) => element.name === 'text').map(textOf);
    assert.ok(texts.some((words) => words.startsWith('Baat 5: Klant & partner')), texts.join(' | '));
    assert.ok(texts.includes('R&D'));
    assert.ok(texts.includes('Benefit owner') && texts.includes('more than one ticked'), 'the picture’s own words in English');
    const title = all.find((element) => element.name === 'title');
    assert.match(title ? textOf(title) : '', /^Priorities by benefit and sector/);
  });
});
