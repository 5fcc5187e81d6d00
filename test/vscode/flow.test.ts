import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import dutch from '../../l10n/bundle.l10n.nl.json';
import { api, BLANK_SHEET, closeAll, diagnosticsWhen, openNewSheet, openSheet, ruleOf, USER_SHEET, workspaceUri } from './helpers';

// The facilitator's flow in a real VS Code: typing, ownership, agenda rows, one language.

const LAST_AGENDA_ROW = '| 01:45 | Afspraken en vervolgstappen | 15 min |';

const NAMED = USER_SHEET.replace('| [Naam] | Sectormanager | PO | [ ] |', '| Anna de Wit | Sectormanager | PO | [x] |')
  .replace('| [Naam] | Sectormanager | VO | [ ] |', '| Bram Jansen | Sectormanager | VO | [x] |')
  .replace('| [Naam] | Programmamanager | - | [ ] |', '| Dirk Vos | Programmamanager | - | [x] |');

/** Types as a person does, one character at a time, through the editor's own typing command. */
async function type(editor: vscode.TextEditor, text: string): Promise<void> {
  for (const character of text) {
    const before = editor.document.version;
    await vscode.commands.executeCommand('type', { text: character });
    assert.ok(editor.document.version > before, `"${character}" was typed`);
  }
}

/** Puts the cursor at the end of the first line that is exactly `line`. */
function cursorAtEndOf(editor: vscode.TextEditor, line: string): number {
  const index = editor.document.getText().split('\n').indexOf(line);
  assert.notEqual(index, -1, `no line "${line}"`);
  const end = new vscode.Position(index, line.length);
  editor.selection = new vscode.Selection(end, end);
  return index;
}

async function completions(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  return (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position)).items;
}

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

