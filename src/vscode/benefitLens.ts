import * as vscode from 'vscode';
import { rangeOf, text } from '../core/index';
import { readSettings } from './settings';
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
      // About the sheet's content, so in the findings' language (sessionTemplates.language).
      const ownerLabel = text(`Eigenaar: ${owner}`, `Owner: ${owner}`)[readSettings(document.uri).language];
      const title = [...priorities, ownerLabel].join(' · ');
      const range = toRange(rangeOf(session.source, benefit.heading.span));
      return new vscode.CodeLens(range, { title, command: '' });
    });
  }
}
