import * as vscode from 'vscode';

let extensionUri: vscode.Uri | undefined;

export function setExtensionUri(uri: vscode.Uri): void {
  extensionUri = uri;
}

/** The rule's section in the README that ships with the extension. */
export function docsUri(rule: string): vscode.Uri {
  const readme = extensionUri ? vscode.Uri.joinPath(extensionUri, 'README.md') : vscode.Uri.parse('README.md');
  return readme.with({ fragment: rule });
}
