import * as vscode from 'vscode';
import { ProgrammeIndex } from '../../core/index';
import { isMarkdown, type SheetAnalyzer } from '../sheets';
import { workspaceTemplatesFolder } from '../templates';

/** Where no session sheet lives; the same folders Check All Sessions always skipped. */
export const NOT_SHEETS = '{**/node_modules/**,**/.git/**,**/out/**}';
const SKIPPED = /\/(?:node_modules|\.git|out)\//;
/** Changes arrive in bursts (a git checkout, the first reading); the views follow a few times a second, not per file. */
const SETTLE_MS = 150;
/** Typing in an open sheet: the index follows its unsaved text after this pause, as the diagnostics do. */
const TYPING_MS = 300;
/** Files read at once (see readDirty). */
const LANES = 3;

/**
 * The workspace's session sheets as one programme: the core's ProgrammeIndex, fed file by
 * file. The first reading runs after activation, one file at a time in the analysis worker,
 * so neither activation nor typing waits for it. After that a file watcher re-reads only the
 * files that changed (created, saved, deleted, renamed, a git checkout), and an open sheet
 * counts with its unsaved text. The cross-file findings, the Benefits and Agreements views,
 * the report and Check All Sessions all read this index; nothing else scans the workspace.
 */
export class WorkspaceProgramme implements vscode.Disposable {
  readonly index = new ProgrammeIndex();
  private readonly uris = new Map<string, vscode.Uri>();
  /** Every Markdown file read from disk (sheet or not) with the stamp it had then: what {@link sync} compares. */
  private readonly stamps = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the index took changes in, at most a few times a second. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly typing = new Map<string, ReturnType<typeof setTimeout>>();
  private settle: ReturnType<typeof setTimeout> | undefined;
  /** Files to read again, and the one reading them; a file is read once however often it changes meanwhile. */
  private readonly dirty = new Set<string>();
  private readonly inFlight = new Set<string>();
  /** Files the index has from an editor's unsaved text. */
  private readonly unsaved = new Set<string>();
  /** How often each file was forgotten (deleted): a reading of it under way then is not taken in. */
  private readonly forgotten = new Map<string, number>();
  private reading: Promise<void> | undefined;
  private firstIndex: Promise<void>;
  private generation = 0;
  /** The index version the last event told of. */
  private announced = -1;
  private disposed = false;
  /** What the summaries were made with (see SheetAnalyzer.summaryInputs): the files are read again only when it changes. */
  private summaryInputs: string;

