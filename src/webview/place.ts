/// <reference lib="dom" />
import type { Form } from '../core/form/types';
import { carryIn, carryOut, typedTexts } from './basis';
import { keepLost } from './conflict';
import { vscode, type TypedText } from './host';
import { idsOf, keysOf } from './keys';

/*
 * Keeps the person's place: a rebuilt form (its shape changed) is scrolled where it was, with
 * focus, caret and typed text back in their controls, found by key, not by id. VS Code reloads
 * the page of a hidden panel when it is shown again; the webview state carries the same over.
 */

/** The state saved before the panel was hidden, for the first form after the page loaded. */
let saved = vscode.getState();
let current: Form | undefined;

interface Place {
  readonly scrollY: number;
  readonly focusKey: string | undefined;
  readonly focusId: string | undefined;
  readonly caret: readonly [number | null, number | null] | undefined;
  readonly carried: readonly TypedText[];
}

function placeNow(): Place {
  if (!current && saved) {
    const { scrollY, focus, typed } = saved;
    saved = undefined;
    return { scrollY, focusKey: focus, focusId: undefined, caret: undefined, carried: typed };
  }
  const focused = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : undefined;
  const caret = focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement ? ([selection(focused, 'start'), selection(focused, 'end')] as const) : undefined;
  return { scrollY: window.scrollY, focusKey: current && focused ? keysOf(current).get(focused.id) : undefined, focusId: focused?.id, caret, carried: carryOut(current) };
}

/** Shows a form in place of the one shown: `build` replaces the page; the place is kept. */
export function rebuildInPlace(form: Form, build: () => void): void {
  const place = placeNow();
  build();
  current = form;
  keepLost(carryIn(form, place.carried));
  const id = (place.focusKey && idsOf(form).get(place.focusKey)) || place.focusId;
  const again = id ? document.getElementById(id) : null;
  if (again) {
    again.focus({ preventScroll: true });
    const [start, end] = place.caret ?? [null, null];
    if (start !== null && (again instanceof HTMLInputElement || again instanceof HTMLTextAreaElement)) {
      try {
        again.setSelectionRange(start, end);
      } catch {
        // Date inputs and checkboxes have no caret.
      }
    }
  }
  window.scrollTo(0, place.scrollY);
  saveState();
}

/** The form shown was patched: it is the current one. */
export function patchedInPlace(form: Form): void {
  current = form;
}

/** The page shows no form. */
export function noForm(): void {
  current = undefined;
}

function selection(field: HTMLInputElement | HTMLTextAreaElement, end: 'start' | 'end'): number | null {
  try {
    return end === 'start' ? field.selectionStart : field.selectionEnd;
  } catch {
    return null;
  }
}

function saveState(): void {
  if (!current) return;
  const focused = document.activeElement;
  vscode.setState({ scrollY: window.scrollY, focus: focused?.id ? keysOf(current).get(focused.id) : undefined, typed: typedTexts(current) });
}

let savePending = false;
function saveSoon(): void {
  if (savePending) return;
  savePending = true;
  requestAnimationFrame(() => {
    savePending = false;
    saveState();
  });
}

// Whatever a person does (scroll, move focus, type) is saved, so a reload finds it.
for (const event of ['scroll', 'focusin', 'input']) window.addEventListener(event, saveSoon, { passive: true });
