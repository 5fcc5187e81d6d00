import * as vscode from 'vscode';
import { t } from '../i18n';

/**
 * Opens a link clicked in the form's text, as the Markdown preview would: a web or mail link
 * through VS Code, which asks first for a site not yet trusted; a path (relative to the sheet,
 * or from the workspace folder's root when it starts with `/`) as a file of the workspace in an
 * editor. Any other scheme (`command:`, `file:`) is not opened. True when something opened.
 */
export async function openFormLink(document: vscode.TextDocument, href: string): Promise<boolean> {
  if (/^(https?|mailto):/i.test(href)) return vscode.env.openExternal(vscode.Uri.parse(href, true));
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return false;
  const target = workspaceFile(document, href);
  if (target && (await isFile(target))) {
    await vscode.commands.executeCommand('vscode.open', target);
    return true;
  }
  void vscode.window.showWarningMessage(t('The link leads to no file in the workspace: {0}', href));
  return false;
}

/** The file a relative link names, if it lies inside the sheet's workspace folder. */
function workspaceFile(document: vscode.TextDocument, href: string): vscode.Uri | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  if (!folder) return undefined;
  let path: string;
  try {
    // The link arrives as HTML writes it (`mijn%20notities.md`); the file has the plain name.
    path = decodeURIComponent(href.replace(/[?#].*$/s, ''));
  } catch {
    return undefined;
  }
  if (!path) return undefined;
  const base = path.startsWith('/') ? folder.uri : vscode.Uri.joinPath(document.uri, '..');
  const target = vscode.Uri.joinPath(base, path);
  // `../..` may climb out of the workspace: such a link opens nothing.
  return vscode.workspace.getWorkspaceFolder(target)?.uri.toString() === folder.uri.toString() ? target : undefined;
}

async function isFile(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.File) !== 0;
  } catch {
    return false;
  }
}
