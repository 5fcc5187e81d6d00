import * as vscode from 'vscode';
import { CONFIG_FILE, readConfig, type ConfigProblem, type SettingsLayer } from '../core/index';
import { language, t } from './i18n';

/**
 * What each workspace folder's `.sessions/config.jsonc` sets, by folder URI. Module state on
 * purpose: readSettings is synchronous and called from everywhere (t() included), so the
 * files are read ahead, by ConfigFiles, and looked up here.
 */
const loaded = new Map<string, SettingsLayer>();
const changed = new vscode.EventEmitter<void>();

/** Fires when a configuration file was read again (created, changed or deleted). */
export const onDidChangeConfigFiles = changed.event;

/** The configuration file's settings for a scope: its workspace folder's, else the first folder's. */
export function configFileSettings(scope?: vscode.ConfigurationScope): SettingsLayer {
  const folder = folderOf(scope) ?? vscode.workspace.workspaceFolders?.[0];
  return (folder && loaded.get(folder.uri.toString())) ?? {};
}

function folderOf(scope: vscode.ConfigurationScope | undefined): vscode.WorkspaceFolder | undefined {
  if (!scope) return undefined;
  if (scope instanceof vscode.Uri) return vscode.workspace.getWorkspaceFolder(scope);
  if ('uri' in scope && scope.uri instanceof vscode.Uri) return 'index' in scope ? (scope as vscode.WorkspaceFolder) : vscode.workspace.getWorkspaceFolder(scope.uri);
  return undefined;
}

/**
 * Reads each workspace folder's `.sessions/config.jsonc` (through vscode.workspace.fs, so it
 * works in remote and virtual workspaces too), again whenever a watcher sees it change. A
 * broken file shows as diagnostics where it is wrong, with one notification per problem; what
 * is wrong is left out and the rest (or the defaults) keeps working.
 */
