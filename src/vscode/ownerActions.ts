import * as vscode from 'vscode';
import { rangeOf, type Range } from '../core/index';
import { toRange } from './convert';
import { t } from './i18n';
import type { SheetAnalyzer } from './sheets';

export const FILL_OWNER_COMMAND = 'sessionTemplates.fillOwner';
export const GO_TO_PARTICIPANTS_COMMAND = 'sessionTemplates.goToParticipants';

/**
 * "Fill in the owner": the cursor into the owner field, its blank selected so typing
 * replaces it, and the participants' names offered.
 */
export async function fillOwner(uri: vscode.Uri, range: Range): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri);
  let selection = toRange(range);
  // An owner field with nothing after its label: the cursor after it, a space between.
  if (editor.document.getText(selection).startsWith('**')) {
    const line = editor.document.lineAt(selection.start.line);
    if (!line.text.endsWith(' ')) await editor.edit((edit) => edit.insert(line.range.end, ' '));
    const end = editor.document.lineAt(selection.start.line).range.end;
    selection = new vscode.Range(end, end);
  }
  editor.selection = new vscode.Selection(selection.start, selection.end);
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  await vscode.commands.executeCommand('editor.action.triggerSuggest', { auto: true });
}

/** "Go to the participants table": its first name still to fill in, selected, or else its first row. */
export async function goToParticipants(analyzer: SheetAnalyzer, uri: vscode.Uri): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri);
  const { session } = await analyzer.whenAnalyzed(editor.document);
  const first = session?.participants.find((participant) => participant.nameCell.state !== 'filled') ?? session?.participants[0];
  if (!session || !first) {
    void vscode.window.showInformationMessage(t('This sheet has no participants table.'));
    return;
  }
  const range = toRange(rangeOf(session.source, first.nameCell.contentSpan));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
