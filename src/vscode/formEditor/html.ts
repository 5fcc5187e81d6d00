import * as vscode from 'vscode';
import type { Language } from '../../core/index';

/**
 * The view's page: one script of ours, allowed by a nonce, and nothing remote. Styles come
 * from the same file (the script adds them), so the policy needs no 'unsafe-inline'.
 */
export function formViewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, language: Language): string {
  // Web Crypto: the same in the Node extension host and the browser's.
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'out', 'formView.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'formView.css'));
  // blob: images only: the priorities picture is drawn from an SVG made on the page, to copy as PNG.
  const policy = [`default-src 'none'`, `script-src 'nonce-${nonce}'`, `style-src ${webview.cspSource}`, `font-src ${webview.cspSource}`, 'img-src blob:'].join('; ');
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
</head>
<body>
<main id="form"></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}