describe('suggestions while typing in a session sheet', () => {
  afterEach(closeAll);

  it('open by themselves on a snippet’s first letters, and the agenda row starts where the last one ends', async () => {
    const { autoSuggest } = await api();
    const editor = await openNewSheet('typen.md', USER_SHEET);
    await diagnosticsWhen(editor.document.uri, (found) => found.length > 0);
    const row = cursorAtEndOf(editor, LAST_AGENDA_ROW);
    await type(editor, '\n');
    const opened = new Promise((resolve) => autoSuggest.onDidOpen(resolve));
    await type(editor, 'ag');
    assert.equal(await opened, 'snippet');
    await type(editor, 'endarij');
    const items = await completions(editor.document.uri, editor.selection.active);
    const snippet = items.find((item) => labelOf(item) === 'agendarij');
    assert.ok(snippet, items.map(labelOf).slice(0, 8).join(', '));
    assert.equal(snippet.detail, 'Agendarij; de starttijd volgt uit de rij erboven');
    await editor.insertSnippet(snippet.insertText as vscode.SnippetString, snippet.range as vscode.Range);
    assert.equal(editor.document.lineAt(row + 1).text, '| 02:00 | Onderdeel | 15 min |');
    await diagnosticsWhen(editor.document.uri, (found) => !found.some((d) => ruleOf(d) === 'agenda-time') && found.length > 0, 'no agenda-time');
  });

  it('a row put between two rows starts at the row above’s end, and one fix brings the rest right', async () => {
    const editor = await openNewSheet('tussenrij.md', USER_SHEET);
    const row = cursorAtEndOf(editor, '| 00:15 | Toelichting batenstructuur (6 baten) | 20 min |');
    await type(editor, '\nagendarij');
    const snippet = (await completions(editor.document.uri, editor.selection.active)).find((item) => labelOf(item) === 'agendarij')!;
    await editor.insertSnippet(snippet.insertText as vscode.SnippetString, snippet.range as vscode.Range);
    assert.equal(editor.document.lineAt(row + 1).text, '| 00:35 | Onderdeel | 15 min |');
    // While "agendarij" stood in the table it was no time; wait for the finding on the row after the new one.
    const onRowAfter = (d: vscode.Diagnostic) => ruleOf(d) === 'agenda-time' && d.range.start.line === row + 2;
    const diagnostics = await diagnosticsWhen(editor.document.uri, (found) => found.some(onRowAfter), 'agenda-time on the row after');
    const late = diagnostics.find(onRowAfter)!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, late.range);
    const recompute = actions.find((action) => action.title === 'Bereken de starttijden opnieuw vanaf de eerste rij');
    assert.ok(recompute?.edit);
    assert.ok(await vscode.workspace.applyEdit(recompute.edit));
    assert.equal(editor.document.lineAt(row + 2).text, '| 00:50 | Per sector: welke baten zijn prioriteit? | 30 min |');
  });

  it('the start-time completion replaces a selected 00:00 with the next start', async () => {
    const text = USER_SHEET.replace(LAST_AGENDA_ROW, `${LAST_AGENDA_ROW}\n| 00:00 | Pauze | 10 min |`);
    const editor = await openNewSheet('nul.md', text);
    const line = editor.document.getText().split('\n').indexOf('| 00:00 | Pauze | 10 min |');
    editor.selection = new vscode.Selection(line, 2, line, 7);
    const item = (await completions(editor.document.uri, editor.selection.active)).find((candidate) => labelOf(candidate) === '02:00');
    assert.ok(item, 'the next start is offered while 00:00 is selected');
    assert.equal(item.filterText, '00:00', 'so the suggestion list does not filter it away');
    assert.deepEqual([(item.range as vscode.Range).start.character, (item.range as vscode.Range).end.character], [2, 7]);
  });

  it('open by themselves at the start of an owner’s name, sector managers first', async () => {
    const { autoSuggest } = await api();
    const editor = await openNewSheet('eigenaar-typen.md', NAMED.replace('- **Baateigenaar:** ___', '- **Baateigenaar:** '));
    await diagnosticsWhen(editor.document.uri, (found) => found.length > 0);
    cursorAtEndOf(editor, '- **Baateigenaar:** ');
    const opened = new Promise((resolve) => autoSuggest.onDidOpen(resolve));
    await type(editor, 'A');
    assert.equal(await opened, 'owner');
    const names = (await completions(editor.document.uri, editor.selection.active)).filter((item) => item.kind === vscode.CompletionItemKind.User);
    const sorted = [...names].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map(labelOf);
    assert.deepEqual(sorted, ['Anna de Wit', 'Bram Jansen', 'Dirk Vos']);
  });

  it('open by themselves in an agreement’s Verantwoordelijke cell', async () => {
    const { autoSuggest } = await api();
    const editor = await openNewSheet('verantwoordelijke.md', NAMED.replace('| | | |\n| | | |\n| | | |', '| Plannen |  | 1 december 2026 |\n| | | |\n| | | |'));
    await diagnosticsWhen(editor.document.uri, (found) => found.length > 0);
    const line = editor.document.getText().split('\n').indexOf('| Plannen |  | 1 december 2026 |');
    editor.selection = new vscode.Selection(line, 12, line, 12);
    const opened = new Promise((resolve) => autoSuggest.onDidOpen(resolve));
    await type(editor, 'B');
    assert.equal(await opened, 'owner');
    const names = (await completions(editor.document.uri, editor.selection.active)).filter((item) => item.kind === vscode.CompletionItemKind.User).map(labelOf);
    assert.ok(names.includes('Bram Jansen'), names.join(', '));
  });

  it('stay as they were in other Markdown files', async () => {
    const { autoSuggest } = await api();
    let opened = 0;
    const subscription = autoSuggest.onDidOpen(() => opened++);
    const editor = await openNewSheet('notities.md', '# Notities\n\n');
    editor.selection = new vscode.Selection(2, 0, 2, 0);
    await type(editor, 'agenda en **Baateigenaar:** A');
    subscription.dispose();
    assert.equal(editor.document.lineAt(2).text, 'agenda en **Baateigenaar:** A');
    assert.equal(opened, 0);
  });
});

