import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildForm, findControl, formEdits } from '../../src/core/index';
import { positionAt } from '../../src/core/source';
import { analyzeSheet, USER_SHEET } from '../support/documents';
import { applyChange, controlsUnder, difference, formOf } from '../support/form';
import { repoPath } from '../support/paths';

// "Afspraak toevoegen": a new empty row at the end of the agreements table is an agreement like
// any other, so its Verantwoordelijke is an owner combobox and its Deadline a date input, and
// filling each writes only that cell.

const FILLED = readFileSync(repoPath('test/fixtures/baateigenaren-filled.md'), 'utf8');

function agreementsOf(text: string) {
  const table = controlsUnder(formOf(text), 'Afspraken')[0];
  assert.ok(table.kind === 'table' && table.tableKind === 'agreements', 'the agreements table');
  return table;
}

describe('adding an agreement row in the form', function () {
  this.timeout(20_000);

  it('writes one empty row after the last; its owner and deadline are filled in one cell each', () => {
    const table = agreementsOf(USER_SHEET);
    // One edit: a line break and an empty row, right after the last row.
    const analysis = analyzeSheet(USER_SHEET);
    const lastRowEnd = USER_SHEET.indexOf('| | | |\n\n---') + '| | | |'.length;
    const end = positionAt(analysis.source, lastRowEnd);
    assert.deepEqual(formEdits(analysis.source, findControl(buildForm(analysis)!, table.id)!, { kind: 'addRow', values: [] }), [{ range: { start: end, end }, newText: '\n| | | |' }]);
    const added = applyChange(USER_SHEET, table, { kind: 'addRow', values: [] });
    assert.equal(added, `${USER_SHEET.slice(0, lastRowEnd)}\n| | | |${USER_SHEET.slice(lastRowEnd)}`);

    const row = agreementsOf(added).rows[3];
    assert.deepEqual(
      row.cells.map((cell) => cell.kind),
      ['text', 'owner', 'date'],
    );
    const [, responsible, deadline] = row.cells;
    const owned = applyChange(added, responsible, { kind: 'text', value: 'Anna de Wit' });
    const rowStart = added.lastIndexOf('\n| | | |') + 1;
    assert.deepEqual(difference(added, owned), { at: rowStart + 4, removed: '', inserted: 'Anna de Wit ' });
    assert.ok(owned.includes('| | | |\n| | Anna de Wit | |\n\n---'));

    // The sheet writes no date yet, so a date is written as New Session writes one.
    const dated = applyChange(owned, agreementsOf(owned).rows[3].cells[2], { kind: 'date', iso: '2026-04-01' });
    assert.deepEqual(difference(owned, dated).inserted, '2026-04-01 ');
    assert.ok(dated.includes('| | Anna de Wit | 2026-04-01 |\n\n---'));
    assert.equal(deadline.kind, 'date');
  });

  it('in a sheet that writes dates, a new row’s deadline is written the way its column writes them', () => {
    const added = applyChange(FILLED, agreementsOf(FILLED), { kind: 'addRow', values: [] });
    const deadline = agreementsOf(added).rows.at(-1)!.cells[2];
    assert.equal(deadline.kind, 'date');
    const dated = applyChange(added, deadline, { kind: 'date', iso: '2026-04-09' });
    const change = difference(added, dated);
    assert.equal(change.removed, '');
    assert.match(change.inserted, /^09-04-2026 ?$/);
    assert.ok(dated.includes('| | | 09-04-2026 |\n'));
  });
});
