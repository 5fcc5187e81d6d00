import * as vscode from 'vscode';
import { language, t } from './i18n';
import { builtInTemplates, loadTemplate, scaffoldFileName, scaffoldKindProblem, scaffoldPathProblem, text, type SessionTemplate, type TemplateProblem, type TemplateSource, type Text } from '../core/index';
import { SECTION } from './settings';

export type TemplateOrigin = 'built-in' | 'workspace' | 'user';

export interface KnownTemplate {
  readonly template: SessionTemplate;
  readonly origin: TemplateOrigin;
  /** The files it was read from; undefined for a built-in one. The analysis worker loads it again from these. */
  readonly source?: TemplateSource;
}

const DEFAULT_FOLDER = '.sessions/templates';

/**
 * The templates a sheet may come from: built-in, then the workspace's template folder, then
 * the user's (a later one with the same id wins). Templates are data: reading them runs
 * nothing, so they load in untrusted workspaces too. A broken definition shows as a
 * diagnostic in its JSON file and a notification once; the others stay usable.
 */
export class TemplateRegistry implements vscode.Disposable {
  private known: KnownTemplate[] = builtInTemplates().templates.map((template) => ({ template, origin: 'built-in' }));
  readonly problems = vscode.languages.createDiagnosticCollection('session-templates-definitions');
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly notified = new Set<string>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private loading: Promise<void> = Promise.resolve();

  /** Watchers on the template folders only (not every Markdown file), renewed on each load. */
  private watchers: vscode.Disposable[] = [];

