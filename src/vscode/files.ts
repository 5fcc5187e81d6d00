import * as vscode from 'vscode';
import { exclusiveCreate } from './platform/exclusiveCreate';

/**
 * Writes a file only if it does not exist yet, creating its folder; false when the name
 * is taken. On this machine's disk the create is exclusive (`wx`), so a file that appears
 * meanwhile is not overwritten either; other file systems (and the browser) are checked just
 * before writing.
 */
export async function writeNewFile(uri: vscode.Uri, text: string): Promise<boolean> {
  const bytes = new TextEncoder().encode(text);
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  const created = await exclusiveCreate(uri, bytes);
  if (created !== 'unsupported') return created === 'created';
  if (await exists(uri)) return false;
  await vscode.workspace.fs.writeFile(uri, bytes);
  return true;
}

export function exists(uri: vscode.Uri): Promise<boolean> {
  return Promise.resolve(vscode.workspace.fs.stat(uri)).then(
    () => true,
    () => false,
  );
}
