import assert from 'node:assert/strict';
import { applyFixes, buildForm, findControl, formEdits, type Form, type FormChange, type FormControl } from '../../src/core/index';
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
  return section.controls.flatMap<FormControl>((control) => (control.kind === 'table' ? [control, ...control.rows.flatMap((row) => row.cells)] : [control]));
}

/** The one control under a heading with this Dutch label. */
export function controlNamed(form: Form, heading: string, label: string): FormControl {
  const found = controlsUnder(form, heading).filter((control) => control.label.nl === label);
  assert.equal(found.length, 1, `one control "${label}" under "${heading}", found ${found.length}`);
  return found[0];
}

/** Writes one change into the sheet as the editor would (the file's line breaks and byte order mark kept). */
export function applyChange(text: string, control: FormControl, change: FormChange): string {
  const analysis = analyzeSheet(text);
  const fresh = findControl(buildForm(analysis)!, control.id);
  assert.ok(fresh, `control ${control.id} still there`);
  const edits = formEdits(analysis.source, fresh, change);
  assert.ok(edits.length > 0, 'the change edits something');
  const { text: result, applied } = applyFixes(text, [{ title: 'form', edits, preferred: false }]);
  assert.equal(applied, 1);
  return result;
}

/** What differs between two texts: the removed and inserted characters at the one place they differ. */
export function difference(before: string, after: string): { at: number; removed: string; inserted: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { at: start, removed: before.slice(start, before.length - end), inserted: after.slice(start, after.length - end) };
}
