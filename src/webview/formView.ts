/// <reference lib="dom" />
import type { CellControl, Form, FormChange, FormControl, FormFinding, FormSection, TableControl } from '../core/form/types';
import type { Language } from '../core/i18n/text';
import type { FormViewWords, FromView, ToView } from '../vscode/formEditor/messages';
import { openLinksThrough, patchProse, proseItem } from './prose';

/*
 * The form view's page. Plain DOM: the form is a handful of native controls (inputs, radio
 * groups, checkboxes, a datalist), which already have the roles, keyboard behaviour and
 * accessible names a person and a screen reader expect; a framework would add weight to the
 * bundle and nothing the form needs.
 */

declare function acquireVsCodeApi(): { postMessage(message: FromView): void };
const vscode = acquireVsCodeApi();
const root = document.getElementById('form')!;
let shape = '';

function send(id: string, change: FormChange): void {
  vscode.postMessage({ type: 'change', id, change });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const made = Object.assign(document.createElement(tag), properties);
  made.append(...children);
  return made;
}

/** A holder's findings, in a box of their own that a patch refills. */
function findings(id: string, list: readonly FormFinding[]): HTMLElement {
  const box = element('div', { id: `${id}-findings` });
  fillFindings(box, list);
  return box;
}

function fillFindings(box: HTMLElement, list: readonly FormFinding[]): void {
  box.replaceChildren(...list.map((finding) => element('p', { className: `finding ${finding.severity}` }, finding.message)));
}

function patchFindings(id: string, list: readonly FormFinding[]): void {
  const box = document.getElementById(`${id}-findings`);
  if (box) fillFindings(box, list);
}

/** The input of a text, date or owner control; its id is the control's, so focus can be found again. */
function input(control: CellControl, name: string): HTMLElement | undefined {
  switch (control.kind) {
    case 'text': {
      const field = control.multiline ? element('textarea', { rows: 3 }) : element('input', { type: 'text' });
      Object.assign(field, { id: control.id, value: control.value, placeholder: control.hint });
      field.setAttribute('aria-label', name);
      // On commit (Enter, leaving the field), not on every key: one edit, one undo step.
      field.addEventListener('change', () => send(control.id, { kind: 'text', value: field.value }));
      return field;
    }
    case 'date': {
      const field = element('input', { type: 'date', id: control.id, value: control.iso ?? '' });
      field.setAttribute('aria-label', name);
      field.addEventListener('change', () => field.value && send(control.id, { kind: 'date', iso: field.value }));
      return field;
    }
    case 'owner': {
      // An input with a list is a combobox: the participants are offered, free text is allowed.
      const listId = `${control.id}-candidates`;
      const field = element('input', { type: 'text', id: control.id, value: control.value, placeholder: control.hint });
      field.setAttribute('list', listId);
      field.setAttribute('role', 'combobox');
      field.setAttribute('aria-label', name);
      const candidates = [...control.candidates].sort((a, b) => Number(b.preferred) - Number(a.preferred));
      const list = element('datalist', { id: listId }, ...candidates.map((candidate) => element('option', { value: candidate.name, label: [candidate.role, candidate.sector].filter(Boolean).join(', ') })));
      field.addEventListener('change', () => send(control.id, { kind: 'text', value: field.value }));
      const wrapper = element('span', {}, field, list);
      return wrapper;
    }
    case 'checkbox': {
      const box = element('input', { type: 'checkbox', id: control.id, checked: control.checked });
      box.setAttribute('aria-label', name);
      box.addEventListener('change', () => send(control.id, { kind: 'checkbox', checked: box.checked }));
      return box;
    }
    case 'choice':
      return undefined;
  }
}

function choice(control: CellControl & { kind: 'choice' }, name: string, words: FormViewWords): HTMLElement {
  const group = element('fieldset', { id: control.id });
  group.setAttribute('role', 'radiogroup');
  group.setAttribute('aria-label', name);
  control.options.forEach((option, index) => {
    const radio = element('input', { type: 'radio', name: control.id, id: `${control.id}-${index}`, checked: option.checked });
    radio.addEventListener('change', () => radio.checked && send(control.id, { kind: 'choice', option: index }));
    group.append(element('label', {}, radio, ` ${option.label}`));
  });
  const clear = element('button', { type: 'button', id: `${control.id}-clear` }, words.clear);
  clear.setAttribute('aria-label', `${words.clear}: ${name}`);
  clear.addEventListener('click', () => send(control.id, { kind: 'choice', option: undefined }));
  group.append(clear);
  return group;
}

function cellControl(control: CellControl, name: string, words: FormViewWords): HTMLElement | undefined {
  return control.kind === 'choice' ? choice(control, name, words) : input(control, name);
}

function labelled(control: CellControl, language: Language, words: FormViewWords): HTMLElement | undefined {
  const name = control.label[language];
  const made = cellControl(control, name, words);
  if (!made) return undefined;
  const block = element('div', { className: 'control' });
  if (control.kind !== 'choice') block.append(element('label', { htmlFor: control.id }, name));
  else block.append(element('p', { ariaHidden: 'true' }, element('strong', {}, name)));
  block.append(made);
  if (control.kind === 'owner') block.append(element('p', { className: 'verdict' }, control.verdictText[language]));
  block.append(findings(control.id, control.findings));
  return block;
}

