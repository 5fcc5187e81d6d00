import assert from 'node:assert/strict';
import type { Finding } from '../../src/core/index';
import { analyzeSheet, applyEdits, joinLines } from '../support/documents';

const TITLE = '# Sessie Baateigenaren';

function participants(...rows: [string, string, string][]): string[] {
  return ['## Deelnemers', '', '| Naam | Rol | Sector | Aanwezig |', '|------|-----|--------|----------|', ...rows.map(([name, role, sector]) => `| ${name} | ${role} | ${sector} | [x] |`), ''];
}

function findingOf(text: string, rule: string): Finding {
  const finding = analyzeSheet(text).findings.find((candidate) => candidate.rule === rule);
  assert.ok(finding, `expected a ${rule} finding`);
  return finding;
}

function rulesOf(text: string): string[] {
  return analyzeSheet(text).findings.map((finding) => `${finding.range.start.line} ${finding.rule}`);
}

describe('fixes are built when asked for, in linear size', function () {
  this.timeout(20_000);

  it('a line of 1,000 ticked boxes: 1,000 fixes built on first read, each editing only its own box and the ticked ones', () => {
    const options = Array.from({ length: 1000 }, (_, index) => `[${index < 999 ? 'x' : ' '}] O${index}`).join(' ');
    const text = joinLines(TITLE, '', '### Baat 1: X', `- **PO prioriteit:** ${options}`, '');
    const started = performance.now();
    const finding = findingOf(text, 'choice-multiple');
    assert.equal(typeof Object.getOwnPropertyDescriptor(finding, 'fixes')?.get, 'function', 'fixes is a getter, computed on first read');
    assert.equal(finding.fixes.length, 1000);
    const last = finding.fixes[999];
    assert.equal(typeof Object.getOwnPropertyDescriptor(last, 'edits')?.get, 'function', 'each fix builds its edits when read');
    assert.equal(last.edits.length, 1000, 'tick the last box, clear the 999 ticked ones');
    assert.equal(finding.fixes[0].edits.length, 998, 'the first box is ticked already: clear the 998 others');
    assert.equal(finding.fixes, finding.fixes, 'computed once');
    assert.ok(performance.now() - started < 5000);
  });

  it('owner fixes are not built for a sheet nobody asks fixes of (600 benefits × 600 sector managers)', () => {
    const people = Array.from({ length: 600 }, (_, index): [string, string, string] => [`Persoon ${index}`, 'Sectormanager', 'PO']);
    const benefits = Array.from({ length: 600 }, (_, index) => [`### Baat ${index + 1}: B${index}`, '- **Baateigenaar:** ___', '']).flat();
    const analysis = analyzeSheet(joinLines(TITLE, '', ...participants(...people), ...benefits));
    const missing = analysis.findings.filter((finding) => finding.rule === 'owner-missing');
    assert.equal(missing.length, 600);
    assert.ok(missing.every((finding) => typeof Object.getOwnPropertyDescriptor(finding, 'fixes')?.get === 'function'));
    assert.equal(missing[0].fixes.length, 600);
  });
});

describe('fixes that fix', function () {
  this.timeout(20_000);

  it('an agenda across midnight: 23:50 + 15 min = 00:05 is accepted, and a fix across it removes its finding', () => {
    const agenda = (...rows: string[]) => joinLines(TITLE, '', '| Tijd | Onderdeel | Duur |', '|---|---|---|', ...rows, '');
    assert.deepEqual(rulesOf(agenda('| 23:50 | Opening | 15 min |', '| 00:05 | Uitleg | 20 min |', '| 00:25 | Slot | 10 min |')).filter((key) => key.endsWith('agenda-time')), []);
    const wrong = agenda('| 23:50 | Opening | 15 min |', '| 00:10 | Uitleg | 20 min |', '| 00:30 | Slot | 10 min |');
    const finding = findingOf(wrong, 'agenda-time');
    const fixed = applyEdits(wrong, finding.fixes[0].edits);
    assert.equal(fixed, agenda('| 23:50 | Opening | 15 min |', '| 00:05 | Uitleg | 20 min |', '| 00:25 | Slot | 10 min |'));
    assert.deepEqual(rulesOf(fixed).filter((key) => key.endsWith('agenda-time')), []);
  });

  it('an agreement row without a responsible cell: the fix adds the cell instead of writing into the agreement', () => {
    const sheet = (...rows: string[]) => joinLines(TITLE, '', ...participants(['Anna de Wit', 'Sectormanager', 'PO']), '## Afspraken', '', '| Afspraak | Verantwoordelijke | Deadline |', '|---|---|---|', ...rows, '');
    for (const [row, expected] of [
      ['| Rapport delen |', '| Rapport delen | Anna de Wit |'],
      ['| Rapport delen', '| Rapport delen | Anna de Wit |'],
    ]) {
      const text = sheet(row);
      const finding = findingOf(text, 'agreement-incomplete');
      assert.match(finding.message, /lacks a responsible person and a deadline/);
      const fixed = applyEdits(text, finding.fixes[0].edits);
      assert.equal(fixed, sheet(expected));
      assert.match(findingOf(fixed, 'agreement-incomplete').message, /"Rapport delen" lacks a deadline\.$/);
    }
  });

  it('owner "Bram Jansen" is the sector manager, not the programme manager "Bram"; a fix never offers the name already there', () => {
    const people = participants(['Bram', 'Programmamanager', '-'], ['Bram Jansen', 'Sectormanager', 'VO'], ['Anna de Wit', 'Sectormanager', 'PO']);
    const sheet = (owner: string) => joinLines(TITLE, '', ...people, '### Baat 1: X', `- **Baateigenaar:** ${owner}`, '');
    assert.deepEqual(rulesOf(sheet('Bram Jansen')).filter((key) => key.includes('owner-')), []);
    assert.deepEqual(rulesOf(sheet('Bram Jansen (VO)')).filter((key) => key.includes('owner-')), []);
    const deflected = findingOf(sheet('Bram'), 'owner-deflected');
    assert.deepEqual(deflected.fixes.map((fix) => fix.title), ['Make Bram Jansen (Sectormanager, VO) the owner', 'Make Anna de Wit (Sectormanager, PO) the owner']);
    const fixed = applyEdits(sheet('Bram'), deflected.fixes[0].edits);
    assert.deepEqual(rulesOf(fixed).filter((key) => key.includes('owner-')), []);
  });

  it('an owner fix never offers a participant whose name is one of the programme’s ("Programmateam")', () => {
    const people = participants(['Programmateam', 'Sectormanager', '-'], ['Anna de Wit', 'Sectormanager', 'PO']);
    const text = joinLines(TITLE, '', ...people, '### Baat 1: X', '- **Baateigenaar:** ___', '');
    assert.deepEqual(findingOf(text, 'owner-missing').fixes.map((fix) => fix.title), ['Make Anna de Wit (Sectormanager, PO) the owner']);
  });
});
