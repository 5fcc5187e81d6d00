import * as vscode from 'vscode';
import type { ActiveSheet } from './activeSheet';
import { breakdown, percent } from './progressLabels';

export const PROGRESS_VIEW = 'sessionTemplates.progress';

/** "Sessie 42/60 · 70%" on session sheets; the tooltip breaks it down, a click opens the view. */
export class ProgressStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('sessionTemplates.progress', vscode.StatusBarAlignment.Left, 50);
  private readonly subscription: vscode.Disposable;

  constructor(private readonly sheet: ActiveSheet) {
    this.item.name = vscode.l10n.t('Session progress');
    this.item.command = `${PROGRESS_VIEW}.focus`;
    this.subscription = sheet.onDidChange(() => this.render());
    this.render();
  }

  private render(): void {
    const progress = this.sheet.analysis?.progress;
    if (!progress) {
      this.item.hide();
      return;
    }
    this.item.text = `$(checklist) ${vscode.l10n.t('Session {0}/{1} · {2}%', progress.done, progress.total, percent(progress))}`;
    const tooltip = new vscode.MarkdownString(`**${vscode.l10n.t('Filled in: {0} of {1}', progress.done, progress.total)}**\n\n`);
    tooltip.appendMarkdown(breakdown(progress).map((line) => `- ${line}`).join('\n'));
    tooltip.appendMarkdown(`\n\n${vscode.l10n.t('Click to open the Session progress view.')}`);
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
