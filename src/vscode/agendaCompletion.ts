import * as vscode from 'vscode';
import { formatClock, nextAgendaStart } from '../core/index';
import { t } from './i18n';
import type { SheetAnalyzer } from './sheets';

/** The first cell of a table row up to the cursor: `|`, `| 0`, or a selected `| 00:00`. */
const FIRST_CELL = /^\s*\|\s*([\d:.]*)$/;

/**
 * In the first cell of a new agenda row, offers the start time that follows from the row
 * above: its start plus its duration. It replaces whatever time is there, so it is offered
 * over a snippet's selected time too.
 */
export class AgendaTimeCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly analyzer: SheetAnalyzer) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
    const line = document.lineAt(position.line).text;
    const typed = FIRST_CELL.exec(line.slice(0, position.character));
    if (!typed) return [];
    const { session } = await this.analyzer.whenAnalyzed(document);
    const next = session && nextAgendaStart(session, position.line + 1);
    if (!next) return [];
    const time = formatClock(next.minutes);
    // The whole time in the cell, also the part after the cursor (a snippet's selected 00:00).
    const after = /^[\d:.]*/.exec(line.slice(position.character))?.[0] ?? '';
    const item = new vscode.CompletionItem(time, vscode.CompletionItemKind.Value);
    item.detail = t('Start: {0} + {1} min', next.previous.startCell.text, next.previous.duration ?? 0);
    item.range = new vscode.Range(position.translate(0, -typed[1].length), position.translate(0, after.length));
    // Offered whatever is typed: the time there is what it replaces, not a prefix of it.
    item.filterText = typed[1];
    item.preselect = true;
    item.sortText = '0';
    return [item];
  }
}

/** Whether the cursor is in the first cell of a row right under an agenda row. */
export function isAgendaStartPlace(analyzer: SheetAnalyzer, document: vscode.TextDocument, position: vscode.Position): boolean {
  if (!FIRST_CELL.test(document.lineAt(position.line).text.slice(0, position.character))) return false;
  const { session } = analyzer.latest(document);
  return !!session && nextAgendaStart(session, position.line + 1) !== undefined;
}
