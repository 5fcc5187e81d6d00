import assert from 'node:assert/strict';
import { buildForm, type Form, type FormControl } from '../../src/core/index';
import { analyzeSheet } from './documents';

export function formOf(text: string): Form {
  const form = buildForm(analyzeSheet(text));
  assert.ok(form, 'a session sheet has a form');
  return form;
}

/** The controls of a section (by its heading) and of its tables' cells, in order. */
export function controlsUnder(form: Form, heading: string): FormControl[] {
  const section = form.sections.find((candidate) => candidate.heading === heading);
  assert.ok(section, `a section "${heading}"`);
  return section.controls.flatMap((control) => (control.kind === 'table' ? [control, ...control.rows.flatMap((row) => row.cells)] : [control]));
}

/** The one control under a heading with this Dutch label. */
export function controlNamed(form: Form, heading: string, label: string): FormControl {
  const found = controlsUnder(form, heading).filter((control) => control.label.nl === label);
  assert.equal(found.length, 1, `one control "${label}" under "${heading}", found ${found.length}`);
  return found[0];
}
