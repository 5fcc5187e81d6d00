import * as vscode from 'vscode';
import { t } from './i18n';
import {
  candidateNames,
  dayOf,
  commitMessage,
  DEFAULT_COMMIT_MESSAGE_PATTERN,
  fillScaffold,
  isoDay,
  readAnswer,
  sessionFileName,
  slugify,
  text,
  type SessionTemplate,
} from '../core/index';
import { askAnswers, NEW_SESSION_TITLE } from './askAnswers';
import { writeNewFile } from './files';
import { toRange } from './convert';
import { placeInGit, type GitOutcome } from './git';
import { EXTENSION_HOST } from './platform/extensionHost';
import { reportGitOutcome } from './gitMessages';
import { readSettings, SECTION } from './settings';
import type { SheetAnalyzer } from './sheets';
import { ORIGIN, type KnownTemplate, type TemplateRegistry } from './templates';

export const NEW_SESSION_COMMAND = 'sessionTemplates.newSession';

/** What a script (or a keybinding's `args`) may pass instead of answering the prompts. */
export interface NewSessionRequest {
  /** A folder; from a keybinding's JSON `args`, a path (relative to the workspace folder). */
  readonly folder?: vscode.Uri | string;
  readonly template?: string;
  readonly answers?: Readonly<Record<string, string>>;
}

export interface NewSessionResult {
  readonly uri: vscode.Uri;
  readonly git: GitOutcome;
}

type Scaffolded = SessionTemplate & { readonly scaffold: string };

const WHICH_TEMPLATE = text('Welk sjabloon?', 'Which template?');

/**
 * New Session: pick a template, answer its prompts, and get a sheet named by convention,
 * open at its first open item and staged in git. An existing file is never overwritten.
 */
export class NewSessionCommand {
  constructor(
    private readonly templates: TemplateRegistry,
    private readonly analyzer: SheetAnalyzer,
  ) {}

  async run(argument?: vscode.Uri | NewSessionRequest): Promise<NewSessionResult | undefined> {
    const request: NewSessionRequest = argument instanceof vscode.Uri ? { folder: argument } : (argument ?? {});
    // A keybinding's `args` are JSON: a folder comes as a path, relative to the workspace or absolute.
    const folderArgument = request.folder;
    const clicked = typeof folderArgument === 'string' ? folderUri(folderArgument) : folderArgument;
    const folder = await this.targetFolder(clicked);
    if (!folder) return undefined;
    const language = readSettings(folder).language;
    const template = await this.pickTemplate(request.template, language);
    if (!template) return undefined;
    const today = dayOf(new Date());
    const given = request.answers ?? {};
    const asked = template.prompts.filter((prompt) => given[prompt.id] === undefined);
    const typed = asked.length === 0 ? {} : await askAnswers(template, asked, language, today);
    if (!typed) return undefined;
    const answers: Record<string, string> = {};
    let date = isoDay(today);
    for (const prompt of template.prompts) {
      const answer = readAnswer(prompt, given[prompt.id] ?? typed[prompt.id] ?? '', today);
      if (!answer.ok) {
        void vscode.window.showErrorMessage(t('No session created: "{0}": {1}', prompt.label[language], answer.message[language]));
        return undefined;
      }
      answers[prompt.id] = answer.value;
      if (answer.iso && prompt.id === 'date') date = answer.iso;
    }
    const config = vscode.workspace.getConfiguration(`${SECTION}`, folder);
    const values = { ...answers, date, template: template.id, templateName: template.name[language], title: answers.title ?? '', slug: slugify(answers.title ?? '') };
    // The person's setting, else the workspace's configuration file, else the default.
    const pattern = readSettings(folder).fileNamePattern;
    const uri = await createUnderFreeName(folder, sessionFileName(pattern, values), fillScaffold(template, answers));
    await this.openAtFirstOpenItem(uri);
    const message = config.get<boolean>('git.commitOnCreate', false)
      ? commitMessage(config.get<string>('git.commitMessage', '') || DEFAULT_COMMIT_MESSAGE_PATTERN[language], values)
      : undefined;
    const git = await placeInGit(uri, message);
    reportGitOutcome(git, uri, message);
    return { uri, git };
  }

