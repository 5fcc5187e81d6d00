import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { basisOf, buildForm, formEdits, locateChange, type Form, type FormControl } from '../../src/core/index';
import type { SessionTemplatesApi } from '../../src/extension';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Resolves on the next text change of `document`, with the moment it came. */
function nextChange(document: vscode.TextDocument): Promise<number> {
  return new Promise((resolve) => {
    const subscription = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document !== document || event.contentChanges.length === 0) return;
      subscription.dispose();
      resolve(performance.now());
    });
  });
}

/** Resolves when the form editor next sends `document`'s view a form, with the moment it did. */
function nextForm(api: SessionTemplatesApi, document: vscode.TextDocument): Promise<number> {
  return new Promise((resolve) => {
    const subscription = api.formEditor.onDidPostForm((posted) => {
      if (posted.document !== document) return;
      subscription.dispose();
      resolve(performance.now());
    });
  });
}

function priorityOf(form: Form | undefined): FormControl & { kind: 'choice' } {
  const section = form?.sections.find((candidate) => candidate.heading.startsWith('Baat 5'));
  const group = section?.controls.find((control) => control.kind === 'choice' && control.label.nl.startsWith('PO prioriteit'));
  if (!group || group.kind !== 'choice') throw new Error('no PO prioriteit in Baat 5');
  return group;
}

/**
 * The form view's speed on the user's sheet, as a person feels it: a click in the form (the
 * view's message arriving at the extension) to the document's change event, and a text edit to
 * the new form sent to the view. Each as a ratio to one warm parse of the sheet.
 */
export async function formFigures(api: SessionTemplatesApi, sheet: vscode.Uri, parse: number): Promise<string[]> {
  const formPosted = new Promise<void>((resolve) => {
    const subscription = api.formEditor.onDidPostForm((posted) => {
      if (posted.document.uri.toString() !== sheet.toString()) return;
      subscription.dispose();
      resolve();
    });
  });
  await vscode.commands.executeCommand('vscode.openWith', sheet, 'sessionTemplates.form');
  await formPosted;
  const document = await vscode.workspace.openTextDocument(sheet);
  const clicks: number[] = [];
  const ours: number[] = [];
  const rerenders: number[] = [];
  for (let round = 0; round < 20; round++) {
    const form = buildForm(await api.analyzer.whenAnalyzed(document));
    const group = priorityOf(form);
    const option = round % group.options.length;
    // Our own part of a click, on the same analysis: the form, the control found again, its edits.
    const analysis = await api.analyzer.whenAnalyzed(document);
    const begin = performance.now();
    const located = locateChange(buildForm(analysis), group.id, { ...basisOf(form!, group) });
    if (located.type === 'found') formEdits(analysis.source, located.control, { kind: 'choice', option });
    ours.push(performance.now() - begin);
    const changed = nextChange(document);
    const reshown = nextForm(api, document);
    const clicked = performance.now();
    await api.formEditor.handleMessage(document, { type: 'change', id: group.id, ...basisOf(form!, group), change: { kind: 'choice', option } });
    clicks.push((await changed) - clicked);
    rerenders.push((await reshown) - clicked);
  }
  // The floor: the same one-box edit applied directly, with no form in between.
  const bare: number[] = [];
  for (let round = 0; round < 20; round++) {
    const group = priorityOf(buildForm(await api.analyzer.whenAnalyzed(document)));
    const box = group.options[0].box;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(box.start + 1), document.positionAt(box.start + 2)), group.options[0].checked ? ' ' : 'x');
    const changed = nextChange(document);
    const begin = performance.now();
    await vscode.workspace.applyEdit(edit);
    bare.push((await changed) - begin);
  }
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  const floor = median(bare);
  const click = median(clicks);
  const own = median(ours);
  const rerender = median(rerenders);
  return [
    `  a click in the form to the document's change ${click.toFixed(1).padStart(6)} ms   ${(click / parse).toFixed(1)}× a warm parse; one frame is 16.7 ms (median of 20)`,
    `  … of it our own work (form, control, edits) ${own.toFixed(1).padStart(6)} ms   ${(own / parse).toFixed(2)}× a warm parse; the rest is VS Code applying the edit`,
    `  … the same edit applied with no form        ${floor.toFixed(1).padStart(6)} ms   a click takes ${(click / floor).toFixed(2)}× this: VS Code's own round trip is the floor`,
    `  … and to the new form sent to the view      ${rerender.toFixed(1).padStart(6)} ms   ${(rerender / parse).toFixed(1)}× a warm parse (analysis and form of the changed text)`,
  ];
}
