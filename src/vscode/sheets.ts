import * as vscode from 'vscode';
import { analyze, maybeSessionSheet, toSourceText, type Analysis } from '../core/index';
import { readSettings } from './settings';
import type { TemplateRegistry } from './templates';

/**
 * Analyses Markdown documents through the core, once per document version and settings:
 * diagnostics, code actions, progress and completion all read the same analysis.
 */
export class SheetAnalyzer implements vscode.Disposable {
  private readonly cache = new Map<string, { version: number; generation: number; analysis: Analysis }>();
  private readonly skipped = new Map<string, { size: number; limit: number }>();
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
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.cache.delete(document.uri.toString());
        this.skipped.delete(document.uri.toString());
      }),
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
    const text = document.getText();
    const settings = readSettings(document.uri);
    // A sheet too large to analyse on every edit is left alone, and the status bar says so.
    const tooLarge = text.length > settings.maxSheetSize && maybeSessionSheet(text, this.registry.templates);
    const analysis = tooLarge ? notAnalysed(text) : this.analyzeText(text, document.uri);
    if (tooLarge) this.skipped.set(key, { size: text.length, limit: settings.maxSheetSize });
    else this.skipped.delete(key);
    this.cache.set(key, { version: document.version, generation: this.generation, analysis });
    return analysis;
  }

  /** The size and the limit of a sheet that was too large to analyse; undefined otherwise. */
  skippedSize(document: vscode.TextDocument): { readonly size: number; readonly limit: number } | undefined {
    this.analyze(document);
    return this.skipped.get(document.uri.toString());
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
      ruleParameters: settings.ruleParameters,
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

/** The analysis of a sheet that was not analysed: no template, so no findings and no progress. */
function notAnalysed(text: string): Analysis {
  return { source: toSourceText(text), status: undefined, template: undefined, session: undefined, findings: [], progress: undefined };
}
