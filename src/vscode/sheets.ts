import * as vscode from 'vscode';
import type { BackgroundAnalysis } from '../background/client';
import { AnalysisCancelled } from '../background/cancelled';
import type { AnalysisJob, TemplateEntry } from '../background/protocol';
import { analyze, fromPortable, maybeSessionSheet, summarizeSheet, toSourceText, type Analysis, type Finding, type Fix, type SheetSummary } from '../core/index';
import { readSettings, type Settings } from './settings';
import type { TemplateRegistry } from './templates';

/**
 * Sheets larger than this are analysed in the worker thread. Below it an analysis takes tens
 * of milliseconds, less than the trip to the worker is worth; above it, it grows to seconds.
 */
export const BACKGROUND_ABOVE = 32 * 1024;

interface Cached {
  readonly version: number;
  readonly generation: number;
  readonly analysis: Analysis;
}

interface Running {
  readonly version: number;
  readonly generation: number;
  readonly done: Promise<void>;
  /** What {@link SheetAnalyzer.analyze} answers meanwhile, made once: it is asked on every refresh. */
  readonly meanwhile: Analysis;
}

/**
 * Analyses Markdown documents through the core, once per document version and settings:
 * diagnostics, code actions, progress and completion all read the same analysis. A large
 * sheet is analysed in a worker thread, so typing, scrolling and every other extension go on
 * meanwhile; a newer edit cancels the analysis under way.
 */
