import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AgreementNode } from '../../src/vscode/programme/agreementsView';
import { api, closeAll, workspaceUri } from './helpers';

/*
 * The Benefits and Agreements views on the example workspace (test/workspace/sessies: a blank
 * sheet, three rounds of Klant in Beeld, a track), read through their providers as a person
 * reads the rows: label — description. Then a fourth round is created, changed, renamed and
 * deleted, and after each step the views are read again once they have changed (never after
 * a sleep).
 */

const EXAMPLE_SHEETS = [
  ['sessies', '2026-03-05-baateigenaren-blanco.md'],
  ['sessies', '2026-03-12-baateigenaren-klant-in-beeld.md'],
  ['sessies', '2026-04-16-baateigenaren-ronde-2.md'],
  ['sessies', '2026-06-11-baateigenaren-ronde-3.md'],
  ['sessies', 'traject', '2027-01-12-kick-off.md'],
  ['sessies', 'traject', 'traject-schulden-en-werk.md'],
];

/** The benefits as the example's latest round (11 June 2026) leaves them. */
const BENEFITS = [
  'Baat 1: Consistente klantbeleving — Bram Jansen · niet bevestigd',
  'Baat 2: Hogere klanttevredenheid — Carla Smit · geen check',
  'Baat 3: Efficiëntere klantprocessen — Carla Smit · geen check',
  'Baat 4: Betere klantinzichten — Anna de Wit · geen check',
  'Baat 5: Sterkere klantrelaties — Anna de Wit · bevestigd',
  'Baat 6: Outside-in cultuur — nog geen eigenaar',
];

/** Passed for good (their sessions are not closed): overdue on any day these tests run, oldest deadline first. */
const OVERDUE = [
  ['Baateigenaarschap vastleggen in het programmaplan', 'Anna de Wit'],
  ['Batenprofielen per sector opstellen', 'Carla Smit'],
  ['Voorstel aan de sponsorgroep', 'Bram Jansen'],
  ['Prioritering toelichten in de sponsorgroep', 'Bram Jansen'],
  ['Businesscase voorbereiden', 'Anna de Wit'],
  ['Voortgang per baat rapporteren', 'Carla Smit'],
];

type Provider<T> = vscode.TreeDataProvider<T> & { readonly onDidChangeTreeData: vscode.Event<unknown> };

function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

/** A row as it reads: `label — description`. */
function shown(item: vscode.TreeItem): string {
  return item.description ? `${labelOf(item)} — ${String(item.description)}` : labelOf(item);
}

async function childrenOf<T>(provider: Provider<T>, parent?: T): Promise<T[]> {
  return (await provider.getChildren(parent)) ?? [];
}

async function rows<T>(provider: Provider<T>, parent?: T): Promise<string[]> {
  return Promise.all((await childrenOf(provider, parent)).map(async (child) => shown(await provider.getTreeItem(child))));
}

/** The child whose label is `label`. */
async function node<T>(provider: Provider<T>, label: string, parent?: T): Promise<T> {
  for (const child of await childrenOf(provider, parent)) {
    if (labelOf(await provider.getTreeItem(child)) === label) return child;
  }
  assert.fail(`no row "${label}" among: ${(await rows(provider, parent)).join(' | ')}`);
}

async function item<T>(provider: Provider<T>, label: string, parent?: T): Promise<vscode.TreeItem> {
  return provider.getTreeItem(await node(provider, label, parent));
}

/**
 * Resolves once `ready` holds: checked now and after every change of the view's rows, never
 * by sleeping. Fails well inside the test's timeout, with the rows there were.
 */
