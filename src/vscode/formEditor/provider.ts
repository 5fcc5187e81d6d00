import * as vscode from 'vscode';
import { buildForm, type Form } from '../../core/index';
import { language, onDidChangeLanguage, t } from '../i18n';
import type { SheetAnalyzer } from '../sheets';
import { applyFormChange } from './applyChange';
import { formViewHtml } from './html';
import type { FromView, ToView } from './messages';
import { openFormLink } from './openLink';

/**
 * The form editor: a webview over the Markdown document, which stays the one source of
 * truth. The view sends changes; every text change, whoever made it, sends the form back.
 */
export class FormEditorProvider implements vscode.CustomTextEditorProvider, vscode.Disposable {
  private readonly posted = new vscode.EventEmitter<{ readonly document: vscode.TextDocument; readonly form: Form | undefined }>();
  /** Fires when a view was sent a form: after its script said it is ready, and after each text change. */
  readonly onDidPostForm = this.posted.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly analyzer: SheetAnalyzer,
  ) {}

  resolveCustomTextEditor(document: vscode.TextDocument, panel: vscode.WebviewPanel): void {
    const webview = panel.webview;
    webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'out'), vscode.Uri.joinPath(this.extensionUri, 'media')] };
    webview.html = formViewHtml(webview, this.extensionUri, language());
    const post = () => void this.postForm(document, webview);
    const subscriptions = vscode.Disposable.from(
      webview.onDidReceiveMessage((message: FromView) => {
        if (message.type === 'ready') post();
        else void this.handleMessage(document, message);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === document && event.contentChanges.length > 0) post();
      }),
      onDidChangeLanguage(() => {
        webview.html = formViewHtml(webview, this.extensionUri, language());
      }),
    );
    panel.onDidDispose(() => subscriptions.dispose());
  }

  /** What the view's messages do; the tests call it too, so they take the view's path. */
  async handleMessage(document: vscode.TextDocument, message: FromView): Promise<boolean> {
    if (message.type === 'change') return applyFormChange(this.analyzer, document, message.id, message.change);
    if (message.type === 'openAsText') await vscode.commands.executeCommand('vscode.openWith', document.uri, 'default');
    if (message.type === 'openLink') return openFormLink(document, message.href);
    return false;
  }

  private async postForm(document: vscode.TextDocument, webview: vscode.Webview): Promise<void> {
    const version = document.version;
    const analysis = await this.analyzer.whenAnalyzed(document);
    // A newer text is on its way with its own message.
    if (document.version !== version || document.isClosed) return;
    const message: ToView = {
      type: 'form',
      form: buildForm(analysis),
      language: language(),
      words: { clear: t('Clear'), progress: t('Filled in: {0} of {1}'), notASheet: t('This file is not a session sheet, so there is no form to show.'), openAsText: t('Open as Text') },
    };
    if (await webview.postMessage(message)) this.posted.fire({ document, form: message.form });
  }

  dispose(): void {
    this.posted.dispose();
  }
}
