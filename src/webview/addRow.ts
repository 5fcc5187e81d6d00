/// <reference lib="dom" />
import type { Form, TableControl } from '../core/form/types';
import { changeMessage } from './basis';
import { element } from './dom';
import { vscode } from './host';
import { writeWords } from './words';

/*
 * Every table gets a button that writes a new row at its end. When the form with that row
 * arrives, focus goes to its first empty box, so the person types straight on.
 */

/** The table a row was added to (by name) and how many rows it had; undefined when none is awaited. */
let awaited: { label: string; rows: number } | undefined;

export function addRowButton(table: TableControl): HTMLElement | undefined {
  const words = writeWords();
  if (!words) return undefined;
  const name = table.tableKind === 'agreements' ? words.addAgreement : table.tableKind === 'agenda' ? words.addAgendaItem : words.addRow;
  const button = element('button', { type: 'button', id: `${table.id}-add`, className: 'add-row' }, name);
  button.addEventListener('click', () => {
    awaited = { label: table.label.nl, rows: table.rows.length };
    vscode.postMessage(changeMessage(table.id, { kind: 'addRow', values: [] }));
  });
  return button;
}

/** After a form is shown: the new row's first empty text, date or owner box takes the focus. */
export function focusAddedRow(form: Form): void {
  if (!awaited) return;
  const { label, rows } = awaited;
  const table = form.sections.flatMap((section) => section.controls).find((control): control is TableControl => control.kind === 'table' && control.label.nl === label);
  if (!table || table.rows.length <= rows) return;
  awaited = undefined;
  const cell = table.rows[rows].cells.find((one) => (one.kind === 'text' || one.kind === 'owner' || one.kind === 'date') && one.value === '');
  const target = cell && document.getElementById(cell.id);
  target?.focus();
  target?.scrollIntoView({ block: 'nearest' });
}
