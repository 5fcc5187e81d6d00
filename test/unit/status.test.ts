import assert from 'node:assert/strict';
import { setStatusEdit, shiftSeverity } from '../../src/core/index';
import { analyzeSheet, applyEdits, joinLines } from '../support/documents';

const sheet = (status?: string) =>
  joinLines(
    ...(status === undefined ? [] : ['---', `status: ${status}`, '---']),
    '# Sessie Baateigenaren',
    '',
    '- [ ] Plannen',
    '- **PO prioriteit:** [x] Hoog [x] Laag',
    '',
    '### Baat 1: Klantbeleving',
    '- **Baateigenaar:** ___',
    '',
  );

const levels = (status?: string, statusShifts?: Record<string, number>) =>
  Object.fromEntries(analyzeSheet(sheet(status), { statusShifts }).findings.map((finding) => [finding.rule, finding.severity]));

describe('session status', () => {
  it('shifts a severity within error…hint', () => {
    assert.equal(shiftSeverity('warning', 1), 'error');
    assert.equal(shiftSeverity('error', 1), 'error');
    assert.equal(shiftSeverity('info', -1), 'hint');
    assert.equal(shiftSeverity('hint', -1), 'hint');
  });

  it('without front matter, or with an unknown status, the defaults apply', () => {
    const defaults = { 'task-open': 'info', 'choice-multiple': 'error', 'owner-missing': 'warning' };
    assert.deepEqual(levels(), defaults);
    assert.deepEqual(levels('gehouden'), defaults);
    assert.deepEqual(levels('misschien'), defaults);
  });

  it('concept shows open items one level lower; defects keep their level', () => {
    assert.deepEqual(levels('concept'), { 'task-open': 'hint', 'choice-multiple': 'error', 'owner-missing': 'info' });
  });

  it('afgerond raises open items one level, so open ownership stands out as an error', () => {
    assert.deepEqual(levels('afgerond'), { 'task-open': 'warning', 'choice-multiple': 'error', 'owner-missing': 'error' });
  });

  it('levels per status are configurable', () => {
    assert.deepEqual(levels('afgerond', { afgerond: 0 }), { 'task-open': 'info', 'choice-multiple': 'error', 'owner-missing': 'warning' });
  });

  it('the analysis says the status', () => {
    assert.equal(analyzeSheet(sheet('concept')).status, 'concept');
    assert.equal(analyzeSheet(sheet()).status, undefined);
  });
});

describe('setting the status', () => {
  const apply = (text: string, status: 'concept' | 'gehouden' | 'afgerond') => applyEdits(text, [setStatusEdit(text, status)]);

  it('changes only the value of an existing status line', () => {
    const text = joinLines('---', 'template: baateigenaren', 'status: concept', '---', '# Sessie', '');
    const edit = setStatusEdit(text, 'afgerond');
    assert.deepEqual(edit, { range: { start: { line: 3, column: 9 }, end: { line: 3, column: 16 } }, newText: 'afgerond' });
    assert.equal(apply(text, 'afgerond'), text.replace('status: concept', 'status: afgerond'));
  });

  it('adds a status line to front matter without one, and front matter to a sheet without it', () => {
    const withFrontMatter = joinLines('---', 'template: baateigenaren', '---', '# Sessie', '');
    assert.equal(apply(withFrontMatter, 'gehouden'), joinLines('---', 'template: baateigenaren', 'status: gehouden', '---', '# Sessie', ''));
    assert.equal(apply('# Sessie Baateigenaren\n', 'concept'), '---\nstatus: concept\n---\n# Sessie Baateigenaren\n');
  });
});