export class ConfigFiles implements vscode.Disposable {
  readonly problems = vscode.languages.createDiagnosticCollection('session-templates-config');
  private readonly found = new Map<string, { uri: vscode.Uri; problems: readonly ConfigProblem[] }>();
  private readonly notified = new Set<string>();
  private watchers: vscode.Disposable[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  private loading: Promise<void> = Promise.resolve();

  constructor() {
    this.subscriptions.push(
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reload()),
      // The diagnostics speak the chosen language, which the file itself may set.
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('sessionTemplates.language')) this.showProblems();
      }),
      // A file watcher may miss a change (a file created with its folder, a busy machine), so the
      // ways a person changes the file in VS Code each read it too: saving it, and creating,
      // deleting or renaming it in the Explorer.
      vscode.workspace.onDidSaveTextDocument((document) => this.reloadIfConfig([document.uri])),
      vscode.workspace.onDidCreateFiles((event) => this.reloadIfConfig(event.files)),
      vscode.workspace.onDidDeleteFiles((event) => this.reloadIfConfig(event.files)),
      vscode.workspace.onDidRenameFiles((event) => this.reloadIfConfig(event.files.flatMap((file) => [file.oldUri, file.newUri]))),
      // ...and coming back to the window after a `git pull` in another one.
      vscode.window.onDidChangeWindowState((state) => {
        if (state.focused) void this.reload();
      }),
    );
    void this.reload();
  }

  /** Resolves when the files being read now (if any) are in place. */
  get ready(): Promise<void> {
    return this.loading;
  }

  /** Reads every workspace folder's configuration file again. */
  reload(): Promise<void> {
    this.loading = this.loading.then(() => this.loadAll());
    return this.loading;
  }

  private async loadAll(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    this.watch(folders);
    const read = await Promise.all(folders.map((folder) => this.read(folder)));
    const before = this.fingerprint();
    // Swapped in at once, so nothing sees a half-read set.
    loaded.clear();
    this.found.clear();
    folders.forEach((folder, index) => this.keep(folder, read[index]));
    this.announceIfChanged(before);
  }

  /**
   * Announces a change (open sheets analysed again, the programme's inputs compared) only when
   * what the files say changed: coming back to the window reads them each time, and mostly
   * nothing did.
   */
  private announceIfChanged(before: string): void {
    if (this.fingerprint() === before) return;
    this.showProblems();
    changed.fire();
  }

  /** What the files say now, as one string to compare. */
  private fingerprint(): string {
    return JSON.stringify([[...loaded], [...this.found].map(([key, { uri, problems }]) => [key, uri.toString(), problems])]);
  }

  private reloadIfConfig(uris: readonly vscode.Uri[]): void {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const config = vscode.Uri.joinPath(folder.uri, CONFIG_FILE).toString();
      if (uris.some((uri) => uri.toString() === config)) this.reloadFolder(folder);
    }
  }

  private reloadFolder(folder: vscode.WorkspaceFolder): void {
    this.loading = this.loading.then(async () => {
      const read = await this.read(folder);
      const before = this.fingerprint();
      this.keep(folder, read);
      this.announceIfChanged(before);
    });
  }

  private keep(folder: vscode.WorkspaceFolder, read: { uri: vscode.Uri; settings: SettingsLayer; problems: readonly ConfigProblem[] } | undefined): void {
    const key = folder.uri.toString();
    if (!read) {
      loaded.delete(key);
      this.found.delete(key);
      return;
    }
    loaded.set(key, read.settings);
    this.found.set(key, { uri: read.uri, problems: read.problems });
  }

  /** The folder's configuration file, read and checked; undefined when there is none. */
  private async read(folder: vscode.WorkspaceFolder): Promise<{ uri: vscode.Uri; settings: SettingsLayer; problems: readonly ConfigProblem[] } | undefined> {
    const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE);
    // Stat first: reading a missing file works too, but VS Code logs it as an error; a folder or FIFO is not read.
    const isFile = await vscode.workspace.fs.stat(uri).then(
      (stat) => (stat.type & vscode.FileType.File) !== 0,
      () => false,
    );
    if (!isFile) return undefined;
    const bytes = await vscode.workspace.fs.readFile(uri).then(
      (content) => content,
      () => undefined,
    );
    if (!bytes) return undefined;
    const { settings, problems } = readConfig({ file: vscode.workspace.asRelativePath(uri), text: new TextDecoder().decode(bytes) });
    return { uri, settings, problems };
  }

  private watch(folders: readonly vscode.WorkspaceFolder[]): void {
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = folders.flatMap((folder) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, CONFIG_FILE));
      const reload = () => this.reloadFolder(folder);
      return [watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload)];
    });
  }

  private showProblems(): void {
    this.problems.clear();
    for (const { uri, problems } of this.found.values()) {
      if (problems.length === 0) continue;
      this.problems.set(uri, problems.map(toDiagnostic));
      for (const problem of problems) this.notifyOnce(uri, problem);
    }
  }

  private notifyOnce(uri: vscode.Uri, problem: ConfigProblem): void {
    const key = `${uri.toString()}#${problem.pointer}#${problem.message.en}`;
    if (this.notified.has(key)) return;
    this.notified.add(key);
    const where = `${problem.file}:${problem.start?.line ?? 1}:${problem.start?.column ?? 1}`;
    const message = problem.message[language()];
    const text =
      problem.ignored === ''
        ? t('Configuration {0}: {1} The file is ignored; the defaults apply.', where, message)
        : t('Configuration {0}: {1} {2} is ignored; the rest applies.', where, message, problem.ignored);
    const open = t('Open');
    void vscode.window.showWarningMessage(text, open).then((choice) => {
      if (choice === open) void vscode.window.showTextDocument(uri);
    });
  }

  dispose(): void {
    for (const watcher of this.watchers) watcher.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.problems.dispose();
    loaded.clear();
  }
}

function toDiagnostic(problem: ConfigProblem): vscode.Diagnostic {
  const start = problem.start ? new vscode.Position(problem.start.line - 1, problem.start.column - 1) : new vscode.Position(0, 0);
  const end = problem.end ? new vscode.Position(problem.end.line - 1, problem.end.column - 1) : start;
  const range = new vscode.Range(start, end.isAfter(start) ? end : start.translate(0, 1));
  const where = problem.pointer ? ` (${problem.pointer})` : '';
  const diagnostic = new vscode.Diagnostic(range, `${problem.message[language()]}${where}`, vscode.DiagnosticSeverity.Error);
  diagnostic.source = 'Session Templates';
  return diagnostic;
}