function viewWhen<T>(provider: Provider<T>, ready: () => Promise<boolean>, what: string | (() => string)): Promise<void> {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      subscription.dispose();
      clearTimeout(timer);
      if (error) reject(error);
      else resolve();
    };
    const check = () => ready().then((yes) => yes && finish(), finish);
    const subscription = provider.onDidChangeTreeData(() => void check());
    const timer = setTimeout(() => void rows(provider).then((now) => finish(new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}; the view shows: ${now.join(' | ')}`))), 45_000);
    void check();
  });
}

/** Resolves once the top-level rows hold `row` (or, with `present` false, no longer do). */
const topRow = <T>(provider: Provider<T>, row: string, present = true) => viewWhen(provider, async () => (await rows(provider)).includes(row) === present, `${present ? '' : 'no '}row "${row}"`);

/** The benefit's rows under it, by its label (`Baat 6: Outside-in cultuur`). */
async function benefitRows(label: string): Promise<string[]> {
  const { benefitsView } = await api();
  return rows(benefitsView, await node(benefitsView, label));
}

/** The benefit's latest session row (the history is newest first, under the priorities and the check). */
async function latestSession(label: string): Promise<string | undefined> {
  return (await benefitRows(label)).find((row) => /^(\d{4}-\d{2}-\d{2}|zonder datum) · /.test(row));
}

/** The agreements under a group (by deadline) or a person. */
async function agreementRows(group: string): Promise<string[]> {
  const { agreementsView } = await api();
  return rows(agreementsView, await node(agreementsView, group));
}

/** Runs a row's click as VS Code would, and gives the editor it opened. */
async function click(row: vscode.TreeItem): Promise<vscode.TextEditor> {
  assert.ok(row.command, `"${labelOf(row)}" has a command`);
  await vscode.commands.executeCommand(row.command.command, ...(row.command.arguments ?? []));
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor, 'an editor is open');
  return editor;
}

const fileName = (editor: vscode.TextEditor) => editor.document.uri.path.split('/').pop();

const day = (offset: number) => {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset);
};
const pad = (value: number) => String(value).padStart(2, '0');
/** A day as the sheets write it (`19-03-2026`). */
const written = (date: Date) => `${pad(date.getDate())}-${pad(date.getMonth() + 1)}-${date.getFullYear()}`;
const iso = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** A benefit's owner line replaced: the first `Baateigenaar` field after the benefit's heading. */
function withOwner(text: string, heading: string, owner: string): string {
  const at = text.indexOf(`### ${heading}`);
  const field = text.indexOf('- **Baateigenaar:**', at);
  const end = text.indexOf('\n', field);
  return `${text.slice(0, field)}- **Baateigenaar:** ${owner}${text.slice(end)}`;
}

/** A fourth round: today, benefit 3 to someone not among the participants, 6 to the programme manager, two new agreements. */
async function fourthRound(options: { sixth: string; newDeadline: Date }): Promise<string> {
  const third = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('sessies', '2026-06-11-baateigenaren-ronde-3.md')));
  let text = third.replace('# Sessie Baateigenaren: ronde 3', '# Sessie Baateigenaren: ronde 4').replace('**Datum sessie:** 11 juni 2026', `**Datum sessie:** ${written(day(0))}`);
  text = withOwner(withOwner(text, 'Baat 3: Efficiëntere klantprocessen', 'Erik Bos'), 'Baat 6: Outside-in cultuur', options.sixth);
  const agreements = text.slice(text.indexOf('| Voortgang per baat rapporteren'), text.indexOf('\n\n---', text.indexOf('| Voortgang per baat rapporteren')));
  return text.replace(agreements, [`| Klantreis uittekenen | Erik Bos | ${written(options.newDeadline)} |`, `| Sponsorgroep bijpraten | Bram Jansen | ${written(day(-14))} |`].join('\n'));
}

