import * as vscode from 'vscode';

export const FORM_VIEW_TYPE = 'sessionTemplates.form';

function markdownUri(uri: vscode.Uri | undefined): vscode.Uri | undefined {
  if (uri instanceof vscode.Uri) return uri;
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'markdown' ? document.uri : undefined;
}

/** "Open as Form": the sheet in the form editor, in place of the text editor. */
export async function openAsForm(uri?: vscode.Uri): Promise<void> {
  const target = markdownUri(uri);
  if (target) await vscode.commands.executeCommand('vscode.openWith', target, FORM_VIEW_TYPE);
}

/** "Open Form to the Side": the form beside the text, both views of the one document. */
export async function openFormToSide(uri?: vscode.Uri): Promise<void> {
  const target = markdownUri(uri);
  if (target) await vscode.commands.executeCommand('vscode.openWith', target, FORM_VIEW_TYPE, vscode.ViewColumn.Beside);
}
