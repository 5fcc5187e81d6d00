import { writeFile } from 'node:fs/promises';
import * as vscode from 'vscode';

/**
 * Writes a file only if it does not exist yet, creating its folder; false when the name
 * is taken. On disk the create is exclusive (`wx`), so a file that appears meanwhile is
 * not overwritten either; other file systems are checked just before writing.
 */
export async function writeNewFile(uri: vscode.Uri, text: string): Promise<boolean> {
  const bytes = new TextEncoder().encode(text);
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  if (uri.scheme === 'file') {
    try {
      await writeFile(uri.fsPath, bytes, { flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  }
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
