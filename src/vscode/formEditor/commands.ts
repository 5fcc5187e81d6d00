import * as vscode from 'vscode';
import type { ActiveForm } from './activeForm';

export const FORM_VIEW_TYPE = 'sessionTemplates.form';

function markdownUri(uri: vscode.Uri | undefined): vscode.Uri | undefined {
  if (uri instanceof vscode.Uri) return uri;
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'markdown' ? document.uri : undefined;
}

/** The active group's text editor tab of a file, if it shows one. */
function textTabOf(uri: vscode.Uri): vscode.Tab | undefined {
  return vscode.window.tabGroups.activeTabGroup.tabs.find((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString());
}

/**
 * "Open as Form": the sheet in the form editor, in place of its text editor, as "Reopen
 * Editor With" does; a text editor with unsaved changes stays open beside it in the tabs.
 */
export async function openAsForm(uri?: vscode.Uri): Promise<void> {
  const target = markdownUri(uri);
  if (!target) return;
  const hadText = textTabOf(target) !== undefined;
  await vscode.commands.executeCommand('vscode.openWith', target, FORM_VIEW_TYPE);
  // Looked up again: opening the form made new tab objects.
  const text = hadText ? textTabOf(target) : undefined;
  if (text && !text.isDirty) await vscode.window.tabGroups.close(text, true);
}

/** "Open Form to the Side": the form beside the text, both views of the one document. */
export async function openFormToSide(uri?: vscode.Uri): Promise<void> {
  const target = markdownUri(uri);
  if (target) await vscode.commands.executeCommand('vscode.openWith', target, FORM_VIEW_TYPE, vscode.ViewColumn.Beside);
}

/** "Open Text to the Side", from the form: its text beside it, to read or type in; the form follows. */
export async function openTextToSide(activeForm: ActiveForm, uri?: vscode.Uri): Promise<void> {
  const target = uri instanceof vscode.Uri ? uri : activeForm.document?.uri;
  if (target) await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside });
}
