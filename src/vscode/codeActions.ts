import * as vscode from 'vscode';
import { text as bilingual, type Finding, type Fix } from '../core/index';
import { readSettings } from './settings';
import { toRange } from './convert';
import { toDiagnostic } from './diagnostics';
import type { SheetAnalyzer } from './sheets';

/** Quick fixes: the core's fixes for each finding, and turning the rule off for the line. */
export const PICK_OWNER_COMMAND = 'sessionTemplates.pickOwner';
const OWNER_RULES = new Set(['owner-missing', 'owner-deflected', 'owner-unknown', 'agreement-incomplete']);

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
      if (OWNER_RULES.has(finding.rule) && finding.fixes.length > 1) actions.push(this.pickOwner(document, finding, diagnostic));
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

  /** One action that opens a quick pick of the candidate owners (each fix is one of them). */
  private pickOwner(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction {
    const title = bilingual('Kies een eigenaar…', 'Pick an owner…')[readSettings(document.uri).language];
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.isPreferred = true;
    action.command = { command: PICK_OWNER_COMMAND, title, arguments: [document.uri, finding.fixes] };
    return action;
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

/** Shows the candidate owners and applies the chosen one's edit. */
export class OwnerPicker implements vscode.Disposable {
  private readonly shown = new vscode.EventEmitter<void>();
  /** Fires once the quick pick is on screen (tests wait on it instead of sleeping). */
  readonly onDidShow = this.shown.event;

  pick(uri: vscode.Uri, fixes: readonly Fix[]): Promise<boolean> {
    const quickPick = vscode.window.createQuickPick<vscode.QuickPickItem & { fix: Fix }>();
    quickPick.placeholder = vscode.l10n.t('Who owns this? Choose a participant');
    quickPick.items = fixes.map((fix) => ({ label: fix.title, fix }));
    return new Promise<boolean>((resolve) => {
      let accepted = false;
      quickPick.onDidAccept(async () => {
        const [picked] = quickPick.selectedItems;
        accepted = picked !== undefined;
        quickPick.hide();
        if (!picked) return;
        const edit = new vscode.WorkspaceEdit();
        for (const change of picked.fix.edits) edit.replace(uri, toRange(change.range), change.newText);
        resolve(await vscode.workspace.applyEdit(edit));
      });
      quickPick.onDidHide(() => {
        quickPick.dispose();
        if (!accepted) resolve(false);
      });
      // The first active item is reported by the window once the pick is really on screen.
      const activeOnce = quickPick.onDidChangeActive((active) => {
        if (active.length === 0) return;
        activeOnce.dispose();
        this.shown.fire();
      });
      quickPick.show();
    });
  }

  dispose(): void {
    this.shown.dispose();
  }
}