  /** The folder clicked in the Explorer, or the sessions folder of the workspace folder. */
  private async targetFolder(clicked: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
    if (clicked) {
      const stat = await vscode.workspace.fs.stat(clicked).then(
        (found) => found,
        () => undefined,
      );
      return stat && stat.type & vscode.FileType.Directory ? clicked : vscode.Uri.joinPath(clicked, '..');
    }
    const folders = vscode.workspace.workspaceFolders ?? [];
    const active = vscode.window.activeTextEditor?.document.uri;
    const workspaceFolder =
      (active && vscode.workspace.getWorkspaceFolder(active)) ??
      (folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: t('Where should the new session go?') }));
    if (!workspaceFolder) {
      if (folders.length === 0) {
        const open = t('Open Folder');
        const choice = await vscode.window.showWarningMessage(t('Open a folder first: new sessions are saved in it.'), open);
        if (choice === open) await vscode.commands.executeCommand('workbench.action.files.openFolder');
      }
      return undefined;
    }
    const configured = readSettings(workspaceFolder.uri).sessionsFolder;
    if (configured && !isAbsolutePath(configured)) return vscode.Uri.joinPath(workspaceFolder.uri, configured);
    if (configured && EXTENSION_HOST === 'node') return vscode.Uri.file(configured);
    const folder = await sessionsFolderOf(workspaceFolder.uri);
    // A folder on a computer (a desktop setting, synced to vscode.dev): the browser can write only in the workspace.
    if (configured) void vscode.window.showWarningMessage(t('The sessions folder "{0}" (sessionTemplates.sessionsFolder) is a folder on a computer, which the browser cannot write to: the new session goes in {1} in the workspace.', configured, vscode.workspace.asRelativePath(folder)));
    return folder;
  }

  private async pickTemplate(id: string | undefined, language: 'nl' | 'en'): Promise<Scaffolded | undefined> {
    await this.templates.ready;
    const usable = this.templates.entries.filter((entry): entry is KnownTemplate & { template: Scaffolded } => entry.template.scaffold !== undefined);
    if (id !== undefined) {
      const found = usable.find((entry) => entry.template.id === id);
      if (!found) void vscode.window.showErrorMessage(t('There is no template "{0}" with a scaffold.', id));
      return found?.template;
    }
    const picked = await vscode.window.showQuickPick(
      usable.map((entry) => ({
        label: entry.template.name[language],
        description: `${ORIGIN[entry.origin][language]} · ${entry.template.id} ${entry.template.version}`,
        detail: entry.template.description?.[language],
        template: entry.template,
      })),
      { title: NEW_SESSION_TITLE[language], placeHolder: WHICH_TEMPLATE[language], matchOnDescription: true, matchOnDetail: true, ignoreFocusOut: true },
    );
    return picked?.template;
  }

  private async openAtFirstOpenItem(uri: vscode.Uri): Promise<void> {
    const editor = await vscode.window.showTextDocument(uri);
    const first = this.analyzer.analyze(editor.document).progress?.items.find((item) => !item.done);
    if (!first) return;
    // Its blank or placeholder selected (as in `**Locatie:** [invullen]`), so typing replaces it.
    const range = toRange(first.target);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

}

/** Folder names that hold sessions, in the order they are looked for; the first is the default. */
const SESSIONS_FOLDERS = ['sessies', 'sessions', 'Sessies', 'Sessions'];

/** Without a setting: the workspace's own sessions folder if it has one, or else a new `sessies`. */
async function sessionsFolderOf(root: vscode.Uri): Promise<vscode.Uri> {
  for (const name of SESSIONS_FOLDERS) {
    const folder = vscode.Uri.joinPath(root, name);
    const stat = await vscode.workspace.fs.stat(folder).then(
      (found) => found,
      () => undefined,
    );
    if (stat && stat.type & vscode.FileType.Directory) return folder;
  }
  return vscode.Uri.joinPath(root, SESSIONS_FOLDERS[0]);
}

/** `/x`, `\\x` or `C:\\x`: a path that does not hang off the workspace folder. */
function isAbsolutePath(path: string): boolean {
  return /^([a-z]:[\\/]|[\\/])/i.test(path);
}

function folderUri(path: string): vscode.Uri | undefined {
  if (isAbsolutePath(path)) return vscode.Uri.file(path);
  const root = vscode.workspace.workspaceFolders?.[0];
  return root && vscode.Uri.joinPath(root.uri, path);
}


/** Writes the sheet under the first free name: `name.md`, `name-2.md`, `name-3.md`, … */
async function createUnderFreeName(folder: vscode.Uri, relative: string, text: string): Promise<vscode.Uri> {
  for (const name of candidateNames(relative)) {
    const uri = vscode.Uri.joinPath(folder, name);
    if (await writeNewFile(uri, text)) return uri;
  }
  throw new Error('unreachable: candidate names never run out');
}
