import * as vscode from 'vscode';
import { buildForm, prioritiesSvg } from '../../core/index';
import { language, t } from '../i18n';
import type { SheetAnalyzer } from '../sheets';
import type { PrioritiesNotice, PrioritiesViewWords } from './messages';

/*
 * The host's part of the priorities picture: the SVG made from the document as it is now and
 * put on the clipboard as text, and a PNG the view drew saved where the person says.
 */

export function prioritiesWords(): PrioritiesViewWords {
  return {
    copySvg: t('Copy as SVG'),
    copyPng: t('Copy as PNG'),
    savePng: t('Save as PNG…'),
    copiedPng: t('Copied the priorities as a PNG picture.'),
    pngRefused: t('The clipboard did not take the picture. Save it as a PNG file instead.'),
  };
}

/** Puts the document's priorities on the clipboard as SVG text; false when the sheet has none. */
export async function copyPrioritiesSvg(analyzer: SheetAnalyzer, document: vscode.TextDocument, notify: (text: string) => void): Promise<boolean> {
  const priorities = buildForm(await analyzer.whenAnalyzed(document))?.priorities;
  if (!priorities) return false;
  await vscode.env.clipboard.writeText(prioritiesSvg(priorities, language()));
  notify(t('Copied the priorities as SVG.'));
  return true;
}

/**
 * Saves the PNG the view drew. The save dialog asks before it replaces a file (the system's
 * and VS Code's own dialog both do), and the name it offers is one that is not taken yet.
 */
export async function savePrioritiesPng(
  document: vscode.TextDocument,
  png: string,
  notify: (text: string) => void,
  pickTarget: (suggested: vscode.Uri) => Thenable<vscode.Uri | undefined> = askTarget,
): Promise<boolean> {
  const target = await pickTarget(await freeName(document.uri));
  if (!target) return false;
  await vscode.workspace.fs.writeFile(target, Uint8Array.from(atob(png), (character) => character.charCodeAt(0)));
  notify(t('Saved the priorities as {0}.', vscode.workspace.asRelativePath(target)));
  return true;
}

function askTarget(suggested: vscode.Uri): Thenable<vscode.Uri | undefined> {
  return vscode.window.showSaveDialog({ defaultUri: suggested, filters: { [t('PNG picture')]: ['png'] }, saveLabel: t('Save'), title: t('Save the priorities as PNG') });
}

/** `sheet-prioriteiten.png` beside the sheet, or `…-2.png` and on when that is taken. */
async function freeName(sheet: vscode.Uri): Promise<vscode.Uri> {
  const folder = vscode.Uri.joinPath(sheet, '..');
  const base = `${sheet.path.split('/').pop()!.replace(/\.[^.]*$/, '')}-${language() === 'nl' ? 'prioriteiten' : 'priorities'}`;
  for (let number = 1; ; number++) {
    const candidate = vscode.Uri.joinPath(folder, `${base}${number === 1 ? '' : `-${number}`}.png`);
    try {
      await vscode.workspace.fs.stat(candidate);
    } catch {
      return candidate;
    }
  }
}

/** Tells a view what became of its request. */
export function noticeTo(webview: vscode.Webview | undefined): (text: string) => void {
  return (text) => {
    if (webview) void webview.postMessage({ type: 'prioritiesNotice', text } satisfies PrioritiesNotice);
  };
}
