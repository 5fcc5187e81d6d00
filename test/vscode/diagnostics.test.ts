import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { BLANK_SHEET, closeAll, diagnosticsWhen, openNewSheet, openSheet, ruleOf, USER_SHEET, workspaceUri } from './helpers';

const count = (diagnostics: vscode.Diagnostic[], rule: string) => diagnostics.filter((diagnostic) => ruleOf(diagnostic) === rule).length;

describe('diagnostics in the Problems panel', () => {
  afterEach(closeAll);

  it('appear for the user sheet with the rule ids, ranges, source and docs link', async () => {
    await openSheet(BLANK_SHEET);
    const diagnostics = await diagnosticsWhen(workspaceUri(...BLANK_SHEET), (found) => found.length > 0);
    assert.equal(count(diagnostics, 'owner-missing'), 6);
    assert.equal(count(diagnostics, 'choice-missing'), 21);
    assert.equal(count(diagnostics, 'task-open'), 4);
    assert.equal(count(diagnostics, 'agenda-time'), 0);
    const owner = diagnostics.find((diagnostic) => ruleOf(diagnostic) === 'owner-missing')!;
    assert.deepEqual([owner.range.start.line, owner.range.start.character, owner.range.end.character], [71, 20, 23]);
    assert.equal(owner.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(owner.source, 'Session Templates');
    assert.equal(owner.message, 'Baat 1 (Consistente klantbeleving): nog geen eigenaar.');
    // The rule id links to its documentation, shown rendered by the extension.
    const target = (owner.code as { target: vscode.Uri }).target;
    assert.equal(target.scheme, 'command');
    assert.equal(target.path, 'sessionTemplates.openRuleDocs');
    assert.deepEqual(JSON.parse(decodeURIComponent(target.query)), ['owner-missing']);
  });

  it('update after an edit', async () => {
    const editor = await openNewSheet('bewerkt.md', USER_SHEET);
    const uri = editor.document.uri;
    await diagnosticsWhen(uri, (found) => count(found, 'owner-missing') === 6);
    const line = editor.document.lineAt(71);
    await editor.edit((edit) => edit.replace(line.range, '- **Baateigenaar:** Het programma'));
    const after = await diagnosticsWhen(uri, (found) => count(found, 'owner-deflected') === 1, 'owner-deflected after the edit');
    assert.equal(count(after, 'owner-missing'), 5);
  });

  it('vanish when a file stops being a session sheet, and never appear for other Markdown', async () => {
    const editor = await openNewSheet('wordt-readme.md', '# Sessie Baateigenaren\n\n- [ ] plannen\n');
    const uri = editor.document.uri;
    await diagnosticsWhen(uri, (found) => count(found, 'task-open') === 1);
    await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, 0, 22), '# Boodschappenlijst'));
    await diagnosticsWhen(uri, (found) => found.length === 0, 'no diagnostics once the title changed');
    await openSheet(['README.md']);
    assert.deepEqual(vscode.languages.getDiagnostics(workspaceUri('README.md')), []);
  });

  it('vanish when the sheet is closed', async () => {
    await openSheet(BLANK_SHEET);
    const uri = workspaceUri(...BLANK_SHEET);
    await diagnosticsWhen(uri, (found) => found.length > 0);
    await closeAll();
    await diagnosticsWhen(uri, (found) => found.length === 0, 'diagnostics cleared after close');
  });

  it('take severities from the settings at once, without a reload', async () => {
    await openSheet(BLANK_SHEET);
    const uri = workspaceUri(...BLANK_SHEET);
    await diagnosticsWhen(uri, (found) => count(found, 'task-open') === 4);
    const config = vscode.workspace.getConfiguration('sessionTemplates');
    await config.update('rules', { 'task-open': 'off', 'owner-missing': 'error' }, vscode.ConfigurationTarget.Workspace);
    try {
      const after = await diagnosticsWhen(uri, (found) => count(found, 'task-open') === 0 && found.some((d) => ruleOf(d) === 'owner-missing' && d.severity === vscode.DiagnosticSeverity.Error));
      assert.equal(count(after, 'owner-missing'), 6);
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsWhen(uri, (found) => count(found, 'task-open') === 4, 'task-open back after the setting is removed');
  });
});
