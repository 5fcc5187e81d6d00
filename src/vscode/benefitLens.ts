import * as vscode from 'vscode';
import { rangeOf } from '../core/index';
import { toRange } from './convert';
import type { SheetAnalyzer } from './sheets';

/** Above each benefit: its priority per sector and its owner, at a glance. */
export class BenefitCodeLens implements vscode.CodeLensProvider {
  constructor(private readonly analyzer: SheetAnalyzer) {}

  readonly onDidChangeCodeLenses = undefined;

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const { session } = this.analyzer.analyze(document);
    if (!session) return [];
    return session.benefits.map((benefit) => {
      const priorities = benefit.priorities.map((group) => {
        const chosen = group.options.filter((option) => option.checked).map((option) => option.label);
        const sector = group.context.replace(/\s*prioriteit$/i, '');
        return `${sector}: ${chosen.length === 1 ? chosen[0] : chosen.length === 0 ? '—' : '?'}`;
      });
      const owner = benefit.owner?.state === 'filled' ? benefit.owner.value : '—';
      const title = [...priorities, vscode.l10n.t('Owner: {0}', owner)].join(' · ');
      const range = toRange(rangeOf(session.source, benefit.heading.span));
      return new vscode.CodeLens(range, { title, command: '' });
    });
  }
}
