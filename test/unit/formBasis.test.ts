import assert from 'node:assert/strict';
import { basisOf, baseOf, findControl, locateChange, nowSays, sameBase } from '../../src/core/index';
import { USER_SHEET } from '../support/documents';
import { applyChange, controlNamed, formOf } from '../support/form';

// A change carries what the person saw (the control's heading, name and value); it is written
// only where the sheet still shows that, whatever was changed or inserted meanwhile.

const BAAT_4 = 'Baat 4: Betere klantinzichten';
const BAAT_5 = 'Baat 5: Sterkere klantrelaties';

describe('a form change is written only where the sheet still shows what the person saw', function () {
  this.timeout(20_000);

  it('finds the control when nothing changed', () => {
    const form = formOf(USER_SHEET);
    const owner = controlNamed(form, BAAT_5, 'Baateigenaar');
    assert.deepEqual(basisOf(form, owner), { heading: BAAT_5, label: 'Baateigenaar', base: '' });
    const located = locateChange(formOf(USER_SHEET), owner.id, basisOf(form, owner));
    assert.equal(located.type === 'found' && located.control.id, owner.id);
  });

  it('a value changed elsewhere meanwhile is a conflict that says what it is now', () => {
    const form = formOf(USER_SHEET);
    const owner = controlNamed(form, BAAT_5, 'Baateigenaar');
    const elsewhere = applyChange(USER_SHEET, owner, { kind: 'text', value: 'Piet Bakker' });
    const located = locateChange(formOf(elsewhere), owner.id, basisOf(form, owner));
    assert.equal(located.type, 'conflict');
    assert.ok(located.type === 'conflict' && located.now, 'the control is still there');
    assert.equal(located.now.id, owner.id);
    assert.deepEqual(nowSays(located.now), { nl: 'Piet Bakker', en: 'Piet Bakker' });
    // Based on what it says now, the change is found again: that is "write anyway".
    assert.equal(locateChange(formOf(elsewhere), owner.id, { ...basisOf(form, owner), base: baseOf(located.now) }).type, 'found');
  });

  it('a box ticked elsewhere is a conflict for a choice based on the boxes as they were', () => {
    const form = formOf(USER_SHEET);
    const priority = controlNamed(form, BAAT_5, 'PO prioriteit');
    const elsewhere = applyChange(USER_SHEET, priority, { kind: 'choice', option: 2 });
    const located = locateChange(formOf(elsewhere), priority.id, basisOf(form, priority));
    assert.ok(located.type === 'conflict' && located.now);
    assert.deepEqual(baseOf(located.now), [false, false, true]);
    assert.deepEqual(nowSays(located.now), { nl: 'Laag', en: 'Laag' });
    assert.equal(sameBase([false, false, true], [false, false, true]), true);
    assert.equal(sameBase([false], ''), false);
  });

  it('after a heading inserted above, the old id names Baat 4’s owner, and the change is not written there', () => {
    const form = formOf(USER_SHEET);
    const owner = controlNamed(form, BAAT_5, 'Baateigenaar');
    const inserted = USER_SHEET.replace('## De 6 Baten van Klant in Beeld', '## Voorbereiding\n\nLees de baten vooraf.\n\n## De 6 Baten van Klant in Beeld');
    const after = formOf(inserted);
    // The danger: the same id now is another control with the same name and the same empty value.
    const atOldId = findControl(after, owner.id);
    assert.ok(atOldId && atOldId.label.nl === 'Baateigenaar' && baseOf(atOldId) === '');
    assert.notEqual(atOldId.id, controlNamed(after, BAAT_5, 'Baateigenaar').id);
    assert.equal(controlNamed(after, BAAT_4, 'Baateigenaar').id, owner.id);

    const located = locateChange(after, owner.id, basisOf(form, owner));
    assert.equal(located.type, 'conflict');
    // It tells where the control went: Baat 5's owner, at its new id.
    assert.equal(located.type === 'conflict' && located.now?.id, controlNamed(after, BAAT_5, 'Baateigenaar').id);
  });

  it('a table is found by its heading and name, whatever its rows', () => {
    const form = formOf(USER_SHEET);
    const table = controlNamed(form, 'Afspraken', 'Afspraken');
    assert.equal(table.kind, 'table');
    const added = applyChange(USER_SHEET, table, { kind: 'addRow', values: [] });
    assert.equal(locateChange(formOf(added), table.id, basisOf(form, table)).type, 'found');
    assert.equal(locateChange(undefined, table.id, basisOf(form, table)).type, 'conflict', 'no form (no longer a sheet), no place to write');
  });
});
