/// <reference lib="dom" />
import type { ProseControl } from '../core/form/types';

/*
 * The sheet's own text between the controls, read-only. Its HTML was sanitised where it was
 * made (no script, no event handlers, no images), and the page's policy runs no inline script
 * and loads nothing remote besides.
 */

/** The HTML each shown item was last given, so a patch rewrites only text that changed. */
const shownHtml = new WeakMap<Element, string>();

export function proseItem(control: ProseControl, findings: HTMLElement): HTMLElement {
  const text = document.createElement('div');
  text.className = 'prose';
  text.id = control.id;
  fill(text, control.html);
  const item = document.createElement('div');
  item.className = 'prose-item';
  item.append(text, findings);
  return item;
}

/** Puts the text's new HTML in place when it changed, without rebuilding the form. */
export function patchProse(shown: Element, control: ProseControl): void {
  if (shownHtml.get(shown) !== control.html) fill(shown, control.html);
}

function fill(target: Element, html: string): void {
  const template = document.createElement('template');
  template.innerHTML = html;
  target.replaceChildren(template.content);
  shownHtml.set(target, html);
}

/**
 * A link in the text never navigates the view: a click asks the extension to open it (a web
 * page after VS Code's own confirmation, a file of the workspace in an editor). A link within
 * the page (`#…`) does nothing, since the form has no such anchors.
 */
export function openLinksThrough(root: HTMLElement, open: (href: string) => void): void {
  const follow = (event: MouseEvent) => {
    const link = event.target instanceof Element ? event.target.closest('.prose a') : null;
    // A middle click opens a link too; the right button is the context menu's.
    if (!link || (event.type === 'auxclick' && event.button !== 1)) return;
    // Stopped here, so the webview's own handler neither navigates nor opens it as well.
    event.preventDefault();
    event.stopPropagation();
    const href = link.getAttribute('href');
    if (href && !href.startsWith('#')) open(href);
  };
  root.addEventListener('click', follow);
  root.addEventListener('auxclick', follow);
}
