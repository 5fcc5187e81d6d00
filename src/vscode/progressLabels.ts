import * as vscode from 'vscode';
import type { Progress, ProgressKind } from '../core/index';

export function kindLabel(kind: ProgressKind): string {
  switch (kind) {
    case 'choice':
      return vscode.l10n.t('Choices');
    case 'check':
      return vscode.l10n.t('Ownership checks');
    case 'task':
      return vscode.l10n.t('Tasks');
    case 'field':
      return vscode.l10n.t('Fields');
    case 'owner':
      return vscode.l10n.t('Owners');
    case 'participant':
      return vscode.l10n.t('Participants');
    case 'agreement':
      return vscode.l10n.t('Agreements');
    case 'journey':
      return vscode.l10n.t('Journey titles');
    case 'invitation':
      return vscode.l10n.t('Invitations');
    case 'blank':
      return vscode.l10n.t('Blanks');
    case 'placeholder':
      return vscode.l10n.t('Placeholders');
  }
}

export function percent(progress: { done: number; total: number }): number {
  return progress.total === 0 ? 100 : Math.round((progress.done / progress.total) * 100);
}

/** One line per kind: `Owners: 2/6`. */
export function breakdown(progress: Progress): string[] {
  return Object.entries(progress.byKind).map(([kind, tally]) => `${kindLabel(kind as ProgressKind)}: ${tally.done}/${tally.total}`);
}