  constructor(private readonly analyzer: SheetAnalyzer) {
    this.summaryInputs = analyzer.summaryInputs();
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.md');
    // A folder deleted or moved away is one event for the folder, none for the sheets in it.
    const folders = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    this.subscriptions.push(
      watcher,
      folders,
      watcher.onDidCreate((uri) => this.reread(uri)),
      watcher.onDidChange((uri) => this.reread(uri)),
      watcher.onDidDelete((uri) => this.forget(uri)),
      folders.onDidDelete((uri) => this.forgetFolder(uri)),
      folders.onDidCreate((uri) => void this.readFolder(uri)),
      vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document)),
      // An unsaved text thrown away: the file on disk counts again. A saved one is what the index has already.
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.unsaved.delete(document.uri.toString())) this.reread(document.uri);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reindex()),
      // Templates or their parameters changed: which files are sheets, and what they say, may have too.
      analyzer.onDidInvalidate(() => {
        const inputs = analyzer.summaryInputs();
        if (inputs === this.summaryInputs) return;
        this.summaryInputs = inputs;
        this.reindex();
      }),
    );
    // Not awaited: activation goes on while the workspace is read.
    this.firstIndex = this.indexAll(this.generation);
  }

  /** Resolves once every sheet in the workspace has been read (the latest full reading) and no change waits. */
  async whenIndexed(): Promise<void> {
    // Whoever asks wants the text as it is now: an edit waiting for its pause in typing is read at once.
    for (const [key, timer] of this.typing) {
      clearTimeout(timer);
      this.typing.delete(key);
      this.reread(vscode.Uri.parse(key));
    }
    for (;;) {
      const first = this.firstIndex;
      await first;
      await this.reading;
      if (first === this.firstIndex && !this.reading && this.dirty.size === 0) return;
    }
  }

  /** Whether files are being read (the first reading, a checkout): the index is not complete yet. */
  get isReading(): boolean {
    return this.reading !== undefined || this.dirty.size > 0;
  }

  /** The file an index path stands for. */
  uriOf(path: string): vscode.Uri | undefined {
    return this.uris.get(path);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.settle);
    for (const timer of this.typing.values()) clearTimeout(timer);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }

  /**
   * Lists the workspace's Markdown files again and reads those whose size or time changed since
   * they were read, and those not read yet: what Check All Sessions runs first, so a change the
   * watcher missed (a network drive, a change made while VS Code was closed) is caught too.
   */
  async sync(): Promise<void> {
    await this.firstIndex;
    const files = await vscode.workspace.findFiles('**/*.md', NOT_SHEETS);
    this.dropMissing(files);
    await Promise.all(
      files.map(async (uri) => {
        const stamp = await stampOf(uri);
        if (stamp === undefined || this.stamps.get(pathOf(uri)) !== stamp) this.dirty.add(uri.toString());
      }),
    );
    await this.readDirty();
    await this.whenIndexed();
  }

  private async indexAll(generation: number): Promise<void> {
    const files = (await vscode.workspace.findFiles('**/*.md', NOT_SHEETS)).filter((uri) => !isTemplateScaffold(uri));
    if (generation !== this.generation || this.disposed) return;
    this.dropMissing(files);
    for (const uri of files) this.dirty.add(uri.toString());
    this.announce();
    await this.readDirty();
  }

  private dropMissing(files: readonly vscode.Uri[]): void {
    const found = new Set(files.map(pathOf));
    for (const path of [...this.uris.keys(), ...this.stamps.keys()]) {
      if (!found.has(path)) this.drop(path);
    }
  }

  private reindex(): void {
    this.generation++;
    this.firstIndex = this.indexAll(this.generation);
  }

  private reread(uri: vscode.Uri): void {
    if (!uri.path.endsWith('.md') || SKIPPED.test(uri.path) || !vscode.workspace.getWorkspaceFolder(uri) || isTemplateScaffold(uri)) return;
    this.dirty.add(uri.toString());
    void this.readDirty();
  }

  private schedule(document: vscode.TextDocument): void {
    if (!isMarkdown(document) || document.uri.scheme === 'git' || document.uri.scheme === 'untitled') return;
    const key = document.uri.toString();
    clearTimeout(this.typing.get(key));
    this.typing.set(
      key,
      setTimeout(() => {
        this.typing.delete(key);
        this.reread(document.uri);
      }, TYPING_MS),
    );
  }

  /**
   * Reads the changed files, a few at a time: while the worker analyses one, the next is read
   * from disk. Few, so an open sheet's own analysis never waits behind a long queue.
   */
  private readDirty(): Promise<void> {
    this.reading ??= (async () => {
      try {
        await Promise.all(Array.from({ length: LANES }, () => this.readLane()));
      } finally {
        this.reading = undefined;
        // A change that came in as the last lane ended; else the reading's end, which the findings across files wait for.
        if (this.dirty.size > 0 && !this.disposed) void this.readDirty();
        else this.announce(true);
      }
    })();
    return this.reading;
  }

  private async readLane(): Promise<void> {
    for (;;) {
      if (this.disposed) return;
      const key = this.nextDirty();
      if (key === undefined) return;
      this.dirty.delete(key);
      this.inFlight.add(key);
      try {
        await this.read(vscode.Uri.parse(key));
      } finally {
        this.inFlight.delete(key);
      }
    }
  }

  /** A file to read that no lane is reading now: the same file twice at once would cancel the first in the worker. */
  private nextDirty(): string | undefined {
    for (const key of this.dirty) {
      if (!this.inFlight.has(key)) return key;
    }
    return undefined;
  }

  /** Reads one file: an open editor's text when there is one, else the file on disk. */
  private async read(uri: vscode.Uri): Promise<void> {
    const path = pathOf(uri);
    // Deleted while this reading waited (on the disk, the worker): what it found is gone with the file.
    const forgotten = this.forgotten.get(path);
    const deletedMeanwhile = () => this.forgotten.get(path) !== forgotten;
    try {
      const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString() && !document.isClosed);
      // A document outlives its deleted file (in an editor, or until VS Code disposes it): without unsaved text, the file decides.
      if (open && !open.isDirty && (await stampOf(uri)) === undefined) {
        this.unsaved.delete(uri.toString());
        this.drop(path);
        return;
      }
      if (open) {
        // The live diagnostics' own analysis (cached per version): the text is not analysed twice.
        const analysis = await this.analyzer.whenAnalyzed(open);
        if (deletedMeanwhile() && !open.isDirty) return;
        if (open.isDirty) this.unsaved.add(uri.toString());
        else this.unsaved.delete(uri.toString());
        this.take(path, uri, this.index.setAnalysis(path, analysis) !== undefined);
        return;
      }
      const stamp = await stampOf(uri);
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const summary = await this.analyzer.summarizeAside(text, uri, path);
      if (deletedMeanwhile()) return;
      if (stamp !== undefined) this.stamps.set(path, stamp);
      // Opened while it was read: the editor's text is the newer one, and its own reading follows.
      if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString())) this.dirty.add(uri.toString());
      this.take(path, uri, this.index.put(path, summary) !== undefined);
    } catch (error) {
      if (error instanceof vscode.FileSystemError || (error as { code?: string }).code === 'FileNotFound') {
        this.drop(path);
        return;
      }
      // A worker stopped for a newer reading of the same file, or a file that could not be read: the index keeps what it had.
      if (!(error instanceof Error && error.message.startsWith('analysis cancelled'))) console.error(`Session Templates: reading ${uri.toString(true)} for the programme failed: ${String(error)}`);
    }
  }

  private take(path: string, uri: vscode.Uri, isSheet: boolean): void {
    if (isSheet) this.uris.set(path, uri);
    else this.uris.delete(path);
    if (this.index.version !== this.announced) this.announce();
  }

  private forget(uri: vscode.Uri): void {
    this.dirty.delete(uri.toString());
    this.forgetPath(pathOf(uri));
  }

  private forgetFolder(uri: vscode.Uri): void {
    const prefix = `${pathOf(uri)}/`;
    for (const path of [...this.uris.keys(), ...this.stamps.keys(), ...[...this.inFlight].map((key) => pathOf(vscode.Uri.parse(key)))]) {
      if (path.startsWith(prefix)) this.forgetPath(path);
    }
  }

  private forgetPath(path: string): void {
    this.forgotten.set(path, (this.forgotten.get(path) ?? 0) + 1);
    this.drop(path);
  }

  /** A folder appeared (moved in, checked out): its sheets are read; a file is left to the `.md` watcher. */
  private async readFolder(uri: vscode.Uri): Promise<void> {
    if (uri.path.endsWith('.md') || SKIPPED.test(`${uri.path}/`)) return;
    try {
      if ((await vscode.workspace.fs.stat(uri)).type !== vscode.FileType.Directory) return;
    } catch {
      return;
    }
    for (const file of await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*.md'), NOT_SHEETS)) this.reread(file);
  }

  private drop(path: string): void {
    this.uris.delete(path);
    this.stamps.delete(path);
    if (this.index.delete(path)) this.announce();
  }

  /** At most one event per SETTLE_MS: while a thousand files are read, the views fill in as they go. */
  private announce(always = false): void {
    if (always) this.announced = -1;
    this.settle ??= setTimeout(() => {
      this.settle = undefined;
      this.announced = this.index.version;
      if (!this.disposed) this.changed.fire();
    }, SETTLE_MS);
  }
}

/** A workspace template's scaffold (`.sessions/templates/<id>.md`) reads as a sheet, but is no session of the programme. */
function isTemplateScaffold(uri: vscode.Uri): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return folder !== undefined && uri.path.startsWith(`${workspaceTemplatesFolder(folder).path}/`);
}

/** The path the index knows a file by: the URI's path, with `/`, so track references resolve between files. */
function pathOf(uri: vscode.Uri): string {
  return uri.path;
}

/** A file's size and time of change, to tell whether it changed since it was read; undefined when it is gone. */
async function stampOf(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    return `${stat.size}:${stat.mtime}`;
  } catch {
    return undefined;
  }
}