function table(control: TableControl, language: Language, words: FormViewWords): HTMLElement {
  const head = element('thead', {}, element('tr', {}, ...control.columns.map((column) => element('th', { scope: 'col' }, column))));
  const rows = control.rows.map((row) =>
    element('tr', { id: row.id }, ...row.cells.map((cell) => element('td', {}, ...[cellControl(cell, cell.label[language], words)].filter((made): made is HTMLElement => made !== undefined)))),
  );
  const grid = element('table', {}, head, element('tbody', {}, ...rows));
  grid.setAttribute('aria-label', control.label[language]);
  return element('div', { className: 'control' }, grid, findings(control.id, control.findings));
}

function control(made: FormControl, language: Language, words: FormViewWords): HTMLElement | undefined {
  if (made.kind === 'prose') return proseItem(made, findings(made.id, made.findings));
  return made.kind === 'table' ? table(made, language, words) : labelled(made, language, words);
}

function progressText(part: FormSection, words: FormViewWords): string {
  return words.progress.replace('{0}', String(part.done)).replace('{1}', String(part.total));
}

function section(part: FormSection, language: Language, words: FormViewWords): HTMLElement {
  const region = element('section', { id: part.id });
  if (part.depth > 0) {
    const heading = element(`h${Math.min(part.depth, 6)}` as 'h2', { id: `${part.id}-heading` }, part.heading);
    region.setAttribute('aria-labelledby', heading.id);
    region.append(heading);
  }
  if (part.total > 0) region.append(element('p', { className: 'progress' }, progressText(part, words)));
  region.append(findings(part.id, part.findings));
  for (const one of part.controls) {
    const made = control(one, language, words);
    if (made) region.append(made);
  }
  return region;
}

/** The ids of everything, in order: when they stay, the values are patched in place. */
function shapeOf(form: Form, language: Language): string {
  const ids: string[] = [language];
  const walk = (one: FormControl) => {
    ids.push(one.id, one.kind);
    if (one.kind === 'table') for (const row of one.rows) for (const cell of row.cells) walk(cell);
    if (one.kind === 'choice') ids.push(String(one.options.length));
  };
  for (const part of form.sections) {
    ids.push(part.id, part.heading);
    part.controls.forEach(walk);
  }
  return ids.join('\n');
}

/** Writes the new values into the controls there are, leaving the one being typed in alone. */
function patch(form: Form, words: FormViewWords): void {
  const focused = document.activeElement;
  const walk = (one: FormControl) => {
    if (one.kind === 'table') {
      patchFindings(one.id, one.findings);
      for (const row of one.rows) row.cells.forEach(walk);
      return;
    }
    patchFindings(one.id, one.findings);
    const shown = document.getElementById(one.id);
    if (!shown) return;
    if (one.kind === 'choice') one.options.forEach((option, index) => ((document.getElementById(`${one.id}-${index}`) as HTMLInputElement | null)!.checked = option.checked));
    else if (one.kind === 'checkbox') (shown as HTMLInputElement).checked = one.checked;
    else if (one.kind === 'prose') patchProse(shown, one);
    else if (shown !== focused) (shown as HTMLInputElement).value = one.kind === 'date' ? (one.iso ?? '') : one.value;
  };
  for (const part of form.sections) {
    part.controls.forEach(walk);
    patchFindings(part.id, part.findings);
    const progress = document.querySelector(`#${CSS.escape(part.id)} > .progress`);
    if (progress) progress.textContent = progressText(part, words);
  }
}

function render(message: ToView): void {
  const { form, language, words } = message;
  document.documentElement.lang = language;
  if (!form) {
    shape = '';
    const open = element('button', { type: 'button' }, words.openAsText);
    open.addEventListener('click', () => vscode.postMessage({ type: 'openAsText' }));
    root.replaceChildren(element('p', {}, words.notASheet), open);
    return;
  }
  const next = shapeOf(form, language);
  if (next === shape) {
    patch(form, words);
    return;
  }
  // A rebuild keeps the focused control (by id) and its caret.
  const focused = document.activeElement as HTMLInputElement | null;
  const focusedId = focused?.id;
  const caret = focused && 'selectionStart' in focused ? [focused.selectionStart, focused.selectionEnd] : undefined;
  shape = next;
  root.replaceChildren(...form.sections.map((part) => section(part, language, words)));
  const again = focusedId ? (document.getElementById(focusedId) as HTMLInputElement | null) : null;
  if (again) {
    again.focus();
    if (caret && caret[0] !== null && typeof again.setSelectionRange === 'function') {
      try {
        again.setSelectionRange(caret[0], caret[1]);
      } catch {
        // Date inputs and checkboxes have no caret.
      }
    }
  }
}

openLinksThrough(root, (href) => vscode.postMessage({ type: 'openLink', href }));
window.addEventListener('message', (event: MessageEvent<ToView>) => {
  if (event.data?.type === 'form') render(event.data);
});
vscode.postMessage({ type: 'ready' });
