/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { FormFinding } from '../core/form/types';
import type { FixesMessage, FixTitle } from '../vscode/formEditor/writeMessages';
import { element } from './dom';
import { vscode } from './host';
import { writeWords } from './words';

/*
 * A finding's quick fixes as buttons beside it, preferred first. They arrive after the form
 * (built in the worker for a large sheet), for one version of the text; a click sends that
 * version along, and the extension applies the fix only to that text.
 */

let known: { version: number; byFinding: Map<number, readonly FixTitle[]> } = { version: -1, byFinding: new Map() };
let formVersion = -1;

/** A form for the text at `version` is being shown: only fixes for that text fit its findings. */
export function fixesFor(version: number): void {
  formVersion = version;
}

/**
 * A finding as the Problems panel shows it, with its fixes' buttons once they are known; not
 * beside a radio group or a box, whose options and tick are those fixes already ("Kies Hoog").
 */
export function findingLine(finding: FormFinding, withFixes = true): HTMLElement {
  const line = element('p', { className: `finding ${finding.severity}` }, finding.message);
  line.dataset.finding = String(finding.index);
  if (!withFixes) line.dataset.noFixes = 'true';
  addButtons(line, finding.index, finding.message);
  return line;
}

/** The fixes arrived: every finding of the form there is gets its buttons. */
export function fixesArrived(message: FixesMessage): void {
  known = { version: message.version, byFinding: new Map(message.fixes.map((entry) => [entry.finding, entry.titles])) };
  for (const line of document.querySelectorAll<HTMLElement>('[data-finding]')) {
    line.querySelector('.fixes')?.remove();
    addButtons(line, Number(line.dataset.finding), line.firstChild?.textContent ?? '');
  }
}

function addButtons(line: HTMLElement, index: number, message: string): void {
  // Fixes of another text would name other findings by the same index.
  const titles = known.version === formVersion && !line.dataset.noFixes ? known.byFinding.get(index) : undefined;
  const words = writeWords();
  if (!titles || !words) return;
  const group = element('span', { className: 'fixes' });
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', words.fixesOf.replace('{0}', message));
  for (const title of titles) {
    const button = element('button', { type: 'button', className: title.preferred ? 'preferred' : '' }, title.title);
    button.addEventListener('click', () => vscode.postMessage({ type: 'fix', version: known.version, finding: index, fix: title.fix, title: title.title }));
    group.append(button);
  }
  line.append(' ', group);
}
