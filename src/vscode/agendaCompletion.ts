import * as vscode from 'vscode';
import { formatClock, positionAt } from '../core/index';
import type { SheetAnalyzer } from './sheets';

/**
 * In the first cell of a new agenda row, offers the start time that follows from the row
 * above: its start plus its duration. (A snippet cannot compute it.)
 */
export class AgendaTimeCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly analyzer: SheetAnalyzer) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    const before = document.lineAt(position.line).text.slice(0, position.character);
    const typed = /^\s*\|\s*([\d:.]*)$/.exec(before);
    if (!typed) return [];
    const { session } = this.analyzer.analyze(document);
    if (!session) return [];
    const line = position.line + 1;
    // The row above, if it is the last readable row of an agenda table.
    for (const agenda of session.agendas) {
      const above = agenda.items.findLast((item) => positionAt(session.source, item.row.span.start).line === line - 1);
      if (!above || above.start === undefined || above.duration === undefined) continue;
      const time = formatClock(above.start + above.duration);
      const item = new vscode.CompletionItem(time, vscode.CompletionItemKind.Value);
      item.detail = vscode.l10n.t('Start: {0} + {1} min', above.startCell.text, above.duration);
      item.range = new vscode.Range(position.translate(0, -typed[1].length), position);
      item.preselect = true;
      item.sortText = '0';
      return [item];
    }
    return [];
  }
}