describe('ownership stands out', () => {
  afterEach(closeAll);

  it('on the blank sheet the six missing owners are the only warnings; open items are information', async () => {
    await openSheet(BLANK_SHEET);
    const diagnostics = await diagnosticsWhen(workspaceUri(...BLANK_SHEET), (found) => found.length > 0);
    const warnings = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(warnings.map(ruleOf), Array(6).fill('owner-missing'));
    assert.ok(diagnostics.filter((d) => ruleOf(d) !== 'owner-missing').every((d) => d.severity === vscode.DiagnosticSeverity.Information));
  });

  it('every message names its place: the benefit, by number and title', async () => {
    await openSheet(BLANK_SHEET);
    const diagnostics = await diagnosticsWhen(workspaceUri(...BLANK_SHEET), (found) => found.length > 0);
    const messages = diagnostics.map((d) => d.message);
    assert.ok(messages.includes('Baat 3 (Efficiëntere klantprocessen): nog geen PO-prioriteit gekozen (Hoog / Midden / Laag).'), messages.slice(10, 14).join('\n'));
    const priorities = diagnostics.filter((d) => ruleOf(d) === 'choice-missing' && d.message.includes('prioriteit'));
    assert.equal(new Set(priorities.map((d) => d.message)).size, priorities.length, 'no two priority messages alike');
    assert.ok(diagnostics.filter((d) => ruleOf(d) === 'owner-missing').every((d) => /^Baat \d \(.+\): /.test(d.message)));
  });

  it('a missing owner with nobody named yet offers to fill it in or go to the participants, turning the rule off last', async () => {
    const editor = await openSheet(BLANK_SHEET);
    const uri = editor.document.uri;
    const diagnostics = await diagnosticsWhen(uri, (found) => found.some((d) => ruleOf(d) === 'owner-missing'));
    const owner = diagnostics.find((d) => ruleOf(d) === 'owner-missing')!;
    // The quick fixes for this finding (the Markdown extension adds its own refactorings, not about it).
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, owner.range)).filter((action) => action.kind && vscode.CodeActionKind.QuickFix.contains(action.kind));
    assert.deepEqual(actions.map((action) => action.title), ['Eigenaar invullen', 'Naar de deelnemerstabel', 'Zet owner-missing uit voor deze regel']);
    assert.equal(actions[0].isPreferred, true);
    await vscode.commands.executeCommand(actions[0].command!.command, ...(actions[0].command!.arguments ?? []));
    assert.equal(editor.document.getText(editor.selection), '___');
    assert.equal(editor.selection.start.line, owner.range.start.line);
    await vscode.commands.executeCommand(actions[1].command!.command, ...(actions[1].command!.arguments ?? []));
    assert.equal(editor.document.getText(editor.selection), '[Naam]');
    assert.equal(editor.document.lineAt(editor.selection.start.line).text, '| [Naam] | Sectormanager | PO | [ ] |');
  });

  it('the status bar and the progress view say how many benefits lack a real owner; a deflected owner is not one', async () => {
    const { statusBar, progressView } = await api();
    const text = NAMED.replace('- **Baateigenaar:** ___', '- **Baateigenaar:** Anna de Wit').replace('- **Baateigenaar:** ___', '- **Baateigenaar:** Het programma');
    const editor = await openNewSheet('echte-eigenaar.md', text);
    await diagnosticsWhen(editor.document.uri, (found) => found.some((d) => ruleOf(d) === 'owner-deflected'));
    await waitFor(() => statusBar.item.text.includes('5 zonder eigenaar'), () => statusBar.item.text);
    const tooltip = (statusBar.item.tooltip as vscode.MarkdownString).value;
    assert.match(tooltip, /5 van 6 baten hebben nog geen echte eigenaar/);
    const [owners] = progressView.getChildren();
    assert.equal(progressView.getTreeItem(owners).label, '5 van 6 baten hebben nog geen echte eigenaar');
    const gaps = progressView.getChildren(owners).map((node) => progressView.getTreeItem(node));
    assert.deepEqual(
      gaps.slice(0, 2).map((item) => `${item.label} · ${item.description}`),
      ['Baat 2 (Hogere klanttevredenheid) · teruggelegd bij het programma', 'Baat 3 (Efficiëntere klantprocessen) · nog geen eigenaar'],
    );
  });
});

