import * as vscode from 'vscode';
import { isAgendaStartPlace } from './agendaCompletion';
import { hasOwnerNames } from './ownerCompletion';
import { isMarkdown, type SheetAnalyzer } from './sheets';
import { SNIPPET_PREFIXES } from './snippets';
import { textBefore, typedName } from './sheetPlaces';

/** Letters typed before suggestions open on a snippet's word: `ag` for `agendarij`. */
const MIN_PREFIX = 2;

/**
 * Opens suggestions by themselves while typing in a session sheet, where VS Code keeps
 * quick suggestions off for Markdown: on a snippet's first letters, at the start of an
 * owner's name, and in the first cell of a new agenda row. Other Markdown files, and a
 * user's own quick-suggestion settings, are left as they are.
 */
export class AutoSuggest implements vscode.Disposable {
  private readonly subscription: vscode.Disposable;
  private readonly opened = new vscode.EventEmitter<'snippet' | 'owner' | 'agenda'>();
  /** Fires with the kind of place each time suggestions are opened (tests wait on it). */
  readonly onDidOpen = this.opened.event;
  /** The word (line and start column) suggestions were last opened for: once per word. */
  private openedFor: string | undefined;

  constructor(private readonly analyzer: SheetAnalyzer) {
    this.subscription = vscode.workspace.onDidChangeTextDocument((event) => this.onTyped(event));
  }

  private onTyped(event: vscode.TextDocumentChangeEvent): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document !== event.document || !isMarkdown(event.document) || event.contentChanges.length !== 1) return;
    const [change] = event.contentChanges;
    // Typing, not pasting, undoing or a fix: one character inserted.
    if (change.text.length !== 1 || !change.range.isEmpty || /\s/.test(change.text) && change.text !== ' ') return;
    const position = change.range.start.translate(0, 1);
    const key = this.placeToSuggest(event.document, position);
    if (key === undefined || key === this.openedFor) return;
    if (!this.analyzer.latest(event.document).template) return;
    this.openedFor = key;
    void vscode.commands.executeCommand('editor.action.triggerSuggest', { auto: true });
    this.opened.fire(key.split(':')[0] as 'snippet' | 'owner' | 'agenda');
  }

  /** A key for the place the cursor is in, when suggestions belong there; undefined otherwise. */
  private placeToSuggest(document: vscode.TextDocument, position: vscode.Position): string | undefined {
    const before = textBefore(document, position);
    const word = /[\p{L}-]*$/u.exec(before)?.[0] ?? '';
    const lowered = word.toLowerCase();
    if (word.length >= MIN_PREFIX && SNIPPET_PREFIXES.some((prefix) => prefix.startsWith(lowered))) {
      return `snippet:${position.line}:${position.character - word.length}`;
    }
    const name = typedName(before);
    if (name.trim().length > 0 && hasOwnerNames(this.analyzer, document, position)) return `owner:${position.line}:${position.character - name.length}`;
    if (/^\s*\|\s*$/.test(before) && isAgendaStartPlace(this.analyzer, document, position)) return `agenda:${position.line}`;
    return undefined;
  }

  dispose(): void {
    this.opened.dispose();
    this.subscription.dispose();
  }
}
