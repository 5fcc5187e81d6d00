import * as vscode from 'vscode';
import { ownerCandidates } from '../core/index';
import { isOwnerPlace, looksLikeOwnerPlace, textBefore, typedName } from './sheetPlaces';
import type { SheetAnalyzer } from './sheets';

/**
 * Offers the participants' names where an owner is written: after the owner label
 * (`**Baateigenaar:**`) and in an agreement's responsible cell. Those who can own a benefit
 * come first; the programme's own people last, as the pitfall they are.
 */
export class OwnerCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly analyzer: SheetAnalyzer) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
    const { session } = await this.analyzer.whenAnalyzed(document);
    if (!session) return [];
    const before = textBefore(document, position);
    if (!isOwnerPlace(session, before, position.line + 1)) return [];
    const word = typedName(before);
    const replace = new vscode.Range(position.translate(0, -word.length), position);
    const candidates = new Set(ownerCandidates(session));
    const seen = new Set<string>();
    return session.participants
      .filter((participant) => participant.nameCell.state === 'filled' && !seen.has(participant.name) && seen.add(participant.name))
      .map((participant, index) => {
        const item = new vscode.CompletionItem(participant.name, vscode.CompletionItemKind.User);
        item.detail = [participant.role, participant.sector].filter((part) => part && part !== '-').join(', ');
        item.range = replace;
        item.filterText = participant.name;
        item.sortText = `${candidates.has(participant) ? 0 : 1}${String(index).padStart(3, '0')}`;
        return item;
      });
  }
}

/** Whether owner completion has names to offer here (so suggestions may open by themselves). */
export function hasOwnerNames(analyzer: SheetAnalyzer, document: vscode.TextDocument, position: vscode.Position): boolean {
  const before = textBefore(document, position);
  if (!looksLikeOwnerPlace(before)) return false;
  // The last analysis will do (a keystroke old at most): the names above have not changed.
  const { session } = analyzer.latest(document);
  return !!session && session.participants.some((participant) => participant.nameCell.state === 'filled') && isOwnerPlace(session, before, position.line + 1);
}