describe('the rule’s documentation', () => {
  afterEach(closeAll);

  it('opens from a finding’s rule id, rendered beside the sheet, at the rule’s section, in Dutch', async () => {
    const { ruleDocs } = await api();
    await openSheet(BLANK_SHEET);
    const diagnostics = await diagnosticsWhen(workspaceUri(...BLANK_SHEET), (found) => found.some((d) => ruleOf(d) === 'owner-missing'));
    const { target } = diagnostics.find((d) => ruleOf(d) === 'owner-missing')!.code as { target: vscode.Uri };
    const shown = new Promise((resolve) => ruleDocs.onDidShow(resolve));
    // What a click on the link does: the command with its arguments.
    await vscode.commands.executeCommand(target.path, ...JSON.parse(decodeURIComponent(target.query)));
    assert.equal(await shown, 'owner-missing', 'the section was found and scrolled to');
    const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs);
    const docs = tabs.find((tab) => tab.label === 'Regel owner-missing');
    assert.ok(docs, tabs.map((tab) => tab.label).join(', '));
    assert.ok(docs.input instanceof vscode.TabInputWebview);
  });
});

describe('the progress view', () => {
  afterEach(closeAll);

  it('tells rows apart, collapses what is done or below the top, and speaks Dutch', async () => {
    const { progressView } = await api();
    await openSheet(BLANK_SHEET);
    await diagnosticsWhen(workspaceUri(...BLANK_SHEET), (found) => found.length > 0);
    const top = progressView.getChildren();
    const participants = top.find((node) => String(progressView.getTreeItem(node).label).startsWith('Deelnemers'))!;
    const rows = progressView.getChildren(participants).map((node) => progressView.getTreeItem(node));
    assert.deepEqual(rows.map((row) => row.label), ['Sectormanager PO', 'Sectormanager VO', 'Sectormanager ZAK', 'Programmamanager']);
    assert.ok(rows.every((row) => String(row.description).startsWith('Deelnemers')));
    const benefits = top.find((node) => progressView.getTreeItem(node).label === 'De 6 Baten van Klant in Beeld')!;
    assert.equal(progressView.getTreeItem(benefits).collapsibleState, vscode.TreeItemCollapsibleState.Expanded);
    const [first] = progressView.getChildren(benefits);
    assert.equal(progressView.getTreeItem(first).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed, 'a benefit below the top starts collapsed');
  });

  it('"Go to next open item" selects the open item itself, so typing replaces it', async () => {
    const editor = await openSheet(BLANK_SHEET);
    await diagnosticsWhen(editor.document.uri, (found) => found.length > 0);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('sessionTemplates.nextOpenItem');
    assert.equal(editor.document.getText(editor.selection), '[invullen]');
    assert.equal(editor.selection.start.line, 3, 'Datum sessie');
    await vscode.commands.executeCommand('sessionTemplates.nextOpenItem');
    assert.deepEqual([editor.selection.start.line, editor.document.getText(editor.selection)], [4, '[invullen]'], 'Locatie');
  });
});