  constructor() {
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SECTION}.templatesFolder`) || event.affectsConfiguration(`${SECTION}.userTemplatesFolder`)) void this.reload();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reload()),
    );
  }

  private watch(folders: readonly { uri: vscode.Uri }[]): void {
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = folders.flatMap(({ uri }) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(uri, '*.{json,md}'));
      const reload = () => void this.reload();
      return [watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload)];
    });
  }

  get templates(): SessionTemplate[] {
    return this.known.map((entry) => entry.template);
  }

  get entries(): readonly KnownTemplate[] {
    return this.known;
  }

  /** Resolves when the templates being read now (if any) are in place. */
  get ready(): Promise<void> {
    return this.loading;
  }

  /** Reads every template folder again; resolves when the new set is in place. */
  reload(): Promise<void> {
    this.loading = this.loading.then(() => this.load());
    return this.loading;
  }

  private folders(): { uri: vscode.Uri; origin: TemplateOrigin }[] {
    const config = vscode.workspace.getConfiguration(SECTION);
    const folders: { uri: vscode.Uri; origin: TemplateOrigin }[] = (vscode.workspace.workspaceFolders ?? []).map((folder) => ({
      uri: workspaceTemplatesFolder(folder),
      origin: 'workspace',
    }));
    const user = config.get<string>('userTemplatesFolder', '');
    if (user) folders.push({ uri: vscode.Uri.file(user), origin: 'user' });
    return folders;
  }

  private async load(): Promise<void> {
    const byId = new Map<string, KnownTemplate>(builtInTemplates().templates.map((template) => [template.id, { template, origin: 'built-in' }]));
    const problems = new Map<string, { uri: vscode.Uri; problems: TemplateProblem[] }>();
    const folders = this.folders();
    this.watch(folders);
    for (const { uri: folder, origin } of folders) {
      // Stat first: reading a missing folder works too, but VS Code logs it as an error.
      const isFolder = await vscode.workspace.fs.stat(folder).then(
        (stat) => (stat.type & vscode.FileType.Directory) !== 0,
        () => false,
      );
      if (!isFolder) continue;
      const names = await vscode.workspace.fs.readDirectory(folder).then(
        (entries) => entries,
        () => [] as [string, vscode.FileType][],
      );
      for (const [name] of names.filter(([file, type]) => type === vscode.FileType.File && file.endsWith('.template.json')).sort()) {
        const file = vscode.Uri.joinPath(folder, name);
        // A file may go between the listing and the read (a delete, a git checkout): skip it.
        const bytes = await vscode.workspace.fs.readFile(file).then(
          (read) => read,
          () => undefined,
        );
        if (!bytes) continue;
        const json = new TextDecoder().decode(bytes);
        const scaffoldUri = vscode.Uri.joinPath(folder, scaffoldFileName(json, name));
        const refused = await scaffoldProblem(folder, scaffoldUri);
        if (refused) {
          problems.set(file.toString(), { uri: file, problems: [{ file: file.fsPath, pointer: '/scaffold', message: refused, position: undefined }] });
          continue;
        }
        const scaffold = await vscode.workspace.fs.readFile(scaffoldUri).then(
          (bytes) => new TextDecoder().decode(bytes),
          () => undefined,
        );
        const source = { file: file.fsPath, json, scaffold };
        const result = loadTemplate(source);
        if (result.ok) byId.set(result.template.id, { template: result.template, origin, source });
        else problems.set(file.toString(), { uri: file, problems: [...result.problems] });
      }
    }
    this.known = [...byId.values()];
    this.problems.clear();
    for (const { uri, problems: found } of problems.values()) {
      this.problems.set(uri, found.map((problem) => toDiagnostic(problem)));
      this.notifyOnce(uri, found[0]);
    }
    this.changed.fire();
  }

  private notifyOnce(uri: vscode.Uri, problem: TemplateProblem): void {
    const key = `${uri.toString()}#${problem.pointer}#${problem.message.en}`;
    if (this.notified.has(key)) return;
    this.notified.add(key);
    const open = t('Open');
    void vscode.window
      .showWarningMessage(t('Template {0} is broken and was skipped: {1}', vscode.workspace.asRelativePath(uri), problem.message[language()]), open)
      .then((choice) => {
        if (choice === open) void vscode.window.showTextDocument(uri);
      });
  }

  dispose(): void {
    for (const watcher of this.watchers) watcher.dispose();
    this.changed.dispose();
    this.problems.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/** The folder of a workspace folder's own templates (setting `templatesFolder`). */
export function workspaceTemplatesFolder(folder: vscode.WorkspaceFolder): vscode.Uri {
  const relative = vscode.workspace.getConfiguration(SECTION).get<string>('templatesFolder', DEFAULT_FOLDER) || DEFAULT_FOLDER;
  return vscode.Uri.joinPath(folder.uri, relative);
}

/** How the UI names where a template comes from, in the sheet language. */
export const ORIGIN: Readonly<Record<TemplateOrigin, Text>> = {
  'built-in': text('ingebouwd', 'built-in'),
  workspace: text('werkruimte', 'workspace'),
  user: text('uw sjablonen', 'your templates'),
};

function toDiagnostic(problem: TemplateProblem): vscode.Diagnostic {
  const position = problem.position ? new vscode.Position(problem.position.line - 1, problem.position.column - 1) : new vscode.Position(0, 0);
  const where = problem.pointer ? ` (${problem.pointer})` : '';
  const diagnostic = new vscode.Diagnostic(new vscode.Range(position, position.translate(0, 1)), `${problem.message[language()]}${where}`, vscode.DiagnosticSeverity.Error);
  diagnostic.source = 'Session Templates';
  return diagnostic;
}

/**
 * Why a scaffold may not be read: it lies outside its templates folder, or it is a folder, a
 * link or another special file (a FIFO would block the read for ever). A missing one is fine:
 * the definition then has no scaffold.
 */
async function scaffoldProblem(folder: vscode.Uri, scaffold: vscode.Uri): Promise<Text | undefined> {
  const outside = scaffoldPathProblem(folder.path, scaffold.path);
  if (outside) return outside;
  const stat = await vscode.workspace.fs.stat(scaffold).then(
    (found) => found,
    () => undefined,
  );
  if (!stat) return undefined;
  if (stat.type & vscode.FileType.Directory) return scaffoldKindProblem(scaffold.fsPath, 'folder');
  // A link may lead out of the folder; only a plain file is read.
  if (!(stat.type & vscode.FileType.File) || stat.type & vscode.FileType.SymbolicLink) return scaffoldKindProblem(scaffold.fsPath, 'special');
  return undefined;
}
