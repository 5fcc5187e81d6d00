import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { buildForm, type FormControl } from '../../src/core/index';
import { api, BLANK_SHEET, closeAll, workspaceUri } from './helpers';

// The form editor in a real VS Code: a change sent the way the webview sends it becomes one
// minimal edit of the document, which the editor's Undo takes back.

/** Resolves on the document's next text change, never by sleeping. */
function nextChange(document: vscode.TextDocument): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no change of ${document.uri.path}`));
    }, 45_000);
    const subscription = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document !== document || event.contentChanges.length === 0) return;
      subscription.dispose();
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The `PO prioriteit` radio group of the benefit whose heading starts with `benefit`. */
async function priorityOf(document: vscode.TextDocument, benefit: string): Promise<FormControl & { kind: 'choice' }> {
  const form = buildForm(await (await api()).analyzer.whenAnalyzed(document));
  const section = form?.sections.find((candidate) => candidate.heading.startsWith(benefit));
  assert.ok(section, `a section ${benefit}`);
  const group = section.controls.find((control) => control.kind === 'choice' && control.label.nl.startsWith('PO prioriteit'));
  assert.ok(group && group.kind === 'choice', `the PO prioriteit of ${benefit}`);
  return group;
}

describe('the form editor', function () {
  this.timeout(120_000);
  afterEach(closeAll);

  it('opens the blank sheet as a form; choosing Midden writes one box, and Undo takes it back', async () => {
    const { formEditor } = await api();
    const uri = workspaceUri(...BLANK_SHEET);
    await vscode.commands.executeCommand('vscode.openWith', uri, 'sessionTemplates.form');
    const document = await vscode.workspace.openTextDocument(uri);
    const before = document.getText();

    const group = await priorityOf(document, 'Baat 5');
    const midden = group.options.findIndex((option) => option.label === 'Midden');
    assert.ok(midden >= 0);
    const changed = nextChange(document);
    assert.equal(await formEditor.handleMessage(document, { type: 'change', id: group.id, change: { kind: 'choice', option: midden } }), true);
    await changed;

    // Only the box of Midden: `[ ]` became `[x]`, nothing else in the file moved.
    const box = group.options[midden]!.box;
    const after = document.getText();
    assert.equal(after.length, before.length);
    const differing = [...after].flatMap((character, index) => (character === before[index] ? [] : [index]));
    assert.equal(differing.length, 1, `changed at ${differing.join(', ')}`);
    assert.ok(differing[0]! >= box.start && differing[0]! < box.end, 'inside the Midden box');
    assert.equal(after[differing[0]!], 'x');
    assert.ok(document.isDirty);
    assert.ok((await priorityOf(document, 'Baat 5')).options[midden]!.checked, 'the form reads it back');

    // Undo in the form's own editor, as a person presses Ctrl+Z there.
    const undone = nextChange(document);
    await vscode.commands.executeCommand('undo');
    await undone;
    assert.equal(document.getText(), before);
  });
});
