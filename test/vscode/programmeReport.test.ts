import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { agreementsReport, benefitsReport, dayOf, type ReportFormat, type ReportOptions } from '../../src/core/index';
import { api, workspaceUri } from './helpers';

/*
 * Report for the Sponsor Group on the example workspace (three rounds of Klant in Beeld and a
 * track): the command, given its choices as an argument, writes the core's report of the
 * programme index into a new untitled document, and opens the Markdown in the preview.
 */

type Kind = 'benefits' | 'agreements';

/** What `session-lint report` run in the workspace folder writes: the core over the extension's own index. */
async function expected(kind: Kind, format: ReportFormat, language: 'nl' | 'en' = 'nl'): Promise<string> {
  const { programme } = await api();
  const folder = workspaceUri().path;
  const options: ReportOptions = { language, today: dayOf(new Date()), fileName: (path) => path.slice(folder.length + 1) };
  const { index } = programme;
  return kind === 'benefits' ? benefitsReport(index.benefits(), index.summaries(), format, options) : agreementsReport(index.agreements(options.today), format, options);
}

const opened: vscode.TextDocument[] = [];

async function report(kind: Kind, format: ReportFormat): Promise<vscode.TextDocument> {
  // The reading of the workspace by earlier suites' changes is done: the report and the expectation see one index.
  await (await api()).programme.whenIndexed();
  const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('sessionTemplates.report', { report: kind, format });
  assert.ok(document, 'the command gives the document it wrote');
  opened.push(document);
  return document;
}

const previewTabs = () =>
  vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('markdown.preview'));

/** Resolves once a Markdown preview tab is open: checked now and on every change of the tabs. */
function previewTabOpen(): Promise<vscode.Tab> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const tab = previewTabs()[0];
      if (!tab) return;
      subscription.dispose();
      clearTimeout(timer);
      resolve(tab);
    };
    const subscription = vscode.window.tabGroups.onDidChangeTabs(check);
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no Markdown preview opened; tabs: ${vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label)).join(', ')}`));
    }, 30_000);
    check();
  });
}

/** Closes the reports without saving them (an untitled document would ask), then everything else. */
async function closeReports(): Promise<void> {
  for (const document of opened.splice(0)) {
    if (document.isClosed) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('programme report for the sponsor group', function () {
  // Waits for the workspace's first reading and opens a preview: seconds, more on a busy machine.
  this.timeout(90_000);
  afterEach(closeReports);

  it('Markdown: the agreements, overdue first with the person and "te laat", in an untitled document and its preview', async () => {
    const document = await report('agreements', 'md');
    assert.equal(document.uri.scheme, 'untitled');
    assert.equal(document.languageId, 'markdown');
    assert.equal(document.getText(), await expected('agreements', 'md'));
    // The overdue agreement of round 2, linked relative to the workspace folder (how the preview resolves an untitled document's links).
    assert.match(
      document.getText(),
      /\n## Te laat \(\d+\)\n[\s\S]*\n\| Prioritering toelichten in de sponsorgroep \| Bram Jansen \| 1 mei 2026 \| \d+ \w+ te laat \| \[2026-04-16-baateigenaren-ronde-2\.md\]\(sessies\/2026-04-16-baateigenaren-ronde-2\.md#L141\) \|\n[\s\S]*\n## Open/,
    );
    const tab = await previewTabOpen();
    assert.ok(tab.isActive, 'the preview is in front');
    // In the report's text too (Ctrl+click): the link leads to the sheet in the workspace, at the row.
    const links = (await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', document.uri, 50)) ?? [];
    const targets = links.map((link) => link.target?.toString(true) ?? '');
    const row = `${workspaceUri('sessies', '2026-04-16-baateigenaren-ronde-2.md').toString(true)}#L141,1`;
    assert.ok(targets.includes(row), `${row} among the links:\n${targets.join('\n')}`);
  });

  it('Markdown: the benefits with their owners and the priorities picture as an SVG, in the preview', async () => {
    const document = await report('benefits', 'md');
    assert.equal(document.languageId, 'markdown');
    const text = document.getText();
    assert.equal(text, await expected('benefits', 'md'));
    // Earlier suites leave newer sheets of the programme behind, so the facts asked are those of the example's own rounds.
    assert.ok(
      text.includes('\n- Baat 5 (Sterkere klantrelaties): Bram (2026-03-12) → Anna de Wit ([2026-04-16](sessies/2026-04-16-baateigenaren-ronde-2.md#L101)) — geen check met de nieuwe eigenaar\n'),
      'the owner change of round 2, linked to its line',
    );
    assert.match(text, /\n## Prioriteiten per sector\n\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*<\/svg>\n$/);
    await previewTabOpen();
  });

  it('CSV and JSON: the same index, in the document’s language, no preview', async () => {
    const csv = await report('agreements', 'csv');
    assert.equal(csv.getText(), await expected('agreements', 'csv'));
    assert.equal(csv.languageId, (await vscode.languages.getLanguages()).includes('csv') ? 'csv' : 'plaintext');
    assert.match(csv.getText(), /\r\nTe laat,Prioritering toelichten in de sponsorgroep,Bram Jansen,1 mei 2026,2026-05-01,-\d+,\d+ \w+ te laat,sessies\/2026-04-16-baateigenaren-ronde-2\.md,2026-04-16,141\r\n/);

    const json = await report('benefits', 'json');
    assert.equal(json.languageId, 'json');
    assert.equal(json.getText(), await expected('benefits', 'json'));
    type Entry = { file: string; owner: string | null };
    const data = JSON.parse(json.getText()) as { report: string; benefits: { number: number; title: string; history: Entry[] }[] };
    assert.equal(data.report, 'benefits');
    const rounds = ['sessies/2026-03-12-baateigenaren-klant-in-beeld.md', 'sessies/2026-04-16-baateigenaren-ronde-2.md', 'sessies/2026-06-11-baateigenaren-ronde-3.md'];
    const relationships = data.benefits.find((benefit) => benefit.number === 5 && benefit.title === 'Sterkere klantrelaties');
    assert.deepEqual(
      relationships?.history.filter((entry) => rounds.includes(entry.file)).map((entry) => [entry.file, entry.owner]),
      [
        [rounds[0], 'Bram'],
        [rounds[1], 'Anna de Wit'],
        [rounds[2], 'Anna de Wit'],
      ],
    );
    assert.deepEqual(previewTabs(), []);
  });

  it('speaks the chosen language: English when sessionTemplates.language is en', async () => {
    const config = vscode.workspace.getConfiguration('sessionTemplates');
    await config.update('language', 'en', vscode.ConfigurationTarget.Global);
    try {
      const document = await report('agreements', 'md');
      assert.equal(document.getText(), await expected('agreements', 'md', 'en'));
      assert.match(document.getText(), /^# Agreements\n[\s\S]*\n## Overdue \(\d+\)\n[\s\S]*\| Bram Jansen \| 1 mei 2026 \| \d+ \w+ overdue \|/);
    } finally {
      await config.update('language', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
