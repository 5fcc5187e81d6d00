import type { Form, FormControl } from '../core/form/types';

/*
 * A control's id is its place among its section's siblings, so a heading or row inserted
 * above gives another control that id. A key names a control by what it is: its section's
 * heading, its name, its kind, and which of the controls so named it is. A rebuilt form
 * finds by key the controls a person was typing in.
 */

/** Every control's key, by id. */
export function keysOf(form: Form): Map<string, string> {
  const keys = new Map<string, string>();
  const seen = new Map<string, number>();
  const add = (heading: string, control: FormControl) => {
    const name = `${heading}\n${control.label.nl}\n${control.kind}`;
    const count = seen.get(name) ?? 0;
    seen.set(name, count + 1);
    keys.set(control.id, `${name}\n${count}`);
  };
  for (const section of form.sections) {
    for (const control of section.controls) {
      add(section.heading, control);
      if (control.kind === 'table') for (const row of control.rows) for (const cell of row.cells) add(section.heading, cell);
    }
  }
  return keys;
}

/** Every control's id, by key. */
export function idsOf(form: Form): Map<string, string> {
  return new Map([...keysOf(form)].map(([id, key]) => [key, id]));
}
