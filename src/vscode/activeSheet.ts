import * as vscode from 'vscode';
import type { Analysis } from '../core/index';
import type { ActiveForm } from './formEditor/activeForm';
import { isMarkdown, type SheetAnalyzer } from './sheets';

/**
 * The sheet in the active editor (text or form) and its analysis, kept current as the user
 * types or switches editors. The status bar, the progress view and CodeLens follow it.
 */
export class ActiveSheet implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly analyzer: SheetAnalyzer,
    private readonly activeForm: ActiveForm,
  ) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      activeForm.onDidChange(() => this.refresh()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document) this.schedule();
      }),
      analyzer.onDidInvalidate(() => this.refresh()),
      analyzer.onDidAnalyze((document) => {
        if (document === this.document) this.refresh();
      }),
    );
    this.refresh();
  }

  get editor(): vscode.TextEditor | undefined {
    const editor = vscode.window.activeTextEditor;
    return editor && isMarkdown(editor.document) ? editor : undefined;
  }

  /** The Markdown document of the active text editor, else of the active form editor. */
  get document(): vscode.TextDocument | undefined {
    return this.editor?.document ?? this.activeForm.document;
  }

  /** Whether the active sheet is shown as a form, so going to a place opens the text beside it. */
  get inForm(): boolean {
    return !this.editor && this.activeForm.document !== undefined;
  }

  /** The active sheet's analysis; undefined when the active editor holds no session sheet. */
  get analysis(): Analysis | undefined {
    const document = this.document;
    if (!document) return undefined;
    const analysis = this.analyzer.analyze(document);
    return analysis.template ? analysis : undefined;
  }

  /** Whether the active sheet is being analysed in the background (a large sheet): what shows is of an older text. */
  get pending(): boolean {
    const document = this.document;
    return document !== undefined && this.analyzer.isPending(document);
  }

  /** When the active editor holds a sheet too large to analyse: its size and the limit. */
  get skipped(): { readonly size: number; readonly limit: number } | undefined {
    const document = this.document;
    return document ? this.analyzer.skippedSize(document) : undefined;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), 250);
  }

  private refresh(): void {
    void vscode.commands.executeCommand('setContext', 'sessionTemplates.isSheet', this.analysis !== undefined);
    this.changed.fire();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
