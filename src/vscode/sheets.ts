import * as vscode from 'vscode';
import { analyze, type Analysis } from '../core/index';
import { readSettings } from './settings';
import type { TemplateRegistry } from './templates';

/**
 * Analyses Markdown documents through the core, once per document version and settings:
 * diagnostics, code actions, progress and completion all read the same analysis.
 */
export class SheetAnalyzer implements vscode.Disposable {
  private readonly cache = new Map<string, { version: number; generation: number; analysis: Analysis }>();
  private generation = 0;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when settings change, so every analysis is stale. */
  readonly onDidInvalidate = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly registry: TemplateRegistry) {
    this.subscriptions.push(
      registry.onDidChange(() => this.invalidate()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('sessionTemplates')) this.invalidate();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.cache.delete(document.uri.toString())),
    );
  }

  invalidate(): void {
    this.generation++;
    this.changed.fire();
  }

  analyze(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version && cached.generation === this.generation) return cached.analysis;
    const analysis = this.analyzeText(document.getText(), document.uri);
    this.cache.set(key, { version: document.version, generation: this.generation, analysis });
    return analysis;
  }

  /**
   * The last analysis of a document, even of an older version, made now if there is none:
   * cheap enough for decisions on every keystroke, such as whether to open suggestions.
   */
  latest(document: vscode.TextDocument): Analysis {
    const cached = this.cache.get(document.uri.toString());
    return cached && cached.generation === this.generation ? cached.analysis : this.analyze(document);
  }

  /** Analyses a file's text with the settings that apply to it, without caching. */
  analyzeText(text: string, uri: vscode.Uri): Analysis {
    const settings = readSettings(uri);
    return analyze(text, {
      templates: this.registry.templates,
      language: settings.language,
      severities: settings.severities,
      statusShifts: settings.statusShifts,
    });
  }

  dispose(): void {
    this.changed.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

export function isMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown';
}
