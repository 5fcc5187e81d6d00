// The entry for the browser's extension host (vscode.dev, github.dev): a web worker, so the
// extension host is off the page's thread already and sheets are analysed in it, in one piece.
import type * as vscode from 'vscode';
import { activateFeatures, type SessionTemplatesApi } from './features';

export type { SessionTemplatesApi } from './features';

export function activate(context: vscode.ExtensionContext): SessionTemplatesApi {
  return activateFeatures(context, undefined);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