describe('a sheet too large to analyse while editing', () => {
  afterEach(closeAll);

  it('is left alone, the status bar says so plainly, and a larger limit brings its findings', async function () {
    this.timeout(90_000);
    const { statusBar, analyzer } = await api();
    const config = vscode.workspace.getConfiguration('sessionTemplates');
    // A limit of 64 KB, and the user's sheet with some 100 KB of notes under it.
    await config.update('maxSheetSizeKB', 64, vscode.ConfigurationTarget.Workspace);
    try {
      const notes = Array.from({ length: 2_500 }, (_, index) => `Notitie ${index}: besproken, niets open.`).join('\n\n');
      const editor = await openNewSheet('groot.md', `${USER_SHEET}\n## Notities\n\n${notes}\n`);
      await waitFor(() => statusBar.item.text.includes('Sessieblad niet geanalyseerd'), () => statusBar.item.text);
      assert.match(statusBar.item.text, /Sessieblad niet geanalyseerd: \d+ kB > 64 kB/);
      assert.equal(analyzer.skippedSize(editor.document)?.limit, 64 * 1024);
      assert.deepEqual(vscode.languages.getDiagnostics(editor.document.uri), []);
      await config.update('maxSheetSizeKB', 4096, vscode.ConfigurationTarget.Workspace);
      const found = await diagnosticsWhen(editor.document.uri, (diagnostics) => diagnostics.filter((d) => ruleOf(d) === 'owner-missing').length === 6, 'findings once the limit is larger');
      assert.ok(found.length > 6);
    } finally {
      await config.update('maxSheetSizeKB', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});

describe('one language', () => {
  afterEach(closeAll);

  it('with the default settings, nothing of ours next to Dutch findings is English', async () => {
    const { statusBar, progressView } = await api();
    const editor = await openNewSheet('een-taal.md', NAMED);
    await diagnosticsWhen(editor.document.uri, (found) => found.length > 0);
    await waitFor(() => statusBar.item.text.startsWith('$(checklist) Sessie'), () => statusBar.item.text);
    const shown: string[] = [statusBar.item.text, statusBar.item.name ?? '', (statusBar.item.tooltip as vscode.MarkdownString).value];
    const walk = (nodes: ReturnType<typeof progressView.getChildren>) => {
      for (const node of nodes) {
        const item = progressView.getTreeItem(node);
        shown.push(String(item.label), String(item.description ?? ''), item.command?.title ?? '');
        walk(progressView.getChildren(node));
      }
    };
    walk(progressView.getChildren());
    const ownerLine = cursorAtEndOf(editor, '- **Baateigenaar:** ___');
    for (const item of await completions(editor.document.uri, new vscode.Position(ownerLine, 20))) shown.push(String(item.detail ?? ''));
    const rowLine = cursorAtEndOf(editor, LAST_AGENDA_ROW) + 1;
    await editor.edit((edit) => edit.insert(new vscode.Position(rowLine, 0), '| \n'));
    for (const item of await completions(editor.document.uri, new vscode.Position(rowLine, 2))) shown.push(String(item.detail ?? ''));
    const diagnostics = await diagnosticsWhen(editor.document.uri, (found) => found.length > 0);
    for (const diagnostic of diagnostics) {
      shown.push(diagnostic.message);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, diagnostic.range);
      shown.push(...actions.map((action) => action.title));
    }
    assert.ok(shown.length > 100, `${shown.length} strings walked`);
    assert.deepEqual(shown.filter((line) => englishIn(line).length > 0).map((line) => `${line} ← ${englishIn(line).join(', ')}`), []);
  });
});

/** The English words of ours a string contains: the fixed parts of our messages that Dutch changes. */
function englishIn(text: string): string[] {
  // "Session Templates" is the extension's name, the same in both languages.
  // Rule ids (`owner-missing`) are identifiers, the same in both languages.
  const line = text.replaceAll('Session Templates', '').replace(/\b[a-z]+(?:-[a-z]+)+\b/g, '');
  const fragments = Object.entries(dutch as Record<string, string>)
    .filter(([english, nl]) => english !== nl)
    .flatMap(([english]) => english.split(/\{\d+\}/))
    .map((fragment) => fragment.trim().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((fragment) => fragment.length >= 4);
  const english = [...new Set([...fragments, 'Session', 'Benefit', 'owner', 'Choices', 'Fields', 'Participants', 'Nothing chosen', 'Turn off', 'Make'])];
  return english.filter((fragment) => new RegExp(`(^|[^\\p{L}])${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(line));
}

/** Resolves once `ready()` holds, checking on every change of the active sheet (no sleeping). */
async function waitFor(ready: () => boolean, now: () => string): Promise<void> {
  if (ready()) return;
  const { progressView } = await api();
  await new Promise<void>((resolve, reject) => {
    // Checked once the change has reached every listener (the status bar renders after the view).
    const subscription = progressView.onDidChangeTreeData(() =>
      queueMicrotask(() => {
        if (!ready()) return;
        subscription.dispose();
        clearTimeout(timer);
        resolve();
      }),
    );
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out; now: ${now()}`));
    }, 45_000);
  });
}