export class SheetAnalyzer implements vscode.Disposable {
  private readonly cache = new Map<string, Cached>();
  private readonly running = new Map<string, Running>();
  /** The job each worker-made analysis answers: its fixes are built there, on request. */
  private readonly jobs = new WeakMap<Analysis, AnalysisJob>();
  private readonly skipped = new Map<string, { size: number; limit: number }>();
  private generation = 0;
  /** Template sets read so far: part of {@link summaryInputs}. */
  private templateSets = 0;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when settings change, so every analysis is stale. */
  readonly onDidInvalidate = this.changed.event;
  private readonly analyzed = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires when a background analysis of a document's current text is ready. */
  readonly onDidAnalyze = this.analyzed.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly registry: TemplateRegistry,
    private readonly background: BackgroundAnalysis | undefined,
  ) {
    this.subscriptions.push(
      registry.onDidChange(() => {
        this.templateSets++;
        this.background?.setTemplates(this.templateEntries());
        this.invalidate();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('sessionTemplates')) this.invalidate();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.cache.delete(document.uri.toString());
        this.running.delete(document.uri.toString());
        this.skipped.delete(document.uri.toString());
      }),
    );
    this.background?.setTemplates(this.templateEntries());
  }

  /**
   * What a sheet's summary in the programme depends on besides its text, as a string to compare:
   * the templates, their rule parameters, and the largest sheet analysed. Not the language or
   * the severities: the programme applies those when it is asked, so changing them reads no
   * file again.
   */
  summaryInputs(): string {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const settings = folders.length > 0 ? folders.map((folder) => readSettings(folder.uri)) : [readSettings()];
    return JSON.stringify({ templates: this.templateSets, settings: settings.map(({ ruleParameters, maxSheetSize }) => ({ ruleParameters, maxSheetSize })) });
  }

  invalidate(): void {
    this.generation++;
    this.changed.fire();
  }

  /**
   * The analysis of the document's current text. For a large sheet whose background analysis
   * is not ready yet, the latest one there is (of an older text, see {@link isPending}), or
   * an empty one: good for showing progress, never for edits; {@link whenAnalyzed} waits.
   */
  analyze(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && this.isCurrent(cached, document)) return cached.analysis;
    if (this.isPending(document)) return this.running.get(key)!.meanwhile;
    const text = document.getText();
    const settings = readSettings(document.uri);
    const sheet = text.length > BACKGROUND_ABOVE && maybeSessionSheet(text, this.registry.templates);
    // A sheet too large to analyse on every edit is left alone, and the status bar says so.
    if (sheet && text.length > settings.maxSheetSize) {
      this.skipped.set(key, { size: text.length, limit: settings.maxSheetSize });
      return this.keep(document, notAnalysed(text));
    }
    this.skipped.delete(key);
    // A large text already read as no sheet: the core would only read its lines again to say so.
    if (text.length > BACKGROUND_ABOVE && !sheet) return this.keep(document, notAnalysed(text));
    if (sheet && this.background) return this.analyzeInBackground(document, text, settings, cached?.analysis ?? notAnalysed(text));
    return this.keep(document, this.analyzeText(text, document.uri));
  }

  /** The analysis of the document's current text, waiting for the worker if it is busy with it. */
  async whenAnalyzed(document: vscode.TextDocument): Promise<Analysis> {
    for (;;) {
      const analysis = this.analyze(document);
      const running = this.running.get(document.uri.toString());
      if (!running || document.isClosed) return analysis;
      await running.done;
    }
  }

  /** Whether a background analysis of the document's current text is still under way. */
  isPending(document: vscode.TextDocument): boolean {
    const running = this.running.get(document.uri.toString());
    return running !== undefined && running.version === document.version && running.generation === this.generation;
  }

  /** The fixes of some findings of an analysis this analyzer made, built where the analysis ran. */
  async fixesOf(analysis: Analysis, findings: readonly Finding[]): Promise<readonly (readonly Fix[])[]> {
    const job = this.jobs.get(analysis);
    if (!job || !this.background) return findings.map((finding) => finding.fixes);
    return this.background.fixes(job, findings.map((finding) => analysis.findings.indexOf(finding)));
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
    return analyze(text, { ...jobOptions(settings), templates: this.registry.templates });
  }

  /** As {@link analyzeText}, in the worker when the text is a large sheet. */
  async analyzeTextAside(text: string, uri: vscode.Uri): Promise<Analysis> {
    if (!this.background || text.length <= BACKGROUND_ABOVE || !maybeSessionSheet(text, this.registry.templates)) return this.analyzeText(text, uri);
    const job = { text, options: jobOptions(readSettings(uri)) };
    const portable = await this.background.analyze(`aside:${uri.toString()}`, job);
    return this.remember(fromPortable(portable, text, this.registry.templates, job.options.ruleParameters) ?? this.analyzeText(text, uri), job);
  }

  /**
   * What the programme index keeps of a file's text, made in the worker whatever the size:
   * a workspace of sheets read at once would otherwise hold the extension host for seconds.
   * A text that cannot be a sheet is answered here, without the trip.
   */
  async summarizeAside(text: string, uri: vscode.Uri, path: string): Promise<SheetSummary | undefined> {
    if (!maybeSessionSheet(text, this.registry.templates)) return undefined;
    const options = jobOptions(readSettings(uri));
    if (!this.background) return summarizeSheet(path, analyze(text, { ...options, templates: this.registry.templates }));
    return this.background.summarize(path, { text, options });
  }

  dispose(): void {
    this.background?.dispose();
    this.changed.dispose();
    this.analyzed.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private isCurrent(cached: Cached, document: vscode.TextDocument): boolean {
    return cached.version === document.version && cached.generation === this.generation;
  }

  private keep(document: vscode.TextDocument, analysis: Analysis): Analysis {
    this.cache.set(document.uri.toString(), { version: document.version, generation: this.generation, analysis });
    return analysis;
  }

  private remember(analysis: Analysis, job: AnalysisJob): Analysis {
    this.jobs.set(analysis, job);
    return analysis;
  }

  /** Starts the worker on the document's text; answers `meanwhile` until it is done. */
  private analyzeInBackground(document: vscode.TextDocument, text: string, settings: Settings, meanwhile: Analysis): Analysis {
    const key = document.uri.toString();
    const { version } = document;
    const generation = this.generation;
    const job = { text, options: jobOptions(settings) };
    const done = this.background!.analyze(key, job).then(
      (portable) => {
        if (this.running.get(key)?.done !== done) return;
        this.running.delete(key);
        // Settings or templates changed under it: the next read starts a new one.
        if (generation !== this.generation) return;
        const analysis = fromPortable(portable, text, this.registry.templates, job.options.ruleParameters);
        this.keep(document, analysis ? this.remember(analysis, job) : notAnalysed(text));
        this.analyzed.fire(document);
      },
      (error: unknown) => {
        if (this.running.get(key)?.done === done) this.running.delete(key);
        if (error instanceof AnalysisCancelled) return;
        // The worker failed on this text (out of memory, say): nothing is shown rather than a wrong picture.
        console.error(`Session Templates: analysing ${document.uri.toString(true)} failed: ${String(error)}`);
        if (generation === this.generation && document.version === version) this.keep(document, notAnalysed(text));
        this.analyzed.fire(document);
      },
    );
    this.running.set(key, { version, generation, done, meanwhile });
    return meanwhile;
  }

  private templateEntries(): TemplateEntry[] {
    return this.registry.entries.map((entry) => (entry.source ? { source: entry.source } : { builtIn: entry.template.id }));
  }
}

export function isMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown';
}

function jobOptions(settings: Settings): AnalysisJob['options'] {
  return { language: settings.language, severities: settings.severities, statusShifts: settings.statusShifts, ruleParameters: settings.ruleParameters };
}

/** The analysis of a sheet that was not analysed: no template, so no findings and no progress. */
function notAnalysed(text: string): Analysis {
  return { source: toSourceText(text), status: undefined, template: undefined, session: undefined, findings: [], progress: undefined };
}
