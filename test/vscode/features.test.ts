import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import kickOff from '../fixtures/track/2027-01-11-kick-off.md';
import journeys from '../fixtures/track/2027-01-18-inwonersreis.md';
import blueprints from '../fixtures/track/2027-02-03-service-blueprint.md';
import feedback from '../fixtures/track/2027-02-19-terugkoppeling.md';
import plan from '../fixtures/track/traject-schulden-en-werk.md';
import { api, BLANK_SHEET, closeAll, diagnosticsWhen, openNewSheet, openSheet, ruleOf, USER_SHEET, workspaceUri } from './helpers';

const PARTICIPANTS = USER_SHEET.replace('| [Naam] | Sectormanager | PO | [ ] |', '| Anna de Wit | Sectormanager | PO | [x] |')
  .replace('| [Naam] | Sectormanager | VO | [ ] |', '| Bram Jansen | Sectormanager | VO | [ ] |')
  .replace('| [Naam] | Programmamanager | - | [ ] |', '| Dirk Vos | Programmamanager | - | [x] |');


async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range)) ?? [];
}

/** Applies a quick fix the way the light bulb does, and returns the document's new text. */
async function applyFix(editor: vscode.TextEditor, rule: string, title: string | RegExp): Promise<string> {
  const uri = editor.document.uri;
  const diagnostics = await diagnosticsWhen(uri, (found) => found.some((d) => ruleOf(d) === rule), rule);
  const target = diagnostics.find((d) => ruleOf(d) === rule)!;
  const actions = await quickFixes(uri, target.range);
  const action = actions.find((candidate) => (typeof title === 'string' ? candidate.title === title : title.test(candidate.title)));
  assert.ok(action?.edit, `no quick fix "${title}" among: ${actions.map((candidate) => candidate.title).join(' | ')}`);
  assert.ok(await vscode.workspace.applyEdit(action.edit));
  return editor.document.getText();
}

describe('quick fixes', () => {
  afterEach(closeAll);

  it('choose an option for an open choice, changing one character', async () => {
    const editor = await openNewSheet('keuze.md', USER_SHEET);
    const after = await applyFix(editor, 'choice-missing', 'Kies "Midden"');
    assert.equal(after, USER_SHEET.replace('- **PO prioriteit:** [ ] Hoog [ ] Midden', '- **PO prioriteit:** [ ] Hoog [x] Midden'));
  });

  it('tick a task, and undo restores the document exactly', async () => {
    const editor = await openNewSheet('taak.md', USER_SHEET);
    const after = await applyFix(editor, 'task-open', 'Vink de taak af');
    assert.equal(after, USER_SHEET.replace('1. [ ] Baateigenaarschap', '1. [x] Baateigenaarschap'));
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), USER_SHEET);
  });

  it('recompute the agenda from the first row', async () => {
    const text = USER_SHEET.replace('| 00:35 | Per sector', '| 00:40 | Per sector');
    const editor = await openNewSheet('agenda.md', text);
    const after = await applyFix(editor, 'agenda-time', 'Bereken de starttijden opnieuw vanaf de eerste rij');
    assert.equal(after, USER_SHEET);
  });

  it('pick an owner from the sector managers, not the programme manager', async () => {
    const editor = await openNewSheet('eigenaar.md', PARTICIPANTS);
    const diagnostics = await diagnosticsWhen(editor.document.uri, (found) => found.some((d) => ruleOf(d) === 'owner-missing'));
    const titles = (await quickFixes(editor.document.uri, diagnostics.find((d) => ruleOf(d) === 'owner-missing')!.range)).map((action) => action.title);
    assert.ok(titles.includes('Maak Anna de Wit (Sectormanager, PO) eigenaar'), titles.join(' / '));
    assert.ok(!titles.some((title) => title.includes('Dirk Vos')));
    const after = await applyFix(editor, 'owner-missing', 'Maak Anna de Wit (Sectormanager, PO) eigenaar');
    assert.equal(after, PARTICIPANTS.replace('- **Baateigenaar:** ___', '- **Baateigenaar:** Anna de Wit'));
  });

  it('pick an owner from a quick pick of the sector managers', async () => {
    const editor = await openNewSheet('kies.md', PARTICIPANTS);
    const uri = editor.document.uri;
    const diagnostics = await diagnosticsWhen(uri, (found) => found.some((d) => ruleOf(d) === 'owner-missing'));
    const [pick] = (await quickFixes(uri, diagnostics.find((d) => ruleOf(d) === 'owner-missing')!.range)).filter((action) => action.title === 'Kies een eigenaar…');
    assert.ok(pick?.command, 'the light bulb offers "Kies een eigenaar…"');
    const { ownerPicker } = await api();
    const shown = new Promise<void>((resolve) => ownerPicker.onDidShow(() => resolve()));
    const applied = vscode.commands.executeCommand<boolean>(pick.command.command, ...(pick.command.arguments ?? []));
    await shown;
    // Choose the second entry in the quick pick, as with the arrow key and Enter.
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.equal(await applied, true);
    assert.equal(editor.document.getText(), PARTICIPANTS.replace('- **Baateigenaar:** ___', '- **Baateigenaar:** Bram Jansen'));
  });

  it('replace a deflected owner, and insert the missing ownership check', async () => {
    const text = PARTICIPANTS.replace('- **Baateigenaar:** ___', '- **Baateigenaar:** Het programma');
    const editor = await openNewSheet('afgeschoven.md', text);
    const fixed = await applyFix(editor, 'owner-deflected', /^Maak Bram Jansen/);
    assert.ok(fixed.includes('- **Baateigenaar:** Bram Jansen\n\n### Baat 2'));
    const withCheck = await applyFix(editor, 'ownership-unchecked', /^Voeg de eigenaarschapscheck toe voor Baat 1 \(Consistente klantbeleving\)/);
    assert.ok(withCheck.includes('- **Baateigenaar:** Bram Jansen\n\n| Vraag | Antwoord |\n|-------|----------|\n| Wie is de eigenaar van deze baat? | Bram Jansen |'));
  });

  it('turn a rule off for one line', async () => {
    const editor = await openNewSheet('uit.md', USER_SHEET);
    const after = await applyFix(editor, 'task-open', 'Zet task-open uit voor deze regel');
    assert.ok(after.includes('1. [ ] Baateigenaarschap formeel vastleggen <!-- session-lint-disable-line task-open -->'));
    const left = await diagnosticsWhen(editor.document.uri, (found) => found.filter((d) => ruleOf(d) === 'task-open').length === 3);
    assert.equal(left.filter((d) => ruleOf(d) === 'task-open').length, 3);
  });
});

