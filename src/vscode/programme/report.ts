import * as vscode from 'vscode';
import { agreementsReport, benefitsReport, dayOf, relativePath, type ReportFormat, type ReportOptions } from '../../core/index';
import { t } from '../i18n';
import { readSettings } from '../settings';
import type { WorkspaceProgramme } from './workspaceProgramme';

export const REPORT_COMMAND = 'sessionTemplates.report';
/** The Benefits and Agreements views' title buttons: a command each, as a menu cannot pass arguments. */
export const BENEFITS_REPORT_COMMAND = 'sessionTemplates.reportBenefits';
export const AGREEMENTS_REPORT_COMMAND = 'sessionTemplates.reportAgreements';

export type ReportKind = 'benefits' | 'agreements';

/** What a script, a test or a keybinding's `args` may pass instead of answering the pickers. */
export interface ReportRequest {
  readonly report?: ReportKind;
  readonly format?: ReportFormat;
}

const KINDS: readonly ReportKind[] = ['benefits', 'agreements'];
const FORMATS: readonly ReportFormat[] = ['md', 'csv', 'json'];
/** Below this the index is read before a notification would even have shown. */
const QUIET_MS = 200;

/**
 * Report for the Sponsor Group: the benefits or agreements overview of the programme index,
 * written by the same core functions as `session-lint report`, into a new untitled document:
 * nothing on disk is written or overwritten, and the person saves it where they like. Markdown
 * opens in the preview, which shows its tables and the priorities picture (an inline SVG).
 */
export async function reportForSponsorGroup(programme: WorkspaceProgramme, argument?: unknown): Promise<vscode.TextDocument | undefined> {
  // A view's title button passes its focused tree item: anything but a request asks.
  const request = isRequest(argument) ? argument : {};
  const report = request.report ?? (await pickReport());
  if (!report) return undefined;
  const format = request.format ?? (await pickFormat());
  if (!format) return undefined;
  if (!(await indexed(programme))) return undefined;

  const options: ReportOptions = { language: readSettings().language, today: dayOf(new Date()), fileName: linkPath };
  const { index } = programme;
  if (index.summaries().length === 0) {
    void vscode.window.showInformationMessage(t('There are no session sheets in the workspace, so there is nothing to report.'));
    return undefined;
  }
  const benefits = report === 'benefits' ? index.benefits() : [];
  const agreements = report === 'agreements' ? index.agreements(options.today) : [];
  if (report === 'benefits' ? benefits.length === 0 : agreements.length === 0) {
    void vscode.window.showInformationMessage(report === 'benefits' ? t('The session sheets name no benefits yet.') : t('The session sheets hold no agreements yet.'));
    return undefined;
  }
  const content = report === 'benefits' ? benefitsReport(benefits, index.summaries(), format, options) : agreementsReport(agreements, format, options);
  const document = await newUntitled(await languageOf(format), content);
  await vscode.window.showTextDocument(document);
  // In the same group, in front of the text: the text's tab stays beside it, to be saved.
  if (format === 'md') await vscode.commands.executeCommand('markdown.showPreview', document.uri);
  return document;
}

function isRequest(argument: unknown): argument is ReportRequest {
  if (typeof argument !== 'object' || argument === null) return false;
  const { report, format } = argument as Record<string, unknown>;
  return (report !== undefined || format !== undefined) && (report === undefined || KINDS.includes(report as ReportKind)) && (format === undefined || FORMATS.includes(format as ReportFormat));
}

async function pickReport(): Promise<ReportKind | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: t('Benefits'), detail: t('Per benefit its current owner, the priorities per sector, the ownership check and the changes of owner'), report: 'benefits' as const },
      { label: t('Agreements'), detail: t('Every agreement with its responsible person and deadline, overdue first'), report: 'agreements' as const },
    ],
    { title: t('Report for the Sponsor Group'), placeHolder: t('Which overview?'), ignoreFocusOut: true },
  );
  return picked?.report;
}

async function pickFormat(): Promise<ReportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'Markdown', detail: t('Opens in the preview: tables, and the priorities picture'), format: 'md' as const },
      { label: 'CSV', detail: t('For a spreadsheet'), format: 'csv' as const },
      { label: 'JSON', detail: t('For other tools'), format: 'json' as const },
    ],
    { title: t('Report for the Sponsor Group'), placeHolder: t('In which format?'), ignoreFocusOut: true },
  );
  return picked?.format;
}

/** Waits until the workspace has been read; a notification shows when that takes a while. False when the person cancelled. */
async function indexed(programme: WorkspaceProgramme): Promise<boolean> {
  const done = programme.whenIndexed();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const quick = await Promise.race([done.then(() => true), new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), QUIET_MS)))]);
  clearTimeout(timer);
  if (quick) return true;
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('Reading the session sheets…'), cancellable: true }, (_progress, token) =>
    Promise.race([done.then(() => true), new Promise<false>((resolve) => token.onCancellationRequested(() => resolve(false)))]),
  );
}

/**
 * A sheet's link in the report: its path relative to the first workspace folder. The preview
 * of an untitled document (which has no folder of its own) resolves relative links against
 * that folder, and a webview refuses to open `file:` links, so an absolute URI would not work
 * when clicked. The CSV and JSON name files the same way: what `session-lint report` run in
 * the workspace folder writes.
 */
function linkPath(path: string): string {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  return root ? relativePath(root.path, path) : path;
}

/** CSV has no language in VS Code itself; an extension may bring one. */
async function languageOf(format: ReportFormat): Promise<string> {
  if (format === 'md') return 'markdown';
  if (format === 'json') return 'json';
  return (await vscode.languages.getLanguages()).includes('csv') ? 'csv' : 'plaintext';
}

/**
 * A new untitled document with this text. A report closed a moment ago can linger in the
 * workbench under the same untitled name (the Markdown preview holds on to it; seen in the
 * browser, where the preview runs in another extension host) and be handed back with its old
 * text, language and line ends: then the next one, under the next free name, is the report.
 */
async function newUntitled(language: string, content: string): Promise<vscode.TextDocument> {
  for (let tries = 1; ; tries++) {
    const document = await vscode.workspace.openTextDocument({ language, content });
    if ((document.getText() === content && document.languageId === language) || tries === 3) return document;
  }
}
