import * as vscode from 'vscode';
import {
  AGREEMENT_GROUPS,
  agreementsByPerson,
  dayOf,
  GROUP_WORDS,
  namesMatch,
  relativeDays,
  REPORT_WORDS,
  type AgreementGroup,
  type Language,
  type PersonAgreements,
  type ProgrammeAgreement,
} from '../../core/index';
import { language, onDidChangeLanguage, t } from '../i18n';
import { fileNameOf, goToCommand, spokenAsShown } from './viewRows';
import type { WorkspaceProgramme } from './workspaceProgramme';

export const AGREEMENTS_VIEW_ID = 'sessionTemplates.agreements';
export const GROUP_BY_PERSON_COMMAND = 'sessionTemplates.groupAgreementsByPerson';
export const GROUP_BY_DEADLINE_COMMAND = 'sessionTemplates.groupAgreementsByDeadline';
export const FILTER_COMMAND = 'sessionTemplates.filterAgreements';
export const SHOW_ALL_COMMAND = 'sessionTemplates.showAllAgreements';
/** Context keys the view's title buttons read: which grouping shows, and whether one person's agreements only. */
const BY_PERSON_CONTEXT = 'sessionTemplates.agreementsByPerson';
const FILTERED_CONTEXT = 'sessionTemplates.agreementsFiltered';
const GROUPING_KEY = 'sessionTemplates.agreementsGrouping';

export type AgreementsGrouping = 'deadline' | 'person';

export type AgreementNode =
  // Each node carries what it shows: VS Code may ask for its item after the index changed.
  | { readonly kind: 'group'; readonly group: AgreementGroup; readonly agreements: readonly ProgrammeAgreement[] }
  | { readonly kind: 'person'; readonly person: string; readonly agreements: readonly ProgrammeAgreement[] }
  | { readonly kind: 'agreement'; readonly entry: ProgrammeAgreement; readonly grouping: AgreementsGrouping };

const WARNING = new vscode.ThemeColor('problemsWarningIcon.foreground');

/**
 * The Agreements view: every agreement across the sheets with its responsible person, its
 * deadline in words from today and its session, grouped by deadline (overdue first) or by
 * person, optionally one person's only. A click selects the agreement's row in its sheet.
 */
