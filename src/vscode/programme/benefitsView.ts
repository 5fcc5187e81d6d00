import * as vscode from 'vscode';
import { CHECK_WORDS, cellWords, PRIORITY_WORDS, REPORT_WORDS, VERDICT_WORDS, type BenefitEntry, type Language, type PriorityCell, type ProgrammeBenefit } from '../../core/index';
import { language, onDidChangeLanguage, t } from '../i18n';
import { ownershipState, stateIcon, stateWord } from './benefitState';
import { fileNameOf, goToCommand, spokenAsShown } from './viewRows';
import type { WorkspaceProgramme } from './workspaceProgramme';

export const BENEFITS_VIEW_ID = 'sessionTemplates.benefits';

export type BenefitNode =
  // Each node carries what it shows: VS Code may ask for its item after the index changed.
  | { readonly kind: 'programme'; readonly programme: string | undefined; readonly benefits: readonly ProgrammeBenefit[] }
  | { readonly kind: 'benefit'; readonly benefit: ProgrammeBenefit }
  | { readonly kind: 'priorities'; readonly benefit: ProgrammeBenefit }
  | { readonly kind: 'check'; readonly benefit: ProgrammeBenefit }
  | { readonly kind: 'session'; readonly benefit: ProgrammeBenefit; readonly entry: BenefitEntry; readonly index: number };

/**
 * The Benefits view: every benefit across the programme's sheets (matched by programme and
 * number), with its current owner from the latest session and how far ownership got; under
 * it the priorities per sector, the ownership check and one row per session that had it. A
 * click goes to the place in the sheet. Grouped by programme when the sheets name several.
 */