describe('programme views: Benefits and Agreements', function () {
  this.timeout(90_000);
  const created = [workspaceUri('sessies', 'views-ronde-4.md'), workspaceUri('sessies', 'views-ronde-4-hernoemd.md')];

  before(async function () {
    this.timeout(180_000);
    const { programme, benefitsView } = await api();
    await programme.whenIndexed();
    // On the example workspace alone: sheets with benefits or agreements that other suites left behind go first.
    const examples = new Set(EXAMPLE_SHEETS.map((path) => workspaceUri(...path).path));
    const others = programme.index.summaries().filter((sheet) => !examples.has(sheet.path) && !sheet.path.includes('/.sessions/') && (sheet.benefits.length > 0 || sheet.agreements.length > 0));
    for (const sheet of others) await vscode.workspace.fs.delete(programme.uriOf(sheet.path)!, { useTrash: false });
    await viewWhen(benefitsView, async () => others.every((sheet) => !programme.index.has(sheet.path)) && (await rows(benefitsView)).length === BENEFITS.length, () => `the example workspace alone (still in the index: ${others.filter((sheet) => programme.index.has(sheet.path)).map((sheet) => sheet.path).join(', ') || 'none'})`);
  });

  afterEach(closeAll);

  after(async () => {
    const { agreementsView } = await api();
    await agreementsView.groupBy('deadline');
    await agreementsView.showAll();
    for (const uri of created) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('Benefits: the six benefits of Klant in Beeld, each with the owner from the latest round and how far ownership got', async () => {
    const { benefitsView } = await api();
    assert.deepEqual(await rows(benefitsView), BENEFITS);
    const view = benefitsView.treeView!;
    assert.equal(view.title, 'Baten');
    assert.equal(view.description, 'Klant in Beeld');
    assert.equal(view.message, undefined);
    const icons = await Promise.all((await childrenOf(benefitsView)).map(async (child) => ((await benefitsView.getTreeItem(child)).iconPath as vscode.ThemeIcon).id));
    assert.deepEqual(icons, ['warning', 'circle-large-outline', 'circle-large-outline', 'circle-large-outline', 'pass-filled', 'circle-slash']);
    // Under a benefit: priorities, the check, and every session that had it, the latest first.
    assert.deepEqual(await benefitRows('Baat 5: Sterkere klantrelaties'), [
      'PO Midden · VO Hoog · ZAK Midden',
      'Check: bevestigd',
      '2026-06-11 · Anna de Wit — 2026-06-11-baateigenaren-ronde-3.md',
      '2026-04-16 · Anna de Wit — 2026-04-16-baateigenaren-ronde-2.md',
      '2026-03-12 · Bram — 2026-03-12-baateigenaren-klant-in-beeld.md',
      'zonder datum · nog geen eigenaar — 2026-03-05-baateigenaren-blanco.md',
    ]);
    const first = await item(benefitsView, 'Baat 1: Consistente klantbeleving');
    // A screen reader says the row as it shows; the tooltip says it in full.
    assert.equal(first.accessibilityInformation?.label, 'Baat 1: Consistente klantbeleving, Bram Jansen · niet bevestigd');
    const tooltip = first.tooltip;
    assert.equal(tooltip, ['Baat 1 (Consistente klantbeleving)', 'Eigenaar: Bram Jansen — deelnemer, aanwezig', 'Check: niet bevestigd', 'Laatste sessie: 2026-06-11-baateigenaren-ronde-3.md (2026-06-11)'].join('\n'));
  });

  it('Benefits: a click goes to the owner in the latest round, the check row to its check, a history row to that session', async () => {
    const { benefitsView } = await api();
    const first = await node(benefitsView, 'Baat 1: Consistente klantbeleving');
    let editor = await click(await benefitsView.getTreeItem(first));
    assert.equal(fileName(editor), '2026-06-11-baateigenaren-ronde-3.md');
    assert.equal(editor.document.getText(editor.selection), 'Bram Jansen');
    assert.equal(editor.document.lineAt(editor.selection.start.line).text, '- **Baateigenaar:** Bram Jansen');
    editor = await click(await item(benefitsView, 'Check: niet bevestigd', first));
    assert.equal(editor.document.lineAt(editor.selection.start.line).text, '| Wie is de eigenaar van deze baat? | Bram Jansen |');
    editor = await click(await item(benefitsView, '2026-04-16 · Anna de Wit', first));
    assert.equal(fileName(editor), '2026-04-16-baateigenaren-ronde-2.md');
    assert.equal(editor.document.getText(editor.selection), 'Anna de Wit');
  });

  it('Agreements: by deadline, overdue first, with the deadline from today in words', async () => {
    const { agreementsView } = await api();
    const groups = (await childrenOf(agreementsView)).map((group) => (group as Extract<AgreementNode, { kind: 'group' }>).group);
    const order: string[] = ['overdue', 'upcoming', 'undated', 'closed'];
    assert.equal(groups[0], 'overdue');
    assert.deepEqual(groups, [...groups].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    const view = agreementsView.treeView!;
    assert.equal(view.title, 'Afspraken');
    assert.equal(view.description, undefined);
    assert.equal(labelOf(await agreementsView.getTreeItem((await childrenOf(agreementsView))[0])), 'Te laat');
    const overdue = (await agreementRows('Te laat')).slice(0, OVERDUE.length);
    assert.equal(overdue.length, OVERDUE.length);
    OVERDUE.forEach(([text, person], index) => assert.match(overdue[index], new RegExp(`^${text} — ${person} · \\d+ maanden te laat$`)));
    assert.ok((view.badge?.value ?? 0) >= OVERDUE.length, `badge ${view.badge?.value}`);
    assert.deepEqual(await agreementRows('Zonder datum'), ['Batenkaart bijwerken — Dirk Vos · na de zomer']);
    const row = await item(agreementsView, 'Prioritering toelichten in de sponsorgroep', await node(agreementsView, 'Te laat'));
    assert.equal((row.iconPath as vscode.ThemeIcon).id, 'warning');
    assert.match(String(row.tooltip), /^Prioritering toelichten in de sponsorgroep\nVerantwoordelijke: Bram Jansen\nDeadline: 1 mei 2026 \(2026-05-01, \d+ maanden te laat\)\nSessie: 2026-04-16-baateigenaren-ronde-2\.md, 2026-04-16$/);
  });

  it('Agreements: a click on an overdue agreement opens its sheet with its row selected', async () => {
    const { agreementsView } = await api();
    const editor = await click(await item(agreementsView, 'Prioritering toelichten in de sponsorgroep', await node(agreementsView, 'Te laat')));
    assert.equal(fileName(editor), '2026-04-16-baateigenaren-ronde-2.md');
    assert.equal(editor.document.getText(editor.selection), '| Prioritering toelichten in de sponsorgroep | Bram Jansen | 1 mei 2026 |');
  });

  it('Agreements: grouped by person, and filtered to one person, from the view’s commands', async () => {
    const { agreementsView } = await api();
    await vscode.commands.executeCommand('sessionTemplates.groupAgreementsByPerson.nl');
    assert.equal(agreementsView.grouping, 'person');
    const people = await rows(agreementsView);
    assert.deepEqual(
      people.map((row) => row.split(' — ')[0]),
      ['Anna de Wit', 'Bram Jansen', 'Carla Smit', 'Daan Koster', 'Dirk Vos', 'Roos Groen'],
    );
    assert.ok(people.includes('Bram Jansen — 2 afspraken, 2 te laat'), people.join(' | '));
    assert.ok(people.includes('Dirk Vos — 1 afspraak'), people.join(' | '));
    // Under the person, the row says when only.
    assert.deepEqual(
      (await agreementRows('Bram Jansen')).map((row) => row.replace(/\d+ maanden/, 'N maanden')),
      ['Voorstel aan de sponsorgroep — N maanden te laat', 'Prioritering toelichten in de sponsorgroep — N maanden te laat'],
    );

    // The filter takes a first name as owners do, and shows the full one.
    await vscode.commands.executeCommand('sessionTemplates.filterAgreements', 'Bram');
    assert.equal(agreementsView.treeView!.description, 'alleen Bram Jansen');
    assert.deepEqual((await rows(agreementsView)).map((row) => row.split(' — ')[0]), ['Bram Jansen']);
    await vscode.commands.executeCommand('sessionTemplates.groupAgreementsByDeadline.en');
    assert.deepEqual(await rows(agreementsView), ['Te laat — 2']);
    await vscode.commands.executeCommand('sessionTemplates.showAllAgreements');
    assert.equal(agreementsView.treeView!.description, undefined);
    assert.equal(agreementsView.person, undefined);
    assert.ok((await rows(agreementsView)).includes('Zonder datum — 1'));
  });

  it('both views speak the chosen language, titles too, and follow a change of it', async () => {
    const { benefitsView, agreementsView, programme } = await api();
    const config = vscode.workspace.getConfiguration('sessionTemplates');
    await programme.whenIndexed();
    const version = programme.index.version;
    const english = topRow(benefitsView, 'Baat 1: Consistente klantbeleving — Bram Jansen · not confirmed');
    await config.update('language', 'en', vscode.ConfigurationTarget.Workspace);
    try {
      await english;
      assert.equal(benefitsView.treeView!.title, 'Benefits');
      assert.equal(agreementsView.treeView!.title, 'Agreements');
      assert.equal((await rows(benefitsView)).at(-1), 'Baat 6: Outside-in cultuur — no owner yet');
      assert.equal((await rows(agreementsView))[0].split(' — ')[0], 'Overdue');
      assert.match((await agreementRows('Overdue'))[0], /^Baateigenaarschap vastleggen in het programmaplan — Anna de Wit · \d+ months overdue$/);
    } finally {
      const dutch = topRow(benefitsView, BENEFITS[0]);
      await config.update('language', undefined, vscode.ConfigurationTarget.Workspace);
      await dutch;
    }
    assert.equal(benefitsView.treeView!.title, 'Baten');
    assert.equal(agreementsView.treeView!.title, 'Afspraken');
    // The language is applied when the views ask: no sheet was read again for it.
    await programme.whenIndexed();
    assert.equal(programme.index.version, version, 'the programme did not read the workspace again');
  });

  it('follow a sheet created, changed, renamed and deleted', async function () {
    this.timeout(180_000);
    const { benefitsView, agreementsView } = await api();
    const [uri, renamed] = created;

    // Created: round 4 gives benefit 3 to someone not among the participants and 6 to the programme manager.
    const appeared = topRow(benefitsView, 'Baat 6: Outside-in cultuur — Dirk Vos · teruggelegd bij het programma');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(await fourthRound({ sixth: 'Dirk Vos', newDeadline: day(3) })));
    await appeared;
    assert.deepEqual(await rows(benefitsView), [
      BENEFITS[0],
      BENEFITS[1],
      'Baat 3: Efficiëntere klantprocessen — Erik Bos · niet bij de deelnemers',
      BENEFITS[3],
      BENEFITS[4],
      'Baat 6: Outside-in cultuur — Dirk Vos · teruggelegd bij het programma',
    ]);
    assert.equal(((await item(benefitsView, 'Baat 6: Outside-in cultuur')).iconPath as vscode.ThemeIcon).id, 'reply');
    assert.equal(((await item(benefitsView, 'Baat 3: Efficiëntere klantprocessen')).iconPath as vscode.ThemeIcon).id, 'question');
    assert.equal(await latestSession('Baat 6: Outside-in cultuur'), `${iso(day(0))} · Dirk Vos — views-ronde-4.md`);
    await viewWhen(agreementsView, async () => (await rows(agreementsView, await node(agreementsView, 'Te laat'))).includes('Sponsorgroep bijpraten — Bram Jansen · 2 weken te laat'), 'the new overdue agreement');
    assert.ok((await agreementRows('Open')).includes('Klantreis uittekenen — Erik Bos · over 3 dagen'));

    // Changed: benefit 6 to Carla, the new agreement due today.
    const changed = topRow(benefitsView, 'Baat 6: Outside-in cultuur — Carla Smit · geen check');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(await fourthRound({ sixth: 'Carla Smit', newDeadline: day(0) })));
    await changed;
    await viewWhen(agreementsView, async () => (await agreementRows('Open')).includes('Klantreis uittekenen — Erik Bos · vandaag'), 'the agreement due today');
    assert.equal(await latestSession('Baat 6: Outside-in cultuur'), `${iso(day(0))} · Carla Smit — views-ronde-4.md`);

    // Renamed: the history and the click follow the file.
    const moved = viewWhen(benefitsView, async () => (await latestSession('Baat 6: Outside-in cultuur')) === `${iso(day(0))} · Carla Smit — views-ronde-4-hernoemd.md`, 'the renamed session');
    await vscode.workspace.fs.rename(uri, renamed);
    await moved;
    assert.equal((await benefitRows('Baat 6: Outside-in cultuur')).filter((row) => row.endsWith('views-ronde-4.md')).length, 0);
    await viewWhen(agreementsView, async () => (await agreementRows('Open')).includes('Klantreis uittekenen — Erik Bos · vandaag'), 'the agreement after the rename');
    const editor = await click(await item(agreementsView, 'Klantreis uittekenen', await node(agreementsView, 'Open')));
    assert.equal(fileName(editor), 'views-ronde-4-hernoemd.md');
    assert.equal(editor.document.getText(editor.selection), `| Klantreis uittekenen | Erik Bos | ${written(day(0))} |`);
    await closeAll();

    // Deleted: the example's latest round is the latest again.
    const gone = topRow(benefitsView, BENEFITS[5]);
    await vscode.workspace.fs.delete(renamed);
    await gone;
    assert.deepEqual(await rows(benefitsView), BENEFITS);
    await viewWhen(agreementsView, async () => !(await agreementRows('Open')).some((row) => row.startsWith('Klantreis uittekenen')), 'the agreement gone');
    assert.ok(!(await agreementRows('Te laat')).some((row) => row.startsWith('Sponsorgroep bijpraten')));
  });

  it('drop a sheet deleted while it is open in an editor, unchanged (its document outlives the file)', async function () {
    this.timeout(180_000);
    const { benefitsView, programme } = await api();
    const [uri] = created;
    const appeared = topRow(benefitsView, 'Baat 6: Outside-in cultuur — Dirk Vos · teruggelegd bij het programma');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(await fourthRound({ sixth: 'Dirk Vos', newDeadline: day(3) })));
    await appeared;
    // Typed in and saved just before the delete: the reading of that change comes after it.
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await editor.edit((edit) => edit.insert(new vscode.Position(editor.document.lineCount, 0), '\n'));
    await editor.document.save();
    await vscode.workspace.fs.delete(uri);
    // The delete reaches the index through the file watcher, a moment later: the view says when.
    await topRow(benefitsView, BENEFITS[5]);
    // Then no reading of the saved change, however late, brings it back.
    await programme.whenIndexed();
    assert.ok(!editor.document.isClosed, 'the document is still open, its file gone');
    assert.equal(programme.index.has(uri.path), false, 'the deleted sheet is not in the index');
    assert.deepEqual(await rows(benefitsView), BENEFITS);
  });
});
