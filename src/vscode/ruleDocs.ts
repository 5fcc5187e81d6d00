import * as vscode from 'vscode';
import { t, language } from './i18n';

export const OPEN_RULE_DOCS_COMMAND = 'sessionTemplates.openRuleDocs';

/** The link on a finding's rule id: the rule's documentation, rendered, at its section. */
export function ruleDocsLink(rule: string): vscode.Uri {
  return vscode.Uri.parse(`command:${OPEN_RULE_DOCS_COMMAND}?${encodeURIComponent(JSON.stringify([rule]))}`);
}

/**
 * Shows the rules' documentation (docs/rules.<language>.md, shipped with the extension) in
 * one webview beside the sheet, rendered by VS Code's own Markdown engine and scrolled to the
 * rule's section. Offline, in the chosen language.
 */
export class RuleDocs implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly shown = new vscode.EventEmitter<string>();
  /** Fires with the rule id once its section is on screen (tests wait on it). */
  readonly onDidShow = this.shown.event;

  constructor(private readonly extensionUri: vscode.Uri) {}

  async open(rule: string): Promise<void> {
    const lang = language();
    const file = vscode.Uri.joinPath(this.extensionUri, 'docs', `rules.${lang}.md`);
    const markdown = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', markdown).then(
      (rendered) => rendered,
      () => undefined,
    );
    if (html === undefined) {
      // Without VS Code's Markdown extension: the text itself, at the rule's heading.
      const document = await vscode.workspace.openTextDocument(file);
      const line = document.getText().split('\n').findIndex((text) => text.trim() === `## \`${rule}\``);
      await vscode.window.showTextDocument(document, { selection: new vscode.Range(Math.max(line, 0), 0, Math.max(line, 0), 0), viewColumn: vscode.ViewColumn.Beside });
      return;
    }
    const panel = this.reveal();
    panel.title = t('Rule {0}', rule);
    panel.webview.html = page(panel.webview, html, rule, lang);
  }

  private reveal(): vscode.WebviewPanel {
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
      return this.panel;
    }
    const panel = vscode.window.createWebviewPanel('sessionTemplates.ruleDocs', '', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, enableFindWidget: true });
    panel.webview.onDidReceiveMessage((message: { shown?: string }) => {
      if (typeof message.shown === 'string') this.shown.fire(message.shown);
    });
    panel.onDidDispose(() => (this.panel = undefined));
    this.panel = panel;
    return panel;
  }

  dispose(): void {
    this.panel?.dispose();
    this.shown.dispose();
  }
}

function page(webview: vscode.Webview, body: string, rule: string, lang: string): string {
  const nonce = Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'unsafe-inline'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style>
  body { font-family: var(--vscode-markdown-font-family, var(--vscode-font-family)); font-size: var(--vscode-markdown-font-size, 14px); line-height: 1.6; max-width: 52em; padding: 0 1.5em 40vh; color: var(--vscode-foreground); }
  h1, h2, h3 { font-weight: 600; } h2 { border-top: 1px solid var(--vscode-panel-border); padding-top: 0.8em; margin-top: 1.6em; }
  code { font-family: var(--vscode-editor-font-family); background: var(--vscode-textCodeBlock-background); padding: 0 0.2em; border-radius: 3px; }
  pre { background: var(--vscode-textCodeBlock-background); padding: 0.6em 0.8em; overflow-x: auto; } pre code { padding: 0; }
  table { border-collapse: collapse; } th, td { border: 1px solid var(--vscode-panel-border); padding: 0.2em 0.6em; text-align: left; }
  a { color: var(--vscode-textLink-foreground); }
  .current { background: var(--vscode-editor-findMatchHighlightBackground); outline: 4px solid var(--vscode-editor-findMatchHighlightBackground); }
</style>
</head>
<body>
${body}
<script nonce="${nonce}">
  const rule = ${JSON.stringify(rule)};
  const heading = document.getElementById(rule) || [...document.querySelectorAll('h2, h3')].find((element) => element.textContent.trim() === rule);
  if (heading) { heading.classList.add('current'); heading.scrollIntoView({ block: 'start' }); }
  acquireVsCodeApi().postMessage({ shown: heading ? rule : '' });
</script>
</body>
</html>`;
}
