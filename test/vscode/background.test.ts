import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { applyFixes } from '../../src/core/index';
import { BACKGROUND_ABOVE } from '../../src/vscode/sheets';
import defects from '../fixtures/baateigenaren-defects.md';
import { api, closeAll, diagnosticsWhen, openNewSheet, ruleOf, sheetOwn, workspaceUri } from './helpers';

/** The defects sheet with about 200 KB of notes under it: seconds of analysis in one piece. */
const NOTES = Array.from({ length: 5_000 }, (_, index) => `Notitie ${index}: besproken, niets open.`).join('\n\n');
const LARGE = `${defects}\n## Notities\n\n${NOTES}\n`;

const messages = (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.map((diagnostic) => `${diagnostic.range.start.line} ${ruleOf(diagnostic)} ${diagnostic.message}`);

describe('a large sheet, analysed in the worker thread', () => {
  afterEach(closeAll);
  // Not left for the suites after: the programme would read four 200 KB sheets again with them.
  after(async () => {
    for (const name of ['groot-achtergrond.md', 'groot-fix.md', 'groot-typen.md', 'groot-eigenaar.md']) {
      await vscode.workspace.fs.delete(workspaceUri('sessies', name)).then(undefined, () => undefined);
    }
  });

  it('shows the same findings as an analysis in one piece, and the status bar says it is busy meanwhile', async function () {
    this.timeout(120_000);
    const { analyzer, statusBar, background: worker } = await api();
    const background = worker!;
    assert.ok(LARGE.length > 4 * BACKGROUND_ABOVE);
    const workers = background.workersStarted;
    const editor = await openNewSheet('groot-achtergrond.md', LARGE);
    // Just opened: the worker is busy with it, and the person is told so.
    assert.ok(analyzer.isPending(editor.document), 'analysed aside, not yet done');
    assert.equal(statusBar.item.text, '$(sync~spin) Sessieblad wordt geanalyseerd…');
    const shown = sheetOwn(await diagnosticsWhen(editor.document.uri, (found) => sheetOwn(found).length > 0, 'findings from the worker'));
    const inOnePiece = analyzer.analyzeText(LARGE, editor.document.uri).findings;
    assert.deepEqual(messages(shown), inOnePiece.map((finding) => `${finding.range.start.line - 1} ${finding.rule} ${finding.message}`));
    assert.ok(background.workersStarted >= Math.max(workers, 1));
    assert.ok(!analyzer.isPending(editor.document));
    assert.match(statusBar.item.text, /^\$\(checklist\) Sessie \d+\/\d+/);
  });

  it('offers quick fixes built in the worker, and applying one gives the same text as the fix made in one piece', async function () {
    this.timeout(120_000);
    const { analyzer } = await api();
    const editor = await openNewSheet('groot-fix.md', LARGE);
    const before = await diagnosticsWhen(editor.document.uri, (found) => found.some((d) => ruleOf(d) === 'agenda-time'), 'the agenda-time finding');
    const agenda = before.filter((d) => ruleOf(d) === 'agenda-time');
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, agenda[0].range)) ?? [];
    const title = 'Bereken de starttijden opnieuw vanaf de eerste rij';
    const fix = actions.find((action) => action.title === title);
    assert.ok(fix?.edit, `"${title}" among: ${actions.map((action) => action.title).join(' | ')}`);
    const inOnePiece = analyzer.analyzeText(LARGE, editor.document.uri).findings.find((finding) => finding.rule === 'agenda-time')!.fixes[0];
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(editor.document.getText(), applyFixes(LARGE, [inOnePiece]).text);
    await diagnosticsWhen(editor.document.uri, (found) => found.filter((d) => ruleOf(d) === 'agenda-time').length < agenda.length, 'agenda-time fixed');
  });

  it('cancels the analysis of an older text when the person types on, and shows the newest', async function () {
    this.timeout(120_000);
    const { analyzer, background: worker } = await api();
    const background = worker!;
    const editor = await openNewSheet('groot-typen.md', LARGE);
    const before = await diagnosticsWhen(editor.document.uri, (found) => found.length > 0);
    const missing = before.filter((d) => ruleOf(d) === 'owner-missing').length;
    const benefit = (number: number) => `\n### Baat ${number}: Nieuw ${number}\n\n- **Baateigenaar:** ___\n`;
    const end = () => editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((edit) => edit.insert(end(), benefit(7)));
    // Read now, as a feature would: the worker starts on this text; the next edit makes it stale.
    analyzer.analyze(editor.document);
    assert.ok(analyzer.isPending(editor.document));
    const cancelled = background.cancelled;
    await editor.edit((edit) => edit.insert(end(), benefit(8)));
    await diagnosticsWhen(editor.document.uri, (found) => found.filter((d) => ruleOf(d) === 'owner-missing').length === missing + 2, 'both new benefits reported');
    // Stopped while running (its worker ended), or dropped while it waited behind the programme's
    // reading of the new file: either way it never ran to the end (test/unit/background.test.ts
    // shows a running one stopped).
    assert.ok(background.cancelled > cancelled, 'the analysis of the older text was cancelled');
  });

  it('offers the participants as owners in a large sheet too', async function () {
    this.timeout(120_000);
    const editor = await openNewSheet('groot-eigenaar.md', LARGE);
    const line = editor.document.getText().split('\n').findIndex((text) => text === '- **Baateigenaar:** ___');
    assert.ok(line > 0);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(line, 20));
    const names = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(names.includes('Anna de Wit') && names.includes('Carla Smit'), names.join(', '));
  });
});
