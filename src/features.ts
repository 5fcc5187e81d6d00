import * as vscode from 'vscode';
import type { BackgroundAnalysis } from './background/client';
import { ActiveSheet } from './vscode/activeSheet';
import { AgendaTimeCompletion } from './vscode/agendaCompletion';
import { AutoSuggest } from './vscode/autoSuggest';
import { BenefitCodeLens } from './vscode/benefitLens';
import { checkWorkspace } from './vscode/checkWorkspace';
import { OwnerPicker, PICK_OWNER_COMMAND, SheetCodeActions } from './vscode/codeActions';
import { registerCommandInBothLanguages } from './vscode/commands';
import { ConfigFiles, onDidChangeConfigFiles } from './vscode/configFile';
import { DiagnosticsManager } from './vscode/diagnostics';
import { FORM_VIEW_TYPE, openAsForm, openFormToSide, openTextToSide } from './vscode/formEditor/commands';
import { ActiveForm } from './vscode/formEditor/activeForm';
import { FormEditorProvider } from './vscode/formEditor/provider';
import { languageInContext } from './vscode/languageContext';
import { NEW_SESSION_COMMAND, NewSessionCommand, type NewSessionRequest } from './vscode/newSession';
import { NEW_TEMPLATE_COMMAND, newTemplateFromFile, type NewTemplateRequest } from './vscode/newTemplate';
import { FILL_OWNER_COMMAND, fillOwner, GO_TO_PARTICIPANTS_COMMAND, goToParticipants } from './vscode/ownerActions';
import { OwnerCompletion } from './vscode/ownerCompletion';
import { AgreementsView, FILTER_COMMAND, GROUP_BY_DEADLINE_COMMAND, GROUP_BY_PERSON_COMMAND, SHOW_ALL_COMMAND } from './vscode/programme/agreementsView';
import { BenefitsView } from './vscode/programme/benefitsView';
import { ProgrammeDiagnostics } from './vscode/programme/programmeDiagnostics';
import { AGREEMENTS_REPORT_COMMAND, BENEFITS_REPORT_COMMAND, REPORT_COMMAND, reportForSponsorGroup } from './vscode/programme/report';
import { WorkspaceProgramme } from './vscode/programme/workspaceProgramme';
import { goToNextOpenItem, ProgressView, reveal, REVEAL_COMMAND } from './vscode/progressView';
import { OPEN_RULE_DOCS_COMMAND, RuleDocs } from './vscode/ruleDocs';
import { setStatus } from './vscode/setStatus';
import { SheetAnalyzer } from './vscode/sheets';
import { SessionSnippets } from './vscode/snippets';
import { TemplateRegistry } from './vscode/templates';
import { ProgressStatusBar } from './vscode/statusBar';

const MARKDOWN: vscode.DocumentSelector = [{ language: 'markdown' }];

/** What activate returns: used by the extension-host tests to reach the features' state. */
export interface SessionTemplatesApi {
  readonly progressView: ProgressView;
  readonly ownerPicker: OwnerPicker;
  readonly templates: TemplateRegistry;
  readonly analyzer: SheetAnalyzer;
  /** The analysis worker; undefined in the browser, whose extension host is a worker already. */
  readonly background: BackgroundAnalysis | undefined;
  readonly ruleDocs: RuleDocs;
  readonly statusBar: ProgressStatusBar;
  readonly autoSuggest: AutoSuggest;
  readonly configFiles: ConfigFiles;
  readonly formEditor: FormEditorProvider;
  readonly programme: WorkspaceProgramme;
  readonly programmeDiagnostics: ProgrammeDiagnostics;
  readonly benefitsView: BenefitsView;
  readonly agreementsView: AgreementsView;
}

/**
 * Wires the features together; each lives in its own module under src/vscode/. The same in
 * both entries (extension.ts for VS Code's Node extension host, extensionWeb.ts for the
 * browser's), but for the analysis worker, which only Node's gets.
 */
