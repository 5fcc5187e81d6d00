import * as vscode from 'vscode';
import type { Finding } from '../core/index';
import { toRange, toSeverity } from './convert';
import { ruleDocsLink } from './ruleDocs';
import { isMarkdown, type SheetAnalyzer } from './sheets';

export const DIAGNOSTIC_SOURCE = 'Session Templates';
const DEBOUNCE_MS = 250;

export function toDiagnostic(finding: Finding): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(finding.range), finding.message, toSeverity(finding.severity));
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.rule, target: ruleDocsLink(finding.rule) };
  return diagnostic;
}

/**
 * Owns the Problems entries of open sheets: set on open, debounced while typing, cleared on
 * close or when a file stops being a session sheet. Finding problems is the core's job.
 */
export class DiagnosticsManager implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('session-templates');
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** Sheets whose findings follow an open editor; "Check all sessions" results are not among them. */
  private readonly live = new Set<string>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly analyzer: SheetAnalyzer) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.update(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      // VS Code keeps a document alive a while after its last tab closes; the sheet is closed for the user.
      vscode.window.tabGroups.onDidChangeTabs(() => this.forgetUnshown()),
      // ...and reopening it then opens no document: show its findings again.
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.update(editor.document))),
      analyzer.onDidInvalidate(() => this.updateAll()),
      analyzer.onDidAnalyze((document) => this.update(document)),
    );
    this.updateAll();
  }

  updateAll(): void {
    for (const document of vscode.workspace.textDocuments) this.update(document);
  }

  /** Shows the findings of one document now. */
  update(document: vscode.TextDocument): void {
    if (!isMarkdown(document) || document.uri.scheme === 'git') return;
    const analysis = this.analyzer.analyze(document);
    // A large sheet being analysed keeps its findings until the new ones are ready (onDidAnalyze).
    if (this.analyzer.isPending(document)) return;
    if (!analysis.template) {
      this.forget(document.uri);
      return;
    }
    this.live.add(document.uri.toString());
    this.collection.set(document.uri, analysis.findings.map(toDiagnostic));
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        this.update(document);
      }, DEBOUNCE_MS),
    );
  }

  private forget(uri: vscode.Uri): void {
    clearTimeout(this.pending.get(uri.toString()));
    this.pending.delete(uri.toString());
    this.live.delete(uri.toString());
    this.collection.delete(uri);
  }

  private forgetUnshown(): void {
    const shown = new Set<string>();
    for (const group of vscode.window.tabGroups.all) {
      for (const tab of group.tabs) {
        if (tab.input instanceof vscode.TabInputText) shown.add(tab.input.uri.toString());
      }
    }
    this.collection.forEach((uri) => {
      if (this.live.has(uri.toString()) && !shown.has(uri.toString())) this.forget(uri);
    });
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.collection.dispose();
  }
}
