import { text, type Text } from '../i18n/text';
import { findControl } from './find';
import type { Form, FormControl } from './types';

/*
 * A person changes what the form showed them. By the time the change is written the sheet
 * may have moved on (the text editor beside it, git, another form view), and a control's id
 * is only its place in the sheet. So a change carries what it was based on, and is written
 * only where the sheet still shows that.
 */

/** What a control showed: a value's text (text, date, owner), or which boxes were ticked (checkbox, choice). */
export type FormBase = string | readonly boolean[];

/**
 * What a change was based on: the heading of the control's section and the control's name
 * (in Dutch), which say which control it is, and what it showed; a table has no base.
 */
export interface ChangeBasis {
  readonly heading: string;
  readonly label: string;
  readonly base: FormBase | undefined;
}

export function baseOf(control: FormControl): FormBase | undefined {
  switch (control.kind) {
    case 'text':
    case 'date':
    case 'owner':
      return control.value;
    case 'checkbox':
      return [control.checked];
    case 'choice':
      return control.options.map((option) => option.checked);
    case 'table':
    case 'prose':
      return undefined;
  }
}

export function basisOf(form: Form, control: FormControl): ChangeBasis {
  return { heading: headingOf(form, control.id) ?? '', label: control.label.nl, base: baseOf(control) };
}

/** The heading of the section a control is in (ids start with their section's). */
export function headingOf(form: Form, id: string): string | undefined {
  return form.sections.find((section) => id.startsWith(`${section.id}.`))?.heading;
}

export function sameBase(a: FormBase | undefined, b: FormBase | undefined): boolean {
  if (typeof a === 'string' || typeof b === 'string' || a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((checked, index) => checked === b[index]);
}

/** Where a change may be written, or why not: the control as the sheet has it now, if it still has it. */
export type Located = { readonly type: 'found'; readonly control: FormControl } | { readonly type: 'conflict'; readonly now: FormControl | undefined };

/**
 * The control a change was made in, if the sheet still shows it as the person saw it. Else a
 * conflict, with the control as it is now: the one at the id when it is the same control (its
 * value changed), else the one control elsewhere under that heading with that name and the
 * same kind of base (a heading or row above it came or went), else none.
 */
export function locateChange(form: Form | undefined, id: string, basis: ChangeBasis): Located {
  if (!form) return { type: 'conflict', now: undefined };
  const atId = findControl(form, id);
  if (atId && atId.label.nl === basis.label && headingOf(form, id) === basis.heading) {
    return sameBase(baseOf(atId), basis.base) ? { type: 'found', control: atId } : { type: 'conflict', now: atId };
  }
  const named = allControls(form).filter(({ heading, control }) => heading === basis.heading && control.label.nl === basis.label && sameShape(baseOf(control), basis.base));
  return { type: 'conflict', now: named.length === 1 ? named[0].control : undefined };
}

/** What a control says now, in words, to show beside a change that was not written. */
export function nowSays(control: FormControl): Text {
  switch (control.kind) {
    case 'text':
    case 'date':
    case 'owner':
      return control.value === '' ? text('(leeg)', '(empty)') : text(control.value, control.value);
    case 'checkbox':
      return control.checked ? text('aangevinkt', 'ticked') : text('niet aangevinkt', 'not ticked');
    case 'choice': {
      const chosen = control.options.filter((option) => option.checked).map((option) => option.label);
      return chosen.length === 0 ? text('niets gekozen', 'nothing chosen') : text(chosen.join(', '), chosen.join(', '));
    }
    case 'table':
      return text(`${control.rows.length} rijen`, `${control.rows.length} rows`);
    case 'prose':
      // Read-only, so never a change's conflict: its first words name it.
      return control.label;
  }
}

function sameShape(a: FormBase | undefined, b: FormBase | undefined): boolean {
  if (typeof a === 'string' || typeof b === 'string') return typeof a === typeof b;
  return a === undefined || b === undefined ? a === b : a.length === b.length;
}

function allControls(form: Form): { heading: string; control: FormControl }[] {
  return form.sections.flatMap(({ heading, controls }) =>
    controls.flatMap<FormControl>((control) => (control.kind === 'table' ? [control, ...control.rows.flatMap((row) => row.cells)] : [control])).map((control) => ({ heading, control })),
  );
}