export function activateFeatures(context: vscode.ExtensionContext, background: BackgroundAnalysis | undefined): SessionTemplatesApi {
  // The team's configuration file first: every setting read after it sees what it sets.
  const configFiles = new ConfigFiles();
  const templates = new TemplateRegistry();
  const analyzer = new SheetAnalyzer(templates, background);
  void templates.reload();
  const diagnostics = new DiagnosticsManager(analyzer);
  const activeForm = new ActiveForm();
  const sheet = new ActiveSheet(analyzer, activeForm);
  const progressView = new ProgressView(sheet);
  const ownerPicker = new OwnerPicker();
  const ruleDocs = new RuleDocs(context.extensionUri);
  const statusBar = new ProgressStatusBar(sheet);
  const newSession = new NewSessionCommand(templates, analyzer);
  const autoSuggest = new AutoSuggest(analyzer);
  const formEditor = new FormEditorProvider(context.extensionUri, analyzer, activeForm);
  const programme = new WorkspaceProgramme(analyzer);
  const programmeDiagnostics = new ProgrammeDiagnostics(programme);
  const benefitsView = new BenefitsView(programme);
  const agreementsView = new AgreementsView(programme, context.workspaceState);
  context.subscriptions.push(
    configFiles,
    onDidChangeConfigFiles(() => analyzer.invalidate()),
    languageInContext(),
    templates,
    analyzer,
    diagnostics,
    programme,
    programmeDiagnostics,
    benefitsView,
    benefitsView.show(),
    agreementsView,
    agreementsView.show(),
    activeForm,
    sheet,
    progressView,
    progressView.show(),
    progressView.openOnFirstSheet(context.globalState, () => benefitsView.treeView?.visible === true || agreementsView.treeView?.visible === true),
    statusBar,
    ruleDocs,
    autoSuggest,
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new SheetCodeActions(analyzer), {
      providedCodeActionKinds: SheetCodeActions.kinds,
    }),
    vscode.languages.registerCodeLensProvider(MARKDOWN, new BenefitCodeLens(analyzer)),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new OwnerCompletion(analyzer), ' ', '|'),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new AgendaTimeCompletion(analyzer), ' ', '|'),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new SessionSnippets(analyzer)),
    vscode.commands.registerCommand(REVEAL_COMMAND, reveal),
    ownerPicker,
    vscode.commands.registerCommand(PICK_OWNER_COMMAND, (uri: vscode.Uri, fixes) => ownerPicker.pick(uri, fixes)),
    vscode.commands.registerCommand(FILL_OWNER_COMMAND, fillOwner),
    vscode.commands.registerCommand(GO_TO_PARTICIPANTS_COMMAND, (uri: vscode.Uri) => goToParticipants(analyzer, uri)),
    vscode.commands.registerCommand(OPEN_RULE_DOCS_COMMAND, (rule: string) => ruleDocs.open(rule)),
    registerCommandInBothLanguages('sessionTemplates.setStatus', setStatus),
    registerCommandInBothLanguages('sessionTemplates.nextOpenItem', () => goToNextOpenItem(sheet)),
    registerCommandInBothLanguages(NEW_SESSION_COMMAND, (argument?: vscode.Uri | NewSessionRequest) => newSession.run(argument)),
    registerCommandInBothLanguages(NEW_TEMPLATE_COMMAND, (request?: NewTemplateRequest) => newTemplateFromFile(templates, request)),
    registerCommandInBothLanguages('sessionTemplates.checkWorkspace', () => checkWorkspace(analyzer, diagnostics, programme, programmeDiagnostics)),
    registerCommandInBothLanguages(GROUP_BY_PERSON_COMMAND, () => agreementsView.groupBy('person')),
    registerCommandInBothLanguages(GROUP_BY_DEADLINE_COMMAND, () => agreementsView.groupBy('deadline')),
    registerCommandInBothLanguages(FILTER_COMMAND, (person?: string) => agreementsView.filterTo(person)),
    registerCommandInBothLanguages(SHOW_ALL_COMMAND, () => agreementsView.showAll()),
    registerCommandInBothLanguages(REPORT_COMMAND, (request?: unknown) => reportForSponsorGroup(programme, request)),
    registerCommandInBothLanguages(BENEFITS_REPORT_COMMAND, () => reportForSponsorGroup(programme, { report: 'benefits' })),
    registerCommandInBothLanguages(AGREEMENTS_REPORT_COMMAND, () => reportForSponsorGroup(programme, { report: 'agreements' })),
    formEditor,
    vscode.window.registerCustomEditorProvider(FORM_VIEW_TYPE, formEditor),
    registerCommandInBothLanguages('sessionTemplates.openAsForm', openAsForm),
    registerCommandInBothLanguages('sessionTemplates.openFormToSide', openFormToSide),
    registerCommandInBothLanguages('sessionTemplates.openTextToSide', (uri?: vscode.Uri) => openTextToSide(activeForm, uri)),
  );
  return { progressView, ownerPicker, templates, analyzer, background, ruleDocs, statusBar, autoSuggest, configFiles, formEditor, programme, programmeDiagnostics, benefitsView, agreementsView };
}
