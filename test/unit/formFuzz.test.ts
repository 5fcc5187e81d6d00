import assert from 'node:assert/strict';
import { applyFixes, buildForm, formEdits, type Form, type FormChange, type FormControl } from '../../src/core/index';
import { analyzeSheet } from '../support/documents';
import { excerpt, mutate, seededRandom, seedSheets } from '../support/fuzz';

/*
 * The form is built for whatever a person opens, half-typed sheets included: over fixed
 * mutated excerpts of the seed sheets (the fuzz suite's), building it never throws, every
 * finding is shown once, ids are unique, and a change to a random control applies cleanly
 * and can be read again.
 */
const RUN = { seed: 20261212, sheets: 300 } as const;

function leaves(form: Form): FormControl[] {
  return form.sections.flatMap((section) => section.controls.flatMap<FormControl>((control) => (control.kind === 'table' ? [control, ...control.rows.flatMap((row) => row.cells)] : [control])));
}

function someChange(control: FormControl, random: () => number): FormChange {
  switch (control.kind) {
    case 'choice':
      return { kind: 'choice', option: random() < 0.2 ? undefined : Math.floor(random() * control.options.length) };
    case 'checkbox':
      return { kind: 'checkbox', checked: !control.checked };
    case 'date':
      return random() < 0.5 ? { kind: 'date', iso: '2027-02-28' } : { kind: 'text', value: 'week 9' };
    case 'table':
      return { kind: 'addRow', values: ['a | b', 'c'] };
    default:
      return { kind: 'text', value: random() < 0.5 ? 'Anna de Wit' : 'twee\nregels | en een pijp' };
  }
}

describe(`the form on fuzzed sheets (seed ${RUN.seed}, ${RUN.sheets} excerpts, fixed)`, function () {
  this.timeout(60_000);

  it('builds without throwing, shows every finding once, and writes a random change that reads back', () => {
    const random = seededRandom(RUN.seed);
    const seeds = seedSheets();
    let forms = 0;
    let changes = 0;
    for (let count = 0; count < RUN.sheets; count++) {
      const text = mutate(excerpt(seeds[Math.floor(random() * seeds.length)], random), random);
      const analysis = analyzeSheet(text);
      const form = buildForm(analysis);
      if (!form) continue;
      forms++;
      const controls = leaves(form);
      const ids = controls.map((control) => control.id);
      assert.equal(new Set(ids).size, ids.length, 'unique ids');
      const shown = [...form.sections.flatMap((section) => section.findings), ...controls.flatMap((control) => [...control.findings, ...(control.kind === 'table' ? control.rows.flatMap((row) => row.findings) : [])])];
      assert.equal(shown.length, analysis.findings.length, 'every finding once');
      assert.deepEqual(structuredClone(form), form);
      // Prose is read-only: a person changes only the others.
      const editable = controls.filter((control) => control.kind !== 'prose');
      if (editable.length === 0) continue;
      const control = editable[Math.floor(random() * editable.length)];
      const edits = formEdits(analysis.source, control, someChange(control, random));
      const lines = analysis.source.lineStarts.length;
      for (const edit of edits) assert.ok(edit.range.start.line >= 1 && edit.range.end.line <= lines, 'inside the document');
      if (edits.length === 0) continue;
      const { text: after, applied } = applyFixes(text, [{ title: 'form', edits, preferred: false }]);
      assert.equal(applied, 1);
      assert.ok(buildForm(analyzeSheet(after)), 'still a sheet with a form');
      changes++;
    }
    assert.ok(forms > RUN.sheets * 0.8, `${forms} forms`);
    assert.ok(changes > RUN.sheets * 0.5, `${changes} changes`);
  });
});
