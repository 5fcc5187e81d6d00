import * as vscode from 'vscode';
import type { ActiveSheet } from './activeSheet';
import { onDidChangeLanguage, t } from './i18n';
import { breakdown, ownersLine, percent } from './progressLabels';

export const PROGRESS_VIEW = 'sessionTemplates.progress';

/**
 * "Sessie 42/60 · 70%" on session sheets, and how many benefits still lack a real owner;
 * the tooltip breaks it down, a click opens the progress view.
 */
export class ProgressStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('sessionTemplates.progress', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly sheet: ActiveSheet) {
    this.item.command = `${PROGRESS_VIEW}.focus`;
    this.subscriptions = [sheet.onDidChange(() => this.render()), onDidChangeLanguage(() => this.render())];
    this.render();
  }

  private render(): void {
    this.item.name = t('Session progress');
    const progress = this.sheet.analysis?.progress;
    if (!progress) {
      this.renderSkipped();
      return;
    }
    this.item.command = `${PROGRESS_VIEW}.focus`;
    // A large sheet being analysed shows the figures of its text before the last edits, spinning.
    const icon = this.sheet.pending ? '$(sync~spin)' : '$(checklist)';
    const lacking = progress.owners.lacking.length;
    const owners = lacking > 0 ? `  $(warning) ${t('{0} without owner', lacking)}` : '';
    this.item.text = `${icon} ${t('Session {0}/{1} · {2}%', progress.done, progress.total, percent(progress))}${owners}`;
    const tooltip = new vscode.MarkdownString(`**${t('Filled in: {0} of {1}', progress.done, progress.total)}**\n\n`);
    const ownership = ownersLine(progress);
    if (ownership) tooltip.appendMarkdown(`${lacking > 0 ? '$(warning) ' : '$(pass) '}${ownership}\n\n`);
    tooltip.appendMarkdown(breakdown(progress).map((line) => `- ${line}`).join('\n'));
    tooltip.appendMarkdown(`\n\n${t('Click to open the Session progress view.')}`);
    tooltip.supportThemeIcons = true;
    this.item.tooltip = tooltip;
    this.item.show();
  }

  /** A sheet too large to analyse while editing: said plainly, with the way to change it. */
  private renderSkipped(): void {
    if (this.sheet.pending) {
      this.item.text = `$(sync~spin) ${t('Analysing the session sheet…')}`;
      this.item.tooltip = t('A large sheet is analysed in the background; its findings and progress appear when it is done.');
      this.item.command = undefined;
      this.item.show();
      return;
    }
    const skipped = this.sheet.skipped;
    if (!skipped) {
      this.item.hide();
      return;
    }
    const kB = (bytes: number) => `${Math.round(bytes / 1024)} kB`;
    this.item.text = `$(warning) ${t('Session sheet not analysed: {0} > {1}', kB(skipped.size), kB(skipped.limit))}`;
    this.item.tooltip = t('This sheet is larger than sessionTemplates.maxSheetSizeKB, so it is not analysed while you edit. Click to change the setting; session-lint checks it at any size.');
    this.item.command = { command: 'workbench.action.openSettings', title: t('Open Setting'), arguments: ['sessionTemplates.maxSheetSizeKB'] };
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}
