import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Form, FormControl } from '../../src/core/index';
import { api, BLANK_SHEET, closeAll, FILLED_SHEET, USER_SHEET, workspaceUri } from './helpers';

// The form editor shows the sheet's own text between its controls, and a link in that text
// opens through the extension, never inside the view.

/** Resolves when the form editor next sends `document`'s view a form. */
async function nextForm(document: vscode.Uri): Promise<Form | undefined> {
  const { formEditor } = await api();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no form posted for ${document.path}`));
    }, 45_000);
    const subscription = formEditor.onDidPostForm((posted) => {
      if (posted.document.uri.toString() !== document.toString()) return;
      subscription.dispose();
      clearTimeout(timer);
      resolve(posted.form);
    });
  });
}

function controlsUnder(form: Form | undefined, heading: string): readonly FormControl[] {
  const section = form?.sections.find((candidate) => candidate.heading === heading);
  assert.ok(section, `a section ${heading}`);
  return section.controls;
}

describe('the form editor: the sheet’s own text', function () {
  this.timeout(120_000);
  afterEach(closeAll);

  it('sends the view the blank sheet’s purpose and instructions as read-only text among its controls', async () => {
    const uri = workspaceUri(...BLANK_SHEET);
    const shown = nextForm(uri);
    await vscode.commands.executeCommand('vscode.openWith', uri, 'sessionTemplates.form');
    const form = await shown;
    const [purpose] = controlsUnder(form, 'Doel van de sessie');
    assert.ok(purpose?.kind === 'prose', 'the purpose is text');
    assert.match(purpose.html, /^<p>Het identificeren en toewijzen van baateigenaarschap/);
    const check = controlsUnder(form, 'Check: Eigenaarschap (P2)');
    assert.deepEqual(check.slice(0, 2).map((control) => control.kind), ['prose', 'table']);
    assert.match(check[0]!.kind === 'prose' ? check[0]!.html : '', /Voor elke toegewezen baat, beantwoord:/);
  });

  it('opens a link to a sheet beside it in an editor, and neither a path out of the workspace nor a command', async () => {
    const { formEditor } = await api();
    const uri = workspaceUri('sessies', 'formulier-links.md');
    const filled = FILLED_SHEET.at(-1)!;
    const links = `## Notities\n\nZie [het vorige blad](${filled}), [buiten](../../buiten.md) en [stop](command:workbench.action.closeWindow).\n\n`;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(USER_SHEET.replace('## Reflectie facilitator', `${links}## Reflectie facilitator`)));
    try {
      const shown = nextForm(uri);
      await vscode.commands.executeCommand('vscode.openWith', uri, 'sessionTemplates.form');
      const [notes] = controlsUnder(await shown, 'Notities');
      assert.ok(notes?.kind === 'prose');
      // The command link lost its target when the text was made safe; the others keep theirs.
      const expected = `<a href="${filled}">het vorige blad</a>, <a href="../../buiten.md">buiten</a> en <a>stop</a>`;
      assert.ok(notes.html.includes(expected), notes.html);
      const document = await vscode.workspace.openTextDocument(uri);

      assert.equal(await formEditor.handleLinkMessage(document, { type: 'openLink', href: filled }), true);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), workspaceUri(...FILLED_SHEET).toString());
      assert.equal(await formEditor.handleLinkMessage(document, { type: 'openLink', href: '../../buiten.md' }), false);
      assert.equal(await formEditor.handleLinkMessage(document, { type: 'openLink', href: 'command:workbench.action.closeWindow' }), false);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), workspaceUri(...FILLED_SHEET).toString());
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(uri);
    }
  });
});
