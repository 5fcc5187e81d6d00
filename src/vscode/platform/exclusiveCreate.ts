import { writeFile } from 'node:fs/promises';
import type * as vscode from 'vscode';

/**
 * Creates a file only if no file has the name, in one step (`wx`): a file that appears between
 * a check and the write is not overwritten. Only a file on this machine's disk can be created
 * so; `'unsupported'` says to check first and then write (see files.ts). The browser build
 * uses exclusiveCreate.web.ts instead, where no file system allows it.
 */
export async function exclusiveCreate(uri: vscode.Uri, bytes: Uint8Array): Promise<'created' | 'exists' | 'unsupported'> {
  if (uri.scheme !== 'file') return 'unsupported';
  try {
    await writeFile(uri.fsPath, bytes, { flag: 'wx' });
    return 'created';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
    throw error;
  }
}
