/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { WriteWords } from '../vscode/formEditor/writeMessages';
import { conflicts, keepTheirs, writeAnywayMessage, type Conflict } from './basis';
import { element } from './dom';
import type { TypedText } from './host';
import { vscode } from './host';

/*
 * A change that was not written, shown beside its control in the chosen language: that the
 * sheet was changed there meanwhile, what it says now, and the person's own change, with a
 * button to write it anyway and one to keep what the sheet says. Nothing typed is lost.
 */

let lost: { label: string; value: string }[] = [];

/** Typed text whose control the rebuilt form no longer has: shown at the top of the form until dismissed. */
export function keepLost(texts: readonly (TypedText & { entry?: { label: string } })[]): void {
  lost = [...lost, ...texts.filter((text) => text.value !== '').map((text) => ({ label: text.entry?.label ?? text.key.split('\n')[1] ?? '', value: text.value }))];
}

/** Puts every open conflict's note beside its control again (after a patch or a rebuild). */
export function showConflicts(root: HTMLElement, words: WriteWords): void {
  const rerender = () => showConflicts(root, words);
  for (const old of root.querySelectorAll('.conflict')) old.remove();
  for (const [id, entry] of conflicts()) {
    const shown = document.getElementById(id);
    const place = shown?.closest('td, .control');
    const note = noteOf(id, entry.label, entry.conflict, words, rerender);
    if (place) place.append(note);
    else root.prepend(note);
  }
  lost.forEach((one, index) => {
    const dismiss = element('button', { type: 'button' }, words.keepTheirs);
    dismiss.addEventListener('click', () => {
      lost.splice(index, 1);
      rerender();
    });
    root.prepend(element('div', { className: 'conflict', role: 'alert' }, element('p', {}, words.gone), element('p', {}, `${one.label}: `, element('q', {}, one.value)), dismiss));
  });
}

function noteOf(id: string, label: string, conflict: Conflict, words: WriteWords, rerender: () => void): HTMLElement {
  const note = element('div', { className: 'conflict', id: `${id}-conflict` });
  note.setAttribute('role', 'alert');
  note.append(element('p', {}, conflict.now ? words.changedElsewhere.replace('{0}', conflict.now.says) : words.gone));
  note.append(element('p', {}, words.yours.replace('{0}', conflict.yours)));
  if (conflict.now) {
    const write = element('button', { type: 'button' }, words.writeAnyway);
    write.setAttribute('aria-label', `${words.writeAnyway}: ${label}`);
    write.addEventListener('click', () => {
      const message = writeAnywayMessage(id);
      if (message) vscode.postMessage(message);
      rerender();
    });
    note.append(write);
  }
  const keep = element('button', { type: 'button' }, words.keepTheirs);
  keep.setAttribute('aria-label', `${words.keepTheirs}: ${label}`);
  keep.addEventListener('click', () => {
    keepTheirs(id);
    rerender();
  });
  note.append(keep);
  return note;
}
