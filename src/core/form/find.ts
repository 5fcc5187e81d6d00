import type { Form, FormControl } from './types';

/** The control with an id, a table's cells included; undefined when the sheet no longer has it. */
export function findControl(form: Form, id: string): FormControl | undefined {
  for (const section of form.sections) {
    for (const control of section.controls) {
      if (control.id === id) return control;
      if (control.kind !== 'table' || !id.startsWith(`${control.id}.`)) continue;
      for (const row of control.rows) for (const cell of row.cells) if (cell.id === id) return cell;
    }
  }
  return undefined;
}