export class AgreementsView implements vscode.TreeDataProvider<AgreementNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<AgreementNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  private view: vscode.TreeView<AgreementNode> | undefined;
  private indexed = false;
  /** The index version the rows show. */
  private shownVersion = -1;
  private groupingNow: AgreementsGrouping;
  /** The person whose agreements alone show: `''` those without a responsible person; undefined everyone's. */
  private personNow: string | undefined;
  /** Deadlines pass at midnight too: the words are measured from this day. */
  private day = new Date().toDateString();
  private readonly midnight = setInterval(() => {
    if (new Date().toDateString() !== this.day) this.refresh();
  }, 60_000);

  constructor(
    private readonly programme: WorkspaceProgramme,
    private readonly memory: vscode.Memento,
  ) {
    this.groupingNow = memory.get<AgreementsGrouping>(GROUPING_KEY) === 'person' ? 'person' : 'deadline';
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
  show(): vscode.TreeView<AgreementNode> {
    this.view = vscode.window.createTreeView(AGREEMENTS_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.describe();
    this.setContext();
    return this.view;
  }

  /** The tree view, once shown (the tests read its title, description and message). */
  get treeView(): vscode.TreeView<AgreementNode> | undefined {
    return this.view;
  }

  get grouping(): AgreementsGrouping {
    return this.groupingNow;
  }

  /** The person filtered to (`''`: agreements without a responsible person); undefined when everyone's show. */
  get person(): string | undefined {
    return this.personNow;
  }

  async groupBy(grouping: AgreementsGrouping): Promise<void> {
    this.groupingNow = grouping;
    await this.memory.update(GROUPING_KEY, grouping);
    this.setContext();
    this.refresh();
    await this.reveal();
  }

  /** Shows one person's agreements: `person` as given, else as picked from the people who have agreements. */
  async filterTo(person?: string): Promise<void> {
    const chosen = typeof person === 'string' ? person.trim() : await this.pickPerson();
    if (chosen === undefined) return;
    // `Bram` is `Bram Jansen`, as owners are matched: the filter shows the fullest name the sheets use.
    this.personNow = chosen === '' ? '' : (this.people().find((group) => group.person !== '' && namesMatch(chosen, group.person))?.person ?? chosen);
    this.setContext();
    this.refresh();
    await this.reveal();
  }

  async showAll(): Promise<void> {
    this.personNow = undefined;
    this.setContext();
    this.refresh();
    await this.reveal();
  }

  /** The people who have agreements, as agreementsByPerson names them (the fullest way the sheets write each). */
  people(): PersonAgreements[] {
    return agreementsByPerson(this.agreements());
  }

  private async pickPerson(): Promise<string | undefined> {
    const lang = language();
    const items = this.people().map((group) => ({ label: group.person || REPORT_WORDS.nobody[lang], description: counts(group.agreements, lang), person: group.person }));
    if (items.length === 0) {
      void vscode.window.showInformationMessage(t('No agreements in the session sheets of this workspace yet.'));
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(items, { title: t('Show One Person’s Agreements'), placeHolder: t('Whose agreements?') });
    return picked?.person;
  }

  /** From the palette the view may be closed: open it, so the change shows. */
  private async reveal(): Promise<void> {
    if (this.view && !this.view.visible) await vscode.commands.executeCommand(`${AGREEMENTS_VIEW_ID}.focus`);
  }

  private setContext(): void {
    void vscode.commands.executeCommand('setContext', BY_PERSON_CONTEXT, this.groupingNow === 'person');
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, this.personNow !== undefined);
  }

  private agreements(): ProgrammeAgreement[] {
    return this.programme.index.agreements(dayOf(new Date()));
  }

  /** The agreements the filter lets through, in the index's order (overdue first). */
  private shown(all: ProgrammeAgreement[]): ProgrammeAgreement[] {
    const person = this.personNow;
    if (person === undefined) return all;
    return agreementsByPerson(all).find((group) => (person === '' ? group.person === '' : namesMatch(group.person, person)))?.agreements.slice() ?? [];
  }

  private refresh(): void {
    this.shownVersion = this.programme.index.version;
    this.day = new Date().toDateString();
    this.describe();
    this.changed.fire(undefined);
  }

  /** Title, description (the filter), message and badge (how many are overdue): what the view says above its rows. */
  private describe(): void {
    if (!this.view) return;
    const lang = language();
    const all = this.agreements();
    const shown = this.shown(all);
    const person = this.personNow === undefined ? undefined : this.personNow || REPORT_WORDS.nobody[lang];
    this.view.title = t('Agreements');
    this.view.description = person === undefined ? undefined : t('only {0}', person);
    this.view.message = !this.indexed
      ? t('Reading the session sheets…')
      : all.length === 0
        ? t('No agreements in the session sheets of this workspace yet.')
        : shown.length === 0 && person !== undefined
          ? t('No agreements of {0}.', person)
          : undefined;
    // Counted once the whole workspace is read: a number that grows while it is read would alarm for nothing.
    const overdue = this.indexed ? all.filter((entry) => entry.group === 'overdue').length : 0;
    this.view.badge = overdue > 0 ? { value: overdue, tooltip: t('Overdue agreements: {0}', overdue) } : undefined;
  }

  getParent(): AgreementNode | undefined {
    // Nothing is revealed below the top level.
    return undefined;
  }

  getChildren(node?: AgreementNode): AgreementNode[] {
    if (node) return node.kind === 'agreement' ? [] : node.agreements.map((entry) => ({ kind: 'agreement', entry, grouping: this.groupingNow }));
    const shown = this.shown(this.agreements());
    if (this.groupingNow === 'person') return agreementsByPerson(shown).map((group) => ({ kind: 'person', person: group.person, agreements: group.agreements }));
    return AGREEMENT_GROUPS.flatMap((group) => {
      const agreements = shown.filter((entry) => entry.group === group);
      return agreements.length > 0 ? [{ kind: 'group', group, agreements } as const] : [];
    });
  }

  getTreeItem(node: AgreementNode): vscode.TreeItem {
    return spokenAsShown(this.itemOf(node));
  }

  private itemOf(node: AgreementNode): vscode.TreeItem {
    const lang = language();
    switch (node.kind) {
      case 'group': {
        // Past agreements of closed sessions are history: folded away.
        const item = new vscode.TreeItem(GROUP_WORDS[node.group][lang], node.group === 'closed' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.agreements.length);
        item.iconPath = groupIcon(node.group);
        item.id = `group:${node.group}`;
        return item;
      }
      case 'person': {
        const item = new vscode.TreeItem(node.person || REPORT_WORDS.nobody[lang], vscode.TreeItemCollapsibleState.Expanded);
        item.description = counts(node.agreements, lang);
        const overdue = node.agreements.some((entry) => entry.group === 'overdue');
        item.iconPath = new vscode.ThemeIcon('person', overdue ? WARNING : undefined);
        item.id = `person:${node.person}`;
        return item;
      }
      case 'agreement':
        return this.agreementItem(node, lang);
    }
  }

  private agreementItem(node: Extract<AgreementNode, { kind: 'agreement' }>, lang: Language): vscode.TreeItem {
    const { entry } = node;
    const { agreement } = entry;
    const item = new vscode.TreeItem(agreement.text || agreement.place?.[lang] || REPORT_WORDS.agreement[lang], vscode.TreeItemCollapsibleState.None);
    const when = whenWords(entry, lang);
    const responsible = agreement.responsible || REPORT_WORDS.nobody[lang];
    // By person, the person is the row above.
    item.description = node.grouping === 'person' ? when : `${responsible} · ${when}`;
    const deadline = agreement.deadline;
    const due = deadline.kind === 'day' || deadline.kind === 'week' ? deadline.due : undefined;
    item.tooltip = [
      agreement.text || REPORT_WORDS.agreement[lang],
      `${REPORT_WORDS.responsible[lang]}: ${responsible}`,
      `${REPORT_WORDS.deadline[lang]}: ${deadline.text || REPORT_WORDS.noDeadline[lang]}${due ? ` (${due}, ${when})` : ''}`,
      `${REPORT_WORDS.session[lang]}: ${fileNameOf(entry.path)}${entry.sessionDate ? `, ${entry.sessionDate}` : ''}${entry.group === 'closed' ? ` (${GROUP_WORDS.closed[lang]})` : ''}`,
    ].join('\n');
    item.iconPath = groupIcon(entry.group);
    item.command = goToCommand(this.programme, entry.path, agreement.range, true);
    item.id = `${node.grouping}:${entry.path}:${agreement.range.start.line}`;
    return item;
  }

  dispose(): void {
    clearInterval(this.midnight);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }
}

/** The deadline from today in words (`2 weken te laat`, `over 3 dagen`); a deadline that is no date as written. */
function whenWords(entry: ProgrammeAgreement, lang: Language): string {
  if (entry.days !== undefined) return relativeDays(entry.days, lang, entry.group === 'closed' ? 'ago' : 'overdue');
  const deadline = entry.agreement.deadline;
  return deadline.kind === 'none' ? REPORT_WORDS.noDeadline[lang] : deadline.text;
}

/** `3 afspraken, 1 te laat`. */
function counts(agreements: readonly ProgrammeAgreement[], lang: Language): string {
  const overdue = agreements.filter((entry) => entry.group === 'overdue').length;
  const total = agreements.length === 1 ? t('1 agreement') : t('{0} agreements', agreements.length);
  return overdue > 0 ? `${total}, ${overdue} ${REPORT_WORDS.overdueCount[lang]}` : total;
}

function groupIcon(group: AgreementGroup): vscode.ThemeIcon {
  switch (group) {
    case 'overdue':
      return new vscode.ThemeIcon('warning', WARNING);
    case 'upcoming':
      return new vscode.ThemeIcon('calendar');
    case 'undated':
      return new vscode.ThemeIcon('circle-large-outline');
    case 'closed':
      return new vscode.ThemeIcon('history');
  }
}
