import type * as vscode from 'vscode';

/**
 * In the browser (vscode.dev, github.dev) files live behind `vscode.workspace.fs`, which has no
 * exclusive create: files.ts then checks just before writing, so the window for a file to
 * appear in between is one round trip, and a name taken before is never overwritten.
 */
export async function exclusiveCreate(_uri: vscode.Uri, _bytes: Uint8Array): Promise<'created' | 'exists' | 'unsupported'> {
  return 'unsupported';
}
