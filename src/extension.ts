// The entry for VS Code's Node extension host (desktop, and a remote or VS Code Server's host).
import * as vscode from 'vscode';
import { BackgroundAnalysis } from './background/client';
import { activateFeatures, type SessionTemplatesApi } from './features';

export type { SessionTemplatesApi } from './features';

export function activate(context: vscode.ExtensionContext): SessionTemplatesApi {
  // Large sheets are analysed in this worker thread, off the extension host's own.
  const background = new BackgroundAnalysis(vscode.Uri.joinPath(context.extensionUri, 'out', 'analysisWorker.js').fsPath);
  return activateFeatures(context, background);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
