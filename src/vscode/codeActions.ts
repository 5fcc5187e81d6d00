import * as vscode from 'vscode';
import { t } from './i18n';
import type { Finding, Fix } from '../core/index';
import { FILL_OWNER_COMMAND, GO_TO_PARTICIPANTS_COMMAND } from './ownerActions';
import { toRange } from './convert';
import { toDiagnostic } from './diagnostics';
import type { SheetAnalyzer } from './sheets';

/** Quick fixes: the core's fixes for each finding, and turning the rule off for the line. */
export const PICK_OWNER_COMMAND = 'sessionTemplates.pickOwner';
const OWNER_RULES = new Set(['owner-missing', 'owner-deflected', 'owner-unknown', 'agreement-incomplete']);

export class SheetCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly analyzer: SheetAnalyzer) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): Promise<vscode.CodeAction[]> {
    const analysis = await this.analyzer.whenAnalyzed(document);
    if (!analysis.template) return [];
    const here = analysis.findings.filter((finding) => {
      const findingRange = toRange(finding.range);
      return findingRange.intersection(range) !== undefined || findingRange.contains(range.start);
    });
    // Fixes are built for these findings only (in the worker, for a large sheet).
    const fixesOfEach = await this.analyzer.fixesOf(analysis, here);
    const actions: vscode.CodeAction[] = [];
    for (const [at, finding] of here.entries()) {
      const fixes = fixesOfEach[at];
      const diagnostic = toDiagnostic(finding);
      if (OWNER_RULES.has(finding.rule) && fixes.length > 1) actions.push(this.pickOwner(document, fixes, diagnostic));
      for (const fix of fixes) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.edit = new vscode.WorkspaceEdit();
        for (const edit of fix.edits) action.edit.replace(document.uri, toRange(edit.range), edit.newText);
        action.isPreferred = fix.preferred;
        actions.push(action);
      }
      if (finding.rule === 'owner-missing') actions.push(...this.helpFillOwner(document, finding, fixes.length, diagnostic));
      // Last, never first: turning a rule off is the way out, not the way to fix.
      actions.push(this.disableForLine(document, finding, diagnostic));
    }
    return actions;
  }

  /** One action that opens a quick pick of the candidate owners (each fix is one of them). */
  private pickOwner(document: vscode.TextDocument, fixes: readonly Fix[], diagnostic: vscode.Diagnostic): vscode.CodeAction {
    const title = t('Pick an owner…');
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.isPreferred = true;
    action.command = { command: PICK_OWNER_COMMAND, title, arguments: [document.uri, fixes] };
    return action;
  }

  /**
   * A missing owner with nobody to pick yet (no participant named): what helps is to type
   * the owner in, or to name the participants first.
   */
  private helpFillOwner(document: vscode.TextDocument, finding: Finding, fixCount: number, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const fill = new vscode.CodeAction(t('Fill in the owner'), vscode.CodeActionKind.QuickFix);
    fill.diagnostics = [diagnostic];
    fill.isPreferred = fixCount === 0;
    fill.command = { command: FILL_OWNER_COMMAND, title: fill.title, arguments: [document.uri, finding.range] };
    const participants = new vscode.CodeAction(t('Go to the participants table'), vscode.CodeActionKind.QuickFix);
    participants.diagnostics = [diagnostic];
    participants.command = { command: GO_TO_PARTICIPANTS_COMMAND, title: participants.title, arguments: [document.uri] };
    return fixCount === 0 ? [fill, participants] : [fill];
  }

  /** A `disable-line` comment at the end of the line; in a table row, inside its last cell. */
  private disableForLine(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction {
    const title = t('Turn off {0} for this line', finding.rule);
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
    quickPick.placeholder = t('Who owns this? Choose a participant');
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