export class BenefitsView implements vscode.TreeDataProvider<BenefitNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<BenefitNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  private view: vscode.TreeView<BenefitNode> | undefined;
  private indexed = false;
  /** The index version the rows show. */
  private shownVersion = -1;

  constructor(private readonly programme: WorkspaceProgramme) {
    this.subscriptions = [
      // Only when the index did change: a refresh rebuilds the rows, and a click on a row being rebuilt is lost.
      programme.onDidChange(() => {
        if (programme.index.version !== this.shownVersion) this.refresh();
      }),
      onDidChangeLanguage(() => this.refresh()),
    ];
    void programme.whenIndexed().then(() => {
      this.indexed = true;
      this.refresh();
    });
  }

  /** Creates the tree view; its title, like every word in it, follows the chosen language. */
  show(): vscode.TreeView<BenefitNode> {
    this.view = vscode.window.createTreeView(BENEFITS_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.describe();
    return this.view;
  }

  /** The tree view, once shown (the tests read its title and message). */
  get treeView(): vscode.TreeView<BenefitNode> | undefined {
    return this.view;
  }

  private refresh(): void {
    this.shownVersion = this.programme.index.version;
    this.describe();
    this.changed.fire(undefined);
  }

  /** Title, message and description: what the view says above its rows. */
  private describe(): void {
    if (!this.view) return;
    const benefits = this.programme.index.benefits();
    const programmes = programmesOf(benefits);
    this.view.title = t('Benefits');
    this.view.message = !this.indexed ? t('Reading the session sheets…') : benefits.length === 0 ? t('No session sheets with benefits in this workspace yet.') : undefined;
    // One programme: its name beside the title instead of a row of its own.
    this.view.description = programmes.length === 1 ? programmes[0].programme : undefined;
  }

  getParent(node: BenefitNode): BenefitNode | undefined {
    if (node.kind === 'programme') return undefined;
    if (node.kind !== 'benefit') return { kind: 'benefit', benefit: node.benefit };
    const programmes = programmesOf(this.programme.index.benefits());
    return programmes.length > 1 ? programmes.find((group) => group.benefits.includes(node.benefit)) : undefined;
  }

  getChildren(node?: BenefitNode): BenefitNode[] {
    if (!node) {
      const programmes = programmesOf(this.programme.index.benefits());
      if (programmes.length > 1) return programmes;
      return programmes.flatMap((group) => group.benefits.map((benefit): BenefitNode => ({ kind: 'benefit', benefit })));
    }
    if (node.kind === 'programme') return node.benefits.map((benefit) => ({ kind: 'benefit', benefit }));
    if (node.kind !== 'benefit') return [];
    const { benefit } = node;
    const latest = benefit.current.benefit;
    return [
      ...(latest.priorities.length > 0 ? [{ kind: 'priorities', benefit } as const] : []),
      ...(latest.check !== undefined ? [{ kind: 'check', benefit } as const] : []),
      // Newest first: the session that set the current owner on top.
      ...benefit.history.map((entry, index): BenefitNode => ({ kind: 'session', benefit, entry, index })).reverse(),
    ];
  }

  getTreeItem(node: BenefitNode): vscode.TreeItem {
    return spokenAsShown(this.itemOf(node));
  }

  private itemOf(node: BenefitNode): vscode.TreeItem {
    const lang = language();
    switch (node.kind) {
      case 'programme': {
        const item = new vscode.TreeItem(node.programme ?? t('(no programme)'), vscode.TreeItemCollapsibleState.Expanded);
        item.description = node.benefits.length === 1 ? t('1 benefit') : t('{0} benefits', node.benefits.length);
        item.tooltip = node.programme ? `${REPORT_WORDS.programme[lang]}: ${node.programme}` : t('Sheets without a Programma: field');
        item.iconPath = new vscode.ThemeIcon('folder-library');
        item.id = `programme:${node.programme ?? ''}`;
        return item;
      }
      case 'benefit':
        return this.benefitItem(node.benefit, lang);
      case 'priorities': {
        const { current } = node.benefit;
        const priorities = current.benefit.priorities;
        const item = new vscode.TreeItem(priorities.map(({ sector, cell }) => `${sector} ${shortWords(cell, lang)}`).join(' · '), vscode.TreeItemCollapsibleState.None);
        item.tooltip = [`${REPORT_WORDS.picture[lang]} (${fileNameOf(current.path)}):`, ...priorities.map(({ sector, cell }) => `${sector}: ${cellWords(cell, lang)}`)].join('\n');
        item.iconPath = new vscode.ThemeIcon('list-ordered');
        item.command = goToCommand(this.programme, current.path, current.benefit.range, false);
        item.id = `${node.benefit.key}:priorities`;
        return item;
      }
      case 'check': {
        const { current } = node.benefit;
        const check = current.benefit.check!;
        const item = new vscode.TreeItem(`${REPORT_WORDS.check[lang]}: ${CHECK_WORDS[check][lang]}`, vscode.TreeItemCollapsibleState.None);
        item.tooltip = t('The ownership check in {0}: {1}', fileNameOf(current.path), CHECK_WORDS[check][lang]);
        item.iconPath = new vscode.ThemeIcon(check === 'confirmed' ? 'pass' : 'checklist');
        const place = current.benefit.checkRange ?? current.benefit.range;
        item.command = goToCommand(this.programme, current.path, place, false);
        item.id = `${node.benefit.key}:check`;
        return item;
      }
      case 'session':
        return this.sessionItem(node, lang);
    }
  }

  private benefitItem(benefit: ProgrammeBenefit, lang: Language): vscode.TreeItem {
    const latest = benefit.current.benefit;
    const item = new vscode.TreeItem(latest.heading, vscode.TreeItemCollapsibleState.Collapsed);
    const state = ownershipState(latest);
    item.description = [latest.owner?.name, stateWord(latest, lang)].filter(Boolean).join(' · ');
    const owner = latest.owner;
    item.tooltip = [
      latest.place[lang],
      `${REPORT_WORDS.owner[lang]}: ${owner?.name || REPORT_WORDS.nobody[lang]} — ${VERDICT_WORDS[owner?.verdict ?? 'missing'][lang]}`,
      ...(latest.check ? [`${REPORT_WORDS.check[lang]}: ${CHECK_WORDS[latest.check][lang]}`] : []),
      `${REPORT_WORDS.lastSession[lang]}: ${fileNameOf(benefit.current.path)}${benefit.current.date ? ` (${benefit.current.date})` : ''}`,
    ].join('\n');
    item.iconPath = stateIcon(state);
    item.command = goToCommand(this.programme, benefit.current.path, owner?.range ?? latest.range, owner !== undefined);
    item.id = benefit.key;
    return item;
  }

  private sessionItem(node: Extract<BenefitNode, { kind: 'session' }>, lang: Language): vscode.TreeItem {
    const { entry } = node;
    const owner = entry.benefit.owner;
    const date = entry.date ?? t('no date');
    const item = new vscode.TreeItem(`${date} · ${owner?.name || VERDICT_WORDS.missing[lang]}`, vscode.TreeItemCollapsibleState.None);
    item.description = fileNameOf(entry.path);
    const current = entry === node.benefit.current;
    item.tooltip = [
      t('{0} in {1}', entry.benefit.place[lang], fileNameOf(entry.path)),
      `${REPORT_WORDS.sessionDate[lang]}: ${entry.dateText ?? t('no date')}`,
      `${REPORT_WORDS.owner[lang]}: ${owner?.name || REPORT_WORDS.nobody[lang]} — ${VERDICT_WORDS[owner?.verdict ?? 'missing'][lang]}`,
      ...(current ? [t('The latest session: its owner is the current one.')] : []),
    ].join('\n');
    item.iconPath = new vscode.ThemeIcon(current ? 'person' : 'history');
    item.command = goToCommand(this.programme, entry.path, owner?.range ?? entry.benefit.range, owner !== undefined);
    item.id = `${node.benefit.key}:session:${entry.path}:${node.index}`;
    return item;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }
}

/** The benefits by programme, each programme's in the index's order (by number). */
function programmesOf(benefits: readonly ProgrammeBenefit[]): Extract<BenefitNode, { kind: 'programme' }>[] {
  const groups = new Map<string, { kind: 'programme'; programme: string | undefined; benefits: ProgrammeBenefit[] }>();
  for (const benefit of benefits) {
    // The key starts with the programme's name as the index matches it (case and accents aside).
    const key = benefit.key.slice(0, benefit.key.indexOf('#'));
    const group = groups.get(key);
    if (group) group.benefits.push(benefit);
    else groups.set(key, { kind: 'programme', programme: benefit.programme, benefits: [benefit] });
  }
  return [...groups.values()];
}

/** A priority in a word: the option ticked, `open`, or the options ticked together. */
function shortWords(cell: PriorityCell, lang: Language): string {
  if (cell.state === 'chosen') return cell.label;
  if (cell.state === 'several') return cell.labels.join(' + ');
  if (cell.state === 'open') return PRIORITY_WORDS.open[lang];
  return '—';
}
