import * as vscode from 'vscode';
import { text as bilingual, type Finding } from '../core/index';
import { readSettings } from './settings';
import { toRange } from './convert';
import { toDiagnostic } from './diagnostics';
import type { SheetAnalyzer } from './sheets';

/** Quick fixes: the core's fixes for each finding, and turning the rule off for the line. */
export class SheetCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly analyzer: SheetAnalyzer) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    const analysis = this.analyzer.analyze(document);
    if (!analysis.template) return [];
    const actions: vscode.CodeAction[] = [];
    for (const finding of analysis.findings) {
      const findingRange = toRange(finding.range);
      if (!findingRange.intersection(range) && !findingRange.contains(range.start)) continue;
      const diagnostic = toDiagnostic(finding);
      for (const [index, fix] of finding.fixes.entries()) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.edit = new vscode.WorkspaceEdit();
        for (const edit of fix.edits) action.edit.replace(document.uri, toRange(edit.range), edit.newText);
        action.isPreferred = index === 0 && finding.fixes.length === 1;
        actions.push(action);
      }
      actions.push(this.disableForLine(document, finding, diagnostic));
    }
    return actions;
  }

  /** A `disable-line` comment at the end of the line; in a table row, inside its last cell. */
  private disableForLine(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction {
    // Attached to a finding, so in the findings' language (sessionTemplates.language), like the core's fixes.
    const title = bilingual(`Zet ${finding.rule} uit voor deze regel`, `Turn off ${finding.rule} for this line`)[readSettings(document.uri).language];
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    const line = document.lineAt(finding.range.start.line - 1);
    const comment = `<!-- session-lint-disable-line ${finding.rule} -->`;
    const text = line.text.trimEnd();
    const lastPipe = text.endsWith('|') && text.trimStart().startsWith('|') ? text.length - 1 : -1;
    const at = lastPipe === -1 ? new vscode.Position(line.lineNumber, text.length) : new vscode.Position(line.lineNumber, lastPipe);
    const before = lastPipe === -1 ? ' ' : text[lastPipe - 1] === ' ' ? '' : ' ';
    action.edit = new vscode.WorkspaceEdit();
    action.edit.insert(document.uri, at, `${before}${comment}${lastPipe === -1 ? '' : ' '}`);
    return action;
  }
}

