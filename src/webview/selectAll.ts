/// <reference lib="dom" />

/**
 * Ctrl+A (⌘A on a Mac) in a form field selects the field's text, once. VS Code's webview also
 * hands every key that reaches the page's window to the workbench, whose Select All comes back
 * as a command a moment later and selects the field again: on a busy machine after the person
 * typed on, so the letters typed in between were selected and typed over ('arla' for 'Carla').
 * Stopped at the field, the browser's own select-all is the only one.
 */
export function keepSelectAllInFields(page: Document): void {
  page.addEventListener('keydown', (event) => {
    if (isSelectAll(event) && (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement)) event.stopPropagation();
  });
}

function isSelectAll(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'a';
}
