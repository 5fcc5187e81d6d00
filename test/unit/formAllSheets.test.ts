import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { buildForm, findControl, formEdits, toSourceText, type Form, type FormChange, type FormControl } from '../../src/core/index';
import { analyzeSheet } from '../support/documents';
import { applyChange, difference } from '../support/form';
import { repoPath } from '../support/paths';

/** Every fixture that is a session sheet, of every built-in template. */
const SHEETS = readdirSync(repoPath('test/fixtures'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ name, text: readFileSync(repoPath('test/fixtures', name), 'utf8') }))
  .filter(({ text }) => analyzeSheet(text).session !== undefined);

type Editable = Exclude<FormControl, { kind: 'prose' }>;

/** One control of each kind per section, table cells included, prose not (it is read-only): what a person could touch first. */
function sampleControls(form: Form): Editable[] {
  return form.sections.flatMap((section) => {
    const seen = new Set<string>();
    const all = section.controls.flatMap<FormControl>((control) => (control.kind === 'table' ? [control, ...control.rows.flatMap((row) => row.cells)] : [control]));
    return all.filter((control): control is Editable => {
      if (control.kind === 'prose') return false;
      const key = `${control.kind}${'agendaChain' in control && control.agendaChain ? ' agenda' : ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });
}

/** A change a person could make to a control, and what the control shows once the sheet is read again. */
function probe(control: Editable): { change: FormChange; shows: (fresh: FormControl | undefined) => boolean } {
  switch (control.kind) {
    case 'text':
    case 'owner':
      // A lone blank or placeholder, once filled in, is no longer a place to fill in.
      return { change: { kind: 'text', value: 'Proef 7' }, shows: (fresh) => (fresh === undefined && control.slot.type === 'gap') || (fresh !== undefined && 'value' in fresh && fresh.value.includes('Proef 7')) };
    case 'date':
      return { change: { kind: 'date', iso: '2027-01-15' }, shows: (fresh) => fresh?.kind === 'date' && fresh.iso === '2027-01-15' };
    case 'checkbox':
      return { change: { kind: 'checkbox', checked: !control.checked }, shows: (fresh) => fresh?.kind === 'checkbox' && fresh.checked !== control.checked };
    case 'choice': {
      const option = control.options.findIndex((candidate) => !candidate.checked);
      return { change: { kind: 'choice', option }, shows: (fresh) => fresh?.kind === 'choice' && fresh.options.map((candidate) => candidate.checked).join() === control.options.map((_, index) => index === option).join() };
    }
    case 'table':
      return { change: { kind: 'addRow', values: ['Proef 7'] }, shows: (fresh) => fresh?.kind === 'table' && fresh.rows.length === control.rows.length + 1 };
  }
}

/** The first and last offset a control's edits may touch: its value, its boxes, or where its new row goes. */
function placeOf(control: Editable): [number, number] {
  switch (control.kind) {
    case 'choice':
      return [control.options[0].box.start, control.options.at(-1)!.box.end];
    case 'checkbox':
      return [control.box.start, control.box.end];
    case 'table':
      // A line inserted after the last row reads the same as one inserted before the line break after it.
      return [control.addRow.at, control.addRow.at + 1];
    default: {
      const { slot } = control;
      const span = slot.type === 'field' ? slot.valueSpan : slot.type === 'cell' ? slot.contentSpan : slot.span;
      return [span.start, span.end];
    }
  }
}

describe('the form on every sheet of every template', function () {
  this.timeout(60_000);

  it('finds the fixtures of all six templates', () => {
    assert.ok(SHEETS.length >= 12, `${SHEETS.length} sheets`);
  });

  for (const { name, text } of SHEETS) {
    it(`${name}: each kind of control, changed, edits one place and reads back as changed`, () => {
      const form = buildForm(analyzeSheet(text))!;
      const controls = sampleControls(form);
      assert.ok(controls.length > 0);
      for (const control of controls) {
        const { change, shows } = probe(control);
        const after = applyChange(text, control, change);
        const { at, removed, inserted } = difference(toSourceText(text).text, toSourceText(after).text);
        assert.ok(removed.length + inserted.length > 0);
        // An agenda duration also moves the start times below it; everything else stays inside its own place.
        if (!(control.kind === 'text' && control.agendaChain)) {
          const [start, end] = placeOf(control);
          assert.ok(start <= at && at + removed.length <= end, `${name} ${control.id}: changed ${at}–${at + removed.length}, outside ${start}–${end}`);
        }
        const fresh = findControl(buildForm(analyzeSheet(after))!, control.id);
        assert.ok(shows(fresh), `${name} ${control.id} (${control.kind} ${control.label.nl}) after ${JSON.stringify(change)}`);
      }
    });
  }

  it('a change that does not fit its control edits nothing', () => {
    const analysis = analyzeSheet(SHEETS[0].text);
    const form = buildForm(analysis)!;
    const choice = sampleControls(form).find((control) => control.kind === 'choice');
    assert.ok(choice);
    assert.deepEqual(formEdits(analysis.source, choice, { kind: 'text', value: 'x' }), []);
  });
});