describe('progress', () => {
  afterEach(closeAll);

  it('the progress view lists the sheet’s sections with their counts, and open items under them', async () => {
    const { progressView } = await api();
    await openSheet(BLANK_SHEET);
    await diagnosticsWhen(workspaceUri(...BLANK_SHEET), (found) => found.length > 0);
    const top = progressView.getChildren();
    const labels = top.map((node) => progressView.getTreeItem(node)).map((item) => `${item.label} ${item.description}`);
    assert.ok(labels.includes('De 6 Baten van Klant in Beeld 0/24'), labels.join(' | '));
    assert.ok(labels.includes('Vervolgstappen 0/4'), labels.join(' | '));
    const benefits = top.find((node) => progressView.getTreeItem(node).label === 'De 6 Baten van Klant in Beeld')!;
    const first = progressView.getChildren(benefits)[0];
    assert.equal(progressView.getTreeItem(first).label, 'Baat 1: Consistente klantbeleving');
    const items = progressView.getChildren(first).map((node) => progressView.getTreeItem(node).label);
    assert.deepEqual(items, ['PO prioriteit', 'VO prioriteit', 'ZAK prioriteit', 'Baateigenaar']);
  });

  it('CodeLens shows each benefit’s priorities and owner', async () => {
    const text = PARTICIPANTS.replace('- **PO prioriteit:** [ ] Hoog', '- **PO prioriteit:** [x] Hoog')
      .replace('- **Baateigenaar:** ___', '- **Baateigenaar:** Anna de Wit')
      .replace('- **Baateigenaar:** ___', '- **Baateigenaar:** ___')
      .replace(/(### Baat 3[^]*?- \*\*Baateigenaar:\*\* )___/, '$1Dirk Vos');
    const editor = await openNewSheet('lens.md', text);
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri)) ?? [];
    const titles = lenses.map((lens) => lens.command?.title).filter((title) => title?.startsWith('PO'));
    assert.equal(titles.length, 6);
    assert.equal(titles[0], 'PO: Hoog · VO: — · ZAK: — · Eigenaar: Anna de Wit');
    assert.equal(titles[1], 'PO: — · VO: — · ZAK: — · Eigenaar: —');
    // The programme manager is no real owner, and the lens says so.
    assert.equal(titles[2], 'PO: — · VO: — · ZAK: — · Eigenaar: Dirk Vos (teruggelegd bij het programma)');
  });
});

describe('owner completion', () => {
  afterEach(closeAll);

  it('offers the participants after the owner label and in a responsible cell', async () => {
    const text = PARTICIPANTS.replace('- **Baateigenaar:** ___', '- **Baateigenaar:** ').replace('| | | |\n| | | |\n| | | |', '| Plannen | | |\n| | | |\n| | | |');
    const editor = await openNewSheet('aanvullen.md', text);
    const ownerLine = editor.document.getText().split('\n').indexOf('- **Baateigenaar:** ');
    const owner = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(ownerLine, 20));
    const names = owner.items.map((item) => item.label);
    assert.ok(names.includes('Anna de Wit') && names.includes('Dirk Vos'), names.join(', '));
    const cellLine = editor.document.getText().split('\n').indexOf('| Plannen | | |');
    const cell = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(cellLine, 12));
    assert.ok(cell.items.some((item) => item.label === 'Bram Jansen'));
    const elsewhere = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(0, 5));
    assert.ok(!elsewhere.items.some((item) => item.label === 'Bram Jansen'));
  });
});

