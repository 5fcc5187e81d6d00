import * as vscode from 'vscode';
import type { Analysis, OwnerGap, Progress, ProgressItem, SectionProgress } from '../core/index';
import type { ActiveSheet } from './activeSheet';
import { toRange } from './convert';
import { language, onDidChangeLanguage, t } from './i18n';
import { kindLabel, ownersLine, verdictLabel } from './progressLabels';

export const REVEAL_COMMAND = 'sessionTemplates.reveal';
export const PROGRESS_VIEW_ID = 'sessionTemplates.progress';

type Node =
  // Each node carries what it shows: VS Code may ask for its item after the sheet changed.
  | { kind: 'owners'; progress: Progress }
  | { kind: 'gap'; gap: OwnerGap }
  | { kind: 'section'; section: SectionProgress }
  | { kind: 'item'; item: ProgressItem };

/**
 * The "Session progress" view in the Explorer: first how many benefits still lack a real
 * owner, then the active sheet's sections with how much of each is filled in, and under them
 * each open item; a click selects it in the sheet. Sections that are done, and those below
 * the top level, start collapsed.
 */
export class ProgressView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  private view: vscode.TreeView<Node> | undefined;

  constructor(private readonly sheet: ActiveSheet) {
    this.subscriptions = [
      sheet.onDidChange(() => this.changed.fire(undefined)),
      onDidChangeLanguage(() => {
        if (this.view) this.view.title = t('Session Progress');
        this.changed.fire(undefined);
      }),
    ];
  }

  /**
   * Creates the tree view. Its title follows the chosen language, not VS Code's; until the
   * extension is active the view bears the extension's name, the same in both languages.
   */
  show(): vscode.TreeView<Node> {
    this.view = vscode.window.createTreeView(PROGRESS_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.view.title = t('Session Progress');
    return this.view;
  }

  /**
   * Opens the view the first time a session sheet is open (VS Code starts views in the
   * Explorer collapsed), without taking the keyboard from the sheet. Once: after that the
   * view stays as the user leaves it. Not while `elsewhere` says the side bar shows another
   * view of ours (a sheet opened from the Benefits view): that view stays, and this one opens later.
   */
  openOnFirstSheet(memory: vscode.Memento, elsewhere: () => boolean = () => false): vscode.Disposable {
    const KEY = 'sessionTemplates.progressViewOpened';
    const open = async () => {
      const [first] = this.getChildren();
      if (memory.get(KEY) || !first || !this.view || elsewhere()) return;
      await memory.update(KEY, true);
      subscription.dispose();
      await this.view.reveal(first, { select: false, focus: false, expand: false });
    };
    const subscription = this.sheet.onDidChange(() => void open());
    void open();
    return subscription;
  }

  /** Only top-level rows are ever revealed, so none has a parent to name. */
  getParent(): Node | undefined {
    return undefined;
  }

  private get analysis(): Analysis | undefined {
    return this.sheet.analysis;
  }

  getChildren(node?: Node): Node[] {
    const progress = this.analysis?.progress;
    if (!progress) return [];
    if (node?.kind === 'owners') return node.progress.owners.lacking.map((gap): Node => ({ kind: 'gap', gap }));
    if (node?.kind === 'item' || node?.kind === 'gap') return [];
    const parent = node?.kind === 'section' ? node.section.index : undefined;
    // Under the title (H1), its sections are the top level.
    const title = progress.sections.find((section) => section.depth === 1);
    const top = parent ?? title?.index;
    const sections = progress.sections.filter((section) => section.total > 0 && section.depth > 1 && section.parent === top);
    const items = progress.items.filter((item) => !item.done && (item.section === parent || (parent === undefined && (item.section === 0 || item.section === title?.index))));
    const rows = [...items.map((item): Node => ({ kind: 'item', item })), ...sections.map((section): Node => ({ kind: 'section', section }))].sort((a, b) => line(a) - line(b));
    return node === undefined && progress.owners.benefits > 0 ? [{ kind: 'owners', progress }, ...rows] : rows;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const lang = language();
    switch (node.kind) {
      case 'owners': {
        const { progress } = node;
        const lacking = progress.owners.lacking.length;
        const item = new vscode.TreeItem(ownersLine(progress) ?? '', lacking > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon(lacking > 0 ? 'warning' : 'pass-filled', new vscode.ThemeColor(lacking > 0 ? 'problemsWarningIcon.foreground' : 'testing.iconPassed'));
        item.id = `owners:${lang}`;
        return item;
      }
      case 'gap': {
        const { gap } = node;
        const item = new vscode.TreeItem(gap.place[lang], vscode.TreeItemCollapsibleState.None);
        item.description = verdictLabel(gap.verdict);
        item.iconPath = new vscode.ThemeIcon('person');
        item.command = this.revealCommand(gap.target, true);
        item.id = `gap:${gap.range.start.line}:${lang}`;
        return item;
      }
      case 'section': {
        const { section } = node;
        const done = section.done === section.total;
        const open = !done && section.depth <= 2;
        const item = new vscode.TreeItem(section.title, open ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${section.done}/${section.total}`;
        item.iconPath = new vscode.ThemeIcon(done ? 'pass-filled' : 'circle-large-outline', done ? new vscode.ThemeColor('testing.iconPassed') : undefined);
        item.command = this.revealCommand(section.range);
        // The state is part of the id, so a section that gets done collapses, and one reopened expands.
        item.id = `section:${section.index}:${section.title}:${done}`;
        return item;
      }
      case 'item': {
        const { item: open } = node;
        const item = new vscode.TreeItem(open.label || kindLabel(open.kind), vscode.TreeItemCollapsibleState.None);
        // Where it is says which (`Deelnemers, rij 2`, `Baat 3 (…)`); else what kind it is.
        item.description = open.place?.[lang] ?? kindLabel(open.kind);
        item.tooltip = `${kindLabel(open.kind)}: ${open.label || kindLabel(open.kind)}${open.place ? ` · ${open.place[lang]}` : ''}`;
        item.iconPath = new vscode.ThemeIcon('circle-small');
        item.command = this.revealCommand(open.target, true);
        item.id = `item:${open.kind}:${open.range.start.line}:${open.range.start.column}:${lang}`;
        return item;
      }
    }
  }

  private revealCommand(range: ProgressItem['range'], select = false): vscode.Command | undefined {
    const uri = this.sheet.document?.uri;
    // From the form, the place opens in the text beside it, and the form stays.
    return uri ? { command: REVEAL_COMMAND, title: t('Go to'), arguments: [uri, toRange(range), select, this.sheet.inForm] } : undefined;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }
}

function line(node: Node): number {
  if (node.kind === 'item') return node.item.range.start.line;
  if (node.kind === 'section') return node.section.range.start.line;
  return 0;
}

/**
 * Shows a place in a sheet; with `select`, the characters to fill in are selected, so typing
 * replaces them; with `beside`, in a text editor beside the active one.
 */
export async function reveal(uri: vscode.Uri, range: vscode.Range, select = false, beside = false): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false, ...(beside ? { viewColumn: vscode.ViewColumn.Beside } : {}) });
  editor.selection = select ? new vscode.Selection(range.start, range.end) : new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Selects the first open item after the cursor, wrapping round at the end. */
export async function goToNextOpenItem(sheet: ActiveSheet): Promise<void> {
  const document = sheet.document;
  const progress = sheet.analysis?.progress;
  if (!document || !progress) {
    void vscode.window.showInformationMessage(t('This file is not a session sheet.'));
    return;
  }
  const open = progress.items.filter((item) => !item.done).map((item) => toRange(item.target));
  if (open.length === 0) {
    void vscode.window.showInformationMessage(t('Everything in this sheet is filled in.'));
    return;
  }
  // After the cursor's selection: from a selected blank, on to the next one (from the form: the first).
  const cursor = sheet.editor?.selection.end ?? new vscode.Position(0, 0);
  const next = open.find((range) => range.start.isAfter(cursor)) ?? open[0];
  await reveal(document.uri, next, true, sheet.inForm);
}
