import * as vscode from 'vscode';
import type { Analysis, ProgressItem, SectionProgress } from '../core/index';
import type { ActiveSheet } from './activeSheet';
import { toRange } from './convert';
import { kindLabel } from './progressLabels';

export const REVEAL_COMMAND = 'sessionTemplates.reveal';

type Node = { kind: 'section'; section: SectionProgress } | { kind: 'item'; item: ProgressItem };

/**
 * The "Session progress" view in the Explorer: the active sheet's sections with how much of
 * each is filled in, and under them each open item; a click moves the cursor there.
 */
export class ProgressView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly sheet: ActiveSheet) {
    this.subscription = sheet.onDidChange(() => this.changed.fire(undefined));
  }

  private get analysis(): Analysis | undefined {
    return this.sheet.analysis;
  }

  getChildren(node?: Node): Node[] {
    const progress = this.analysis?.progress;
    if (!progress) return [];
    const parent = node?.kind === 'section' ? node.section.index : undefined;
    if (node?.kind === 'item') return [];
    // Under the title (H1), its sections are the top level.
    const title = progress.sections.find((section) => section.depth === 1);
    const top = parent ?? title?.index;
    const sections = progress.sections.filter((section) => section.total > 0 && section.depth > 1 && section.parent === top);
    const items = progress.items.filter((item) => !item.done && (item.section === parent || (parent === undefined && (item.section === 0 || item.section === title?.index))));
    return [...items.map((item): Node => ({ kind: 'item', item })), ...sections.map((section): Node => ({ kind: 'section', section }))].sort(
      (a, b) => line(a) - line(b),
    );
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'section') {
      const { section } = node;
      const done = section.done === section.total;
      const item = new vscode.TreeItem(section.title, done ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${section.done}/${section.total}`;
      item.iconPath = new vscode.ThemeIcon(done ? 'pass-filled' : 'circle-large-outline', done ? new vscode.ThemeColor('testing.iconPassed') : undefined);
      item.command = this.revealCommand(section.range);
      item.id = `section:${section.index}:${section.title}`;
      return item;
    }
    const { item: open } = node;
    const item = new vscode.TreeItem(open.label || kindLabel(open.kind), vscode.TreeItemCollapsibleState.None);
    item.description = kindLabel(open.kind);
    item.iconPath = new vscode.ThemeIcon('circle-small');
    item.command = this.revealCommand(open.range);
    return item;
  }

  private revealCommand(range: ProgressItem['range']): vscode.Command | undefined {
    const uri = this.sheet.editor?.document.uri;
    return uri ? { command: REVEAL_COMMAND, title: vscode.l10n.t('Go to'), arguments: [uri, toRange(range)] } : undefined;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function line(node: Node): number {
  return node.kind === 'item' ? node.item.range.start.line : node.section.range.start.line;
}

export async function reveal(uri: vscode.Uri, range: vscode.Range): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Moves the cursor to the first open item after it, wrapping round at the end. */
export async function goToNextOpenItem(sheet: ActiveSheet): Promise<void> {
  const editor = sheet.editor;
  const progress = sheet.analysis?.progress;
  if (!editor || !progress) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This file is not a session sheet.'));
    return;
  }
  const open = progress.items.filter((item) => !item.done).map((item) => toRange(item.range));
  if (open.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Everything in this sheet is filled in.'));
    return;
  }
  const cursor = editor.selection.active;
  const next = open.find((range) => range.start.isAfter(cursor)) ?? open[0];
  await reveal(editor.document.uri, next);
}
