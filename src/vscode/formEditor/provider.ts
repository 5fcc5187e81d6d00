import * as vscode from 'vscode';
import { buildForm, type Form } from '../../core/index';
import { language, onDidChangeLanguage, t } from '../i18n';
import type { SheetAnalyzer } from '../sheets';
import type { ActiveForm } from './activeForm';
import { applyFormChange } from './applyChange';
import { applyFormFix, fixTitles } from './fixes';
import { formViewHtml } from './html';
import type { FormViewWords, FromView, ToView } from './messages';
import type { WriteOutcome } from './writeMessages';
import { writeWords } from './writeWords';
import { copyPrioritiesSvg, noticeTo, prioritiesWords, savePrioritiesPng } from './priorities';
import { openFormLink } from './openLink';

/**
 * The form editor: a webview over the Markdown document, which stays the one source of
 * truth. The view sends changes; every text change, whoever made it, sends the form back.
 */
export class FormEditorProvider implements vscode.CustomTextEditorProvider, vscode.Disposable {
  private readonly posted = new vscode.EventEmitter<{ readonly document: vscode.TextDocument; readonly form: Form | undefined; readonly words: FormViewWords }>();
  /** Fires when a view was sent a form: after its script said it is ready, and after each text change. */
  readonly onDidPostForm = this.posted.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly analyzer: SheetAnalyzer,
    private readonly activeForm: ActiveForm,
  ) {}

  resolveCustomTextEditor(document: vscode.TextDocument, panel: vscode.WebviewPanel): void {
    const webview = panel.webview;
    webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'out'), vscode.Uri.joinPath(this.extensionUri, 'media')] };
    webview.html = formViewHtml(webview, this.extensionUri, language());
    const post = () => void this.postForm(document, webview);
    const subscriptions = vscode.Disposable.from(
      webview.onDidReceiveMessage((message: FromView) => {
        if (message.type === 'ready') post();
        if (message.type === 'copyPrioritiesSvg' || message.type === 'savePrioritiesPng') void this.handlePictureMessage(document, message, webview);
        else if (message.type === 'openLink') void this.handleLinkMessage(document, message);
        else void this.handleMessage(document, message).then((outcome) => this.answer(document, webview, message, outcome));
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === document && event.contentChanges.length > 0) post();
      }),
      this.activeForm.track(document, panel),
      onDidChangeLanguage(() => {
        webview.html = formViewHtml(webview, this.extensionUri, language());
      }),
    );
    panel.onDidDispose(() => subscriptions.dispose());
  }

  /** What the view's messages do; the tests call it too, so they take the view's path. */
  async handleMessage(document: vscode.TextDocument, message: FromView): Promise<WriteOutcome> {
    if (message.type === 'change') return applyFormChange(this.analyzer, document, message);
    if (message.type === 'fix') return applyFormFix(this.analyzer, document, message);
    if (message.type === 'openAsText') await vscode.commands.executeCommand('vscode.openWith', document.uri, 'default');
    return { type: 'unchanged' };
  }

  /** Copying or saving the priorities picture; true when it was copied or saved. The tests call it too. */
  async handlePictureMessage(document: vscode.TextDocument, message: FromView & { type: 'copyPrioritiesSvg' | 'savePrioritiesPng' }, webview?: vscode.Webview): Promise<boolean> {
    if (message.type === 'copyPrioritiesSvg') return copyPrioritiesSvg(this.analyzer, document, noticeTo(webview));
    return savePrioritiesPng(document, message.png, noticeTo(webview));
  }

  /** Opens a link clicked in the sheet's text; true when something opened. The tests call it too. */
  handleLinkMessage(document: vscode.TextDocument, message: FromView & { type: 'openLink' }): Promise<boolean> {
    return openFormLink(document, message.href);
  }

  /** Tells the view what became of its change; a fix for an older text gets it the current form. */
  private answer(document: vscode.TextDocument, webview: vscode.Webview, message: FromView, outcome: WriteOutcome): void {
    if (message.type === 'change') void webview.postMessage({ type: 'outcome', id: message.id, outcome } satisfies ToView);
    else if (outcome.type === 'stale') void this.postForm(document, webview);
  }

  private async postForm(document: vscode.TextDocument, webview: vscode.Webview): Promise<void> {
    const version = document.version;
    const analysis = await this.analyzer.whenAnalyzed(document);
    // A newer text is on its way with its own message.
    if (document.version !== version || document.isClosed) return;
    const message: ToView = {
      type: 'form',
      form: buildForm(analysis),
      version,
      language: language(),
      words: { clear: t('Clear'), progress: t('Filled in: {0} of {1}'), notASheet: t('This file is not a session sheet, so there is no form to show.'), openAsText: t('Open as Text'), priorities: prioritiesWords() },
      writeWords: writeWords(),
    };
    if (await webview.postMessage(message)) this.posted.fire({ document, form: message.form, words: message.words });
    if (!message.form) return;
    const fixes = await fixTitles(this.analyzer, analysis);
    if (document.version === version && !document.isClosed) void webview.postMessage({ type: 'fixes', version, fixes } satisfies ToView);
  }

  dispose(): void {
    this.posted.dispose();
  }
}