/** The example track (test/fixtures/track), written into the workspace by the test that needs it. */
const TRACK_FILES: Record<string, string> = {
  '2027-01-11-kick-off.md': kickOff,
  '2027-01-18-inwonersreis.md': journeys,
  '2027-02-03-service-blueprint.md': blueprints,
  '2027-02-19-terugkoppeling.md': feedback,
  'traject-schulden-en-werk.md': plan,
};

describe('check all sessions', () => {
  it('reports sheets that are not open, and leaves other Markdown alone', async () => {
    await closeAll();
    const filled = workspaceUri('sessies', '2026-03-12-baateigenaren-klant-in-beeld.md');
    const result = await vscode.commands.executeCommand<{ sheets: number; findings: number }>('sessionTemplates.checkWorkspace');
    assert.ok(result.sheets >= 2);
    const blank = vscode.languages.getDiagnostics(workspaceUri(...BLANK_SHEET));
    assert.equal(blank.filter((d) => ruleOf(d) === 'owner-missing').length, 6);
    // Filled in completely; only its deadlines, long past, are findings (across files: the programme's).
    assert.deepEqual(vscode.languages.getDiagnostics(filled).map(ruleOf), ['agreement-overdue', 'agreement-overdue', 'agreement-overdue']);
    assert.deepEqual(vscode.languages.getDiagnostics(workspaceUri('README.md')), []);
  });

  it('checks a track across its files: a session’s date against the plan, a journey without its blueprint', async () => {
    for (const [name, text] of Object.entries(TRACK_FILES)) await vscode.workspace.fs.writeFile(workspaceUri('traject', name), new TextEncoder().encode(text));
    await vscode.commands.executeCommand('sessionTemplates.checkWorkspace');
    const track = (name: string) => vscode.languages.getDiagnostics(workspaceUri('traject', name)).filter((d) => ruleOf(d).startsWith('track-'));
    assert.deepEqual(track('2027-02-03-service-blueprint.md').map((d) => [ruleOf(d), d.range.start.line + 1, d.message]), [
      ['track-date', 11, 'Deze sessie is op 3 februari 2027, maar het trajectplan noemt 1 februari 2027 (Service blueprint 1).'],
    ]);
    assert.deepEqual(track('2027-01-18-inwonersreis.md').map(ruleOf), ['track-continuity']);
    await vscode.workspace.fs.delete(workspaceUri('traject'), { recursive: true });
  });
});

describe('session status', () => {
  afterEach(closeAll);

  it('"Set Session Status" writes front matter, and afgerond turns open ownership into errors', async () => {
    const editor = await openNewSheet('status.md', USER_SHEET);
    const uri = editor.document.uri;
    await diagnosticsWhen(uri, (found) => found.some((d) => ruleOf(d) === 'owner-missing' && d.severity === vscode.DiagnosticSeverity.Warning));
    assert.equal(await vscode.commands.executeCommand('sessionTemplates.setStatus', 'afgerond'), true);
    assert.ok(editor.document.getText().startsWith('---\nstatus: afgerond\n---\n# Template: Sessie Baateigenaren'));
    const closed = await diagnosticsWhen(uri, (found) => found.some((d) => ruleOf(d) === 'owner-missing' && d.severity === vscode.DiagnosticSeverity.Error), 'owner-missing as error');
    assert.equal(closed.filter((d) => ruleOf(d) === 'owner-missing' && d.severity === vscode.DiagnosticSeverity.Error).length, 6);
    await vscode.commands.executeCommand('sessionTemplates.setStatus', 'concept');
    assert.ok(editor.document.getText().startsWith('---\nstatus: concept\n---\n'));
    await diagnosticsWhen(uri, (found) => found.filter((d) => ruleOf(d) === 'owner-missing' && d.severity === vscode.DiagnosticSeverity.Information).length === 6, 'owner-missing as info');
  });
});

describe('agenda completion', () => {
  afterEach(closeAll);

  it('offers the next row’s start time: the row above’s start plus its duration', async () => {
    const text = USER_SHEET.replace('| 01:45 | Afspraken en vervolgstappen | 15 min |', '| 01:45 | Afspraken en vervolgstappen | 15 min |\n| ');
    const editor = await openNewSheet('agenda-aanvullen.md', text);
    const line = editor.document.getText().split('\n').indexOf('| ');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(line, 2));
    assert.ok(list.items.some((item) => item.label === '02:00'), list.items.map((item) => String(item.label)).slice(0, 5).join(', '));
  });
});

