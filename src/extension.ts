import * as vscode from 'vscode';
import { ActiveSheet } from './vscode/activeSheet';
import { AgendaTimeCompletion } from './vscode/agendaCompletion';
import { BenefitCodeLens } from './vscode/benefitLens';
import { checkWorkspace } from './vscode/checkWorkspace';
import { OwnerPicker, PICK_OWNER_COMMAND, SheetCodeActions } from './vscode/codeActions';
import { DiagnosticsManager } from './vscode/diagnostics';
import { NEW_SESSION_COMMAND, NewSessionCommand, type NewSessionRequest } from './vscode/newSession';
import { setExtensionUri } from './vscode/docs';
import { NEW_TEMPLATE_COMMAND, newTemplateFromFile, type NewTemplateRequest } from './vscode/newTemplate';
import { OwnerCompletion } from './vscode/ownerCompletion';
import { goToNextOpenItem, ProgressView, reveal, REVEAL_COMMAND } from './vscode/progressView';
import { setStatus } from './vscode/setStatus';
import { SheetAnalyzer } from './vscode/sheets';
import { TemplateRegistry } from './vscode/templates';
import { PROGRESS_VIEW, ProgressStatusBar } from './vscode/statusBar';

const MARKDOWN: vscode.DocumentSelector = [{ language: 'markdown' }];

/** Wires the features together; each lives in its own module under src/vscode/. */
/** What activate returns: used by the extension-host tests to read the progress view. */
export interface SessionTemplatesApi {
  readonly progressView: ProgressView;
  readonly ownerPicker: OwnerPicker;
  readonly templates: TemplateRegistry;
  readonly analyzer: SheetAnalyzer;
}

export function activate(context: vscode.ExtensionContext): SessionTemplatesApi {
  setExtensionUri(context.extensionUri);
  const templates = new TemplateRegistry();
  const analyzer = new SheetAnalyzer(templates);
  void templates.reload();
  const diagnostics = new DiagnosticsManager(analyzer);
  const sheet = new ActiveSheet(analyzer);
  const progressView = new ProgressView(sheet);
  const ownerPicker = new OwnerPicker();
  const newSession = new NewSessionCommand(templates, analyzer);
  context.subscriptions.push(
    templates,
    analyzer,
    diagnostics,
    sheet,
    progressView,
    new ProgressStatusBar(sheet),
    vscode.window.createTreeView(PROGRESS_VIEW, { treeDataProvider: progressView, showCollapseAll: true }),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new SheetCodeActions(analyzer), {
      providedCodeActionKinds: SheetCodeActions.kinds,
    }),
    vscode.languages.registerCodeLensProvider(MARKDOWN, new BenefitCodeLens(analyzer)),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new OwnerCompletion(analyzer), ' ', '|'),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new AgendaTimeCompletion(analyzer), ' ', '|'),
    vscode.commands.registerCommand(REVEAL_COMMAND, reveal),
    ownerPicker,
    vscode.commands.registerCommand(PICK_OWNER_COMMAND, (uri: vscode.Uri, fixes) => ownerPicker.pick(uri, fixes)),
    vscode.commands.registerCommand('sessionTemplates.setStatus', setStatus),
    vscode.commands.registerCommand('sessionTemplates.nextOpenItem', () => goToNextOpenItem(sheet)),
    vscode.commands.registerCommand(NEW_SESSION_COMMAND, (argument?: vscode.Uri | NewSessionRequest) => newSession.run(argument)),
    vscode.commands.registerCommand(NEW_TEMPLATE_COMMAND, (request?: NewTemplateRequest) => newTemplateFromFile(templates, request)),
    vscode.commands.registerCommand('sessionTemplates.checkWorkspace', () => checkWorkspace(analyzer, diagnostics)),
  );
  return { progressView, ownerPicker, templates, analyzer };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
