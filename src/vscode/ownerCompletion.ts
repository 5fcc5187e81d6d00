import * as vscode from 'vscode';
import { positionAt } from '../core/index';
import type { SheetAnalyzer } from './sheets';

/** Counts the table cells before a column on a row, skipping escaped pipes. */
function cellIndex(textBefore: string): number {
  const pipes = textBefore.replace(/\\\|/g, '').split('|').length - 1;
  return textBefore.trimStart().startsWith('|') ? pipes - 1 : pipes;
}

/**
 * Offers the participants' names where an owner is written: after the owner label
 * (`**Baateigenaar:**`) and in an agreement's responsible cell.
 */
export class OwnerCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly analyzer: SheetAnalyzer) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    const { session } = this.analyzer.analyze(document);
    if (!session) return [];
    const before = document.lineAt(position.line).text.slice(0, position.character);
    if (!this.isOwnerPlace(session, before, position.line + 1)) return [];
    const word = /[\p{L}\p{N} .'-]*$/u.exec(before.replace(/^.*(:\*\*|\*\*:|\|)\s*/, ''))?.[0] ?? '';
    const replace = new vscode.Range(position.translate(0, -word.length), position);
    const seen = new Set<string>();
    return session.participants
      .filter((participant) => participant.nameCell.state === 'filled' && !seen.has(participant.name) && seen.add(participant.name))
      .map((participant, index) => {
        const item = new vscode.CompletionItem(participant.name, vscode.CompletionItemKind.User);
        item.detail = [participant.role, participant.sector].filter((part) => part && part !== '-').join(', ');
        item.range = replace;
        item.sortText = String(index).padStart(3, '0');
        return item;
      });
  }

  private isOwnerPlace(session: NonNullable<ReturnType<SheetAnalyzer['analyze']>['session']>, before: string, line: number): boolean {
    const label = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?\*\*([^*]+?):?\*\*:?\s*([^|]*)$/.exec(before);
    if (label && session.template.benefits?.ownerField.test(label[1].trim())) return true;
    const table = session.tables.find(
      (candidate) =>
        session.tableKinds.get(candidate) === 'agreements' &&
        positionAt(session.source, candidate.span.start).line < line &&
        line <= positionAt(session.source, candidate.span.end).line,
    );
    if (!table) return false;
    const responsible = table.header.findIndex((cell) => session.template.agreements?.columns.responsible?.test(cell.text));
    return responsible !== -1 && cellIndex(before) === responsible;
  }
}
