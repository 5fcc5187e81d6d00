import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { buildForm, prioritiesSvg } from '../../src/core/index';
import { savePrioritiesPng } from '../../src/vscode/formEditor/priorities';
import { elementsOf, parseXml, textOf } from '../support/xml';
import { api, closeAll, FILLED_SHEET, workspaceUri } from './helpers';

// The priorities picture leaves the form view as the host makes it: the SVG of the document
// as it is on the clipboard, a PNG the view drew in the file the person picks.

/** The smallest PNG: one transparent pixel. */
const PIXEL = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('the form editor’s priorities picture', function () {
  this.timeout(90_000);
  afterEach(closeAll);

  it('Copy as SVG puts the sheet’s priorities on the clipboard as SVG text', async () => {
    const { formEditor, analyzer } = await api();
    const document = await vscode.workspace.openTextDocument(workspaceUri(...FILLED_SHEET));
    const priorities = buildForm(await analyzer.whenAnalyzed(document))?.priorities;
    assert.ok(priorities, 'the filled sheet has priorities');
    await vscode.env.clipboard.writeText('something else');
    assert.equal(await formEditor.handlePictureMessage(document, { type: 'copyPrioritiesSvg' }), true);
    const copied = await vscode.env.clipboard.readText();
    assert.ok([prioritiesSvg(priorities, 'nl'), prioritiesSvg(priorities, 'en')].includes(copied), copied.slice(0, 200));
    const texts = elementsOf(parseXml(copied)).filter((element) => element.name === 'text').map(textOf);
    for (const row of priorities.rows) assert.ok(texts.includes(row.benefit), row.benefit);
    for (const sector of priorities.sectors) assert.ok(texts.includes(sector), sector);
  });

  it('a sheet without benefits copies nothing', async () => {
    const { formEditor } = await api();
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Boodschappen\n\n- melk\n' });
    await vscode.env.clipboard.writeText('left alone');
    assert.equal(await formEditor.handlePictureMessage(document, { type: 'copyPrioritiesSvg' }), false);
    assert.equal(await vscode.env.clipboard.readText(), 'left alone');
  });

  it('saves the PNG where the person picks, offering a name beside the sheet that is not taken', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri(...FILLED_SHEET));
    const taken = workspaceUri('sessies', '2026-03-12-baateigenaren-klant-in-beeld-prioriteiten.png');
    const target = workspaceUri('sessies', 'prioriteiten-voor-de-stuurgroep.png');
    await vscode.workspace.fs.writeFile(taken, new Uint8Array([1, 2, 3]));
    try {
      const offered: string[] = [];
      const said: string[] = [];
      // Cancelled: nothing is written.
      assert.equal(await savePrioritiesPng(document, PIXEL, (words) => said.push(words), async (suggested) => (offered.push(suggested.path), undefined)), false);
      assert.equal(await savePrioritiesPng(document, PIXEL, (words) => said.push(words), async (suggested) => (offered.push(suggested.path), target)), true);
      assert.deepEqual(offered.map((path) => path.split('/').pop()), ['2026-03-12-baateigenaren-klant-in-beeld-prioriteiten-2.png', '2026-03-12-baateigenaren-klant-in-beeld-prioriteiten-2.png']);
      assert.deepEqual([...(await vscode.workspace.fs.readFile(taken))], [1, 2, 3], 'the taken name is left alone');
      const written = await vscode.workspace.fs.readFile(target);
      assert.equal(btoa(String.fromCharCode(...written)), PIXEL);
      assert.equal(said.length, 1);
      assert.match(said[0], /prioriteiten-voor-de-stuurgroep\.png/);
    } finally {
      for (const uri of [taken, target]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
});
