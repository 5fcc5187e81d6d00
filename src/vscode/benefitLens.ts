import * as vscode from 'vscode';
import { ownerVerdict, rangeOf } from '../core/index';
import { toRange } from './convert';
import { t } from './i18n';
import { verdictLabel } from './progressLabels';
import type { SheetAnalyzer } from './sheets';

/**
 * Above each benefit: its priority per sector and its owner, at a glance. An owner who is no
 * real owner (the programme, nobody who took part, no name) says so, so the lens never shows
 * pushed-away ownership as settled.
 */
export class BenefitCodeLens implements vscode.CodeLensProvider {
  constructor(private readonly analyzer: SheetAnalyzer) {}

  readonly onDidChangeCodeLenses = undefined;

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const { session } = await this.analyzer.whenAnalyzed(document);
    if (!session) return [];
    return session.benefits.map((benefit) => {
      const priorities = benefit.priorities.map((group) => {
        const chosen = group.options.filter((option) => option.checked).map((option) => option.label);
        const sector = group.context.replace(/\s*prioriteit$/i, '');
        return `${sector}: ${chosen.length === 1 ? chosen[0] : chosen.length === 0 ? '—' : '?'}`;
      });
      const value = benefit.owner?.state === 'filled' ? benefit.owner.value : undefined;
      const verdict = ownerVerdict(session, value);
      const owner = value === undefined ? '—' : verdict === 'ok' || verdict === 'absent' ? value : `${value} (${verdictLabel(verdict)})`;
      const title = [...priorities, t('Owner: {0}', owner)].join(' · ');
      const range = toRange(rangeOf(session.source, benefit.heading.span));
      return new vscode.CodeLens(range, { title, command: '' });
    });
  }
}
