import * as vscode from 'vscode';
import { SheetCodeActions } from './vscode/codeActions';
import { DiagnosticsManager } from './vscode/diagnostics';
import { setExtensionUri } from './vscode/docs';
import { SheetAnalyzer } from './vscode/sheets';

const MARKDOWN: vscode.DocumentSelector = [{ language: 'markdown' }];

/** Wires the features together; each lives in its own module under src/vscode/. */
export function activate(context: vscode.ExtensionContext): void {
  setExtensionUri(context.extensionUri);
  const analyzer = new SheetAnalyzer();
  const diagnostics = new DiagnosticsManager(analyzer);
  context.subscriptions.push(
    analyzer,
    diagnostics,
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new SheetCodeActions(analyzer), {
      providedCodeActionKinds: SheetCodeActions.kinds,
    }),
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
