import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { basisOf, buildForm, type Form, type FormChange, type FormControl } from '../../src/core/index';
import type { ChangeMessage } from '../../src/vscode/formEditor/writeMessages';
import { api, BLANK_SHEET, closeAll, USER_SHEET, workspaceUri } from './helpers';

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

/** The form of the document's current text. */
async function currentForm(document: vscode.TextDocument): Promise<Form> {
  const form = buildForm(await (await api()).analyzer.whenAnalyzed(document));
  assert.ok(form, 'the document is a session sheet');
  return form;
}

/** A change as the view sends it: based on what `form` (the view's copy) showed of the control. */
function changeMessage(form: Form, control: FormControl, change: FormChange): ChangeMessage {
  return { type: 'change', id: control.id, ...basisOf(form, control), change };
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
    // The first form goes out when the view's script says it is ready: it loaded under the CSP.
    const shown = nextForm(uri);
    await vscode.commands.executeCommand('vscode.openWith', uri, 'sessionTemplates.form');
    const document = await vscode.workspace.openTextDocument(uri);
    assert.ok((await shown)?.sections.some((section) => section.heading.startsWith('Baat 5')), 'the view was sent the form');
    const before = document.getText();

    const group = await priorityOf(document, 'Baat 5');
    const midden = group.options.findIndex((option) => option.label === 'Midden');
    assert.ok(midden >= 0);
    const changed = nextChange(document);
    const reshown = nextForm(uri);
    const written = await formEditor.handleMessage(document, changeMessage(await currentForm(document), group, { kind: 'choice', option: midden }));
    assert.equal(written.type, 'written');
    await changed;
    const sent = await reshown;
    assert.ok(sent, 'the view was sent the changed form');

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

  it('sends the view the new form when the text changes outside it', async () => {
    const uri = workspaceUri(...BLANK_SHEET);
    const shown = nextForm(uri);
    await vscode.commands.executeCommand('vscode.openWith', uri, 'sessionTemplates.form');
    await shown;
    const document = await vscode.workspace.openTextDocument(uri);
    const group = await priorityOf(document, 'Baat 5');
    const laag = group.options.findIndex((option) => option.label === 'Laag');
    const { box } = group.options[laag]!;
    assert.equal(document.getText(new vscode.Range(document.positionAt(box.start), document.positionAt(box.end))), '[ ]');
    const reshown = nextForm(uri);
    // An edit as the text editor (or git) would make it.
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(document.positionAt(box.start), document.positionAt(box.end)), '[x]');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const form = await reshown;
    const section = form?.sections.find((candidate) => candidate.heading.startsWith('Baat 5'));
    const sent = section?.controls.find((control) => control.id === group.id);
    assert.ok(sent && sent.kind === 'choice' && sent.options[laag]!.checked, 'the view is sent Laag as chosen');
  });

  it('keeps the BOM and CRLF line breaks of a sheet: an owner typed in changes only its own line', async () => {
    const { formEditor } = await api();
    const uri = workspaceUri('sessies', 'formulier-crlf-bom.md');
    const original = `\uFEFF${USER_SHEET.replace(/\n/g, '\r\n')}`;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(original));
    const shown = nextForm(uri);
    await vscode.commands.executeCommand('vscode.openWith', uri, 'sessionTemplates.form');
    const form = await shown;
    const document = await vscode.workspace.openTextDocument(uri);
    const section = form?.sections.find((candidate) => candidate.heading.startsWith('Baat 5'));
    const owner = section?.controls.find((control) => control.kind === 'owner');
    assert.ok(owner, 'the Baateigenaar combobox of Baat 5');

    const changed = nextChange(document);
    assert.equal((await formEditor.handleMessage(document, changeMessage(form!, owner, { kind: 'text', value: 'Anna de Wit' }))).type, 'written');
    await changed;
    assert.ok(await document.save());

    const saved = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(uri));
    assert.ok(saved.startsWith('\uFEFF'), 'the BOM stays');
    assert.ok(!/[^\r]\n/.test(saved), 'every line break stays CRLF');
    const before = original.split('\r\n');
    const after = saved.split('\r\n');
    assert.equal(after.length, before.length);
    const differing = after.flatMap((line, index) => (line === before[index] ? [] : [index]));
    assert.equal(differing.length, 1, `lines ${differing.join(', ')} changed`);
    assert.match(after[differing[0]!]!, /^- \*\*Baateigenaar:\*\* Anna de Wit$/);
    await vscode.workspace.fs.delete(uri);
  });

  it('does not overwrite a value changed elsewhere meanwhile: the result is a conflict saying what it is now, and writing anyway writes', async () => {
    const { formEditor } = await api();
    const uri = workspaceUri(...BLANK_SHEET);
    const shown = nextForm(uri);
    await vscode.commands.executeCommand('vscode.openWith', uri, 'sessionTemplates.form');
    const viewForm = await shown;
    assert.ok(viewForm);
    const document = await vscode.workspace.openTextDocument(uri);
    const owner = viewForm.sections.find((section) => section.heading.startsWith('Baat 5'))?.controls.find((control) => control.kind === 'owner');
    assert.ok(owner && owner.kind === 'owner' && owner.slot.type === 'field');

    // Meanwhile, the text editor beside the form names another owner.
    const blank = document.positionAt(owner.slot.valueSpan.start);
    const elsewhere = new vscode.WorkspaceEdit();
    elsewhere.replace(uri, new vscode.Range(blank, blank.translate(0, 3)), 'Piet Bakker');
    const changed = nextChange(document);
    assert.ok(await vscode.workspace.applyEdit(elsewhere));
    await changed;
    const theirs = document.getText();

    // The form's change, based on the blank it showed, is not written.
    const outcome = await formEditor.handleMessage(document, changeMessage(viewForm, owner, { kind: 'text', value: 'Anna de Wit' }));
    assert.equal(outcome.type, 'conflict');
    assert.ok(outcome.type === 'conflict' && outcome.now, 'it says what the field is now');
    assert.equal(outcome.now.id, owner.id);
    assert.equal(outcome.now.base, 'Piet Bakker');
    assert.equal(outcome.now.says, 'Piet Bakker');
    assert.equal(document.getText(), theirs, 'Piet Bakker stays');

    // "Write mine anyway" sends it again based on what it is now.
    const again = nextChange(document);
    const written = await formEditor.handleMessage(document, { ...changeMessage(viewForm, owner, { kind: 'text', value: 'Anna de Wit' }), base: outcome.now.base });
    assert.equal(written.type, 'written');
    await again;
    assert.equal(document.getText(), theirs.replace('**Baateigenaar:** Piet Bakker', '**Baateigenaar:** Anna de Wit'));
  });

  it('after a heading inserted above, an old id does not write into the control that now has it', async () => {
    const { formEditor } = await api();
    const uri = workspaceUri(...BLANK_SHEET);
    const shown = nextForm(uri);
    await vscode.commands.executeCommand('vscode.openWith', uri, 'sessionTemplates.form');
    const viewForm = await shown;
    assert.ok(viewForm);
    const document = await vscode.workspace.openTextDocument(uri);
    const owner = viewForm.sections.find((section) => section.heading.startsWith('Baat 5'))?.controls.find((control) => control.kind === 'owner');
    assert.ok(owner);

    const heading = document.positionAt(document.getText().indexOf('## De 6 Baten'));
    const insert = new vscode.WorkspaceEdit();
    insert.insert(uri, heading, '## Voorbereiding\n\nLees de baten vooraf.\n\n');
    const changed = nextChange(document);
    assert.ok(await vscode.workspace.applyEdit(insert));
    await changed;
    const inserted = document.getText();
    // The old id now names Baat 4's owner, as empty as the one the person typed in.
    const now = await currentForm(document);
    const atOldId = now.sections.flatMap((section) => section.controls.map((control) => ({ section, control }))).find(({ control }) => control.id === owner.id);
    assert.ok(atOldId?.section.heading.startsWith('Baat 4') && atOldId.control.kind === 'owner');

    const outcome = await formEditor.handleMessage(document, changeMessage(viewForm, owner, { kind: 'text', value: 'Anna de Wit' }));
    assert.equal(outcome.type, 'conflict');
    assert.equal(document.getText(), inserted, 'nothing written, not into Baat 4');
    const baat5 = now.sections.find((section) => section.heading.startsWith('Baat 5'))?.controls.find((control) => control.kind === 'owner');
    assert.equal(outcome.type === 'conflict' && outcome.now?.id, baat5?.id, 'it tells where Baat 5’s owner is now');
  });

  it('a fix clicked in the form changes exactly the fix’s characters, and Undo restores the bytes', async () => {
    const { formEditor, analyzer } = await api();
    const uri = workspaceUri(...BLANK_SHEET);
    const shown = nextForm(uri);
    await vscode.commands.executeCommand('vscode.openWith', uri, 'sessionTemplates.form');
    const form = await shown;
    const document = await vscode.workspace.openTextDocument(uri);
    const before = document.getText();
    // The open task "Terugkoppeling naar sponsorgroep", and its finding as the form shows it.
    const task = form?.sections.flatMap((section) => section.controls).find((control) => control.kind === 'checkbox' && control.label.nl === 'Terugkoppeling naar sponsorgroep');
    const finding = task?.findings.find((candidate) => candidate.rule === 'task-open');
    assert.ok(task && finding, 'the task’s finding in the form');
    const analysis = await analyzer.whenAnalyzed(document);
    const [fixes] = await analyzer.fixesOf(analysis, [analysis.findings[finding.index]!]);
    assert.equal(fixes!.length, 1);
    const fix = fixes![0]!;
    const message = { type: 'fix', version: document.version, finding: finding.index, fix: 0, title: fix.title } as const;

    // For another version of the text, nothing is written: the view is sent the form again.
    assert.equal((await formEditor.handleMessage(document, { ...message, version: document.version - 1 })).type, 'stale');
    assert.equal(document.getText(), before);

    const changed = nextChange(document);
    assert.equal((await formEditor.handleMessage(document, message)).type, 'written');
    await changed;
    const after = document.getText();
    assert.equal(after.length, before.length);
    const differing = [...after].flatMap((character, index) => (character === before[index] ? [] : [index]));
    assert.equal(differing.length, 1);
    assert.ok(before.slice(differing[0]! - 30, differing[0]! + 40).includes('[ ] Terugkoppeling naar sponsorgroep'));
    assert.equal(after[differing[0]!], 'x');

    const undone = nextChange(document);
    await vscode.commands.executeCommand('undo');
    await undone;
    assert.equal(document.getText(), before);
  });

  it('adds an agreement row in a CRLF sheet, then fills its owner and deadline, each in its own cell', async () => {
    const { formEditor } = await api();
    const uri = workspaceUri('sessies', 'formulier-afspraak-crlf.md');
    const original = USER_SHEET.replace(/\n/g, '\r\n');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(original));
    const shown = nextForm(uri);
    await vscode.commands.executeCommand('vscode.openWith', uri, 'sessionTemplates.form');
    await shown;
    const document = await vscode.workspace.openTextDocument(uri);
    const agreements = async () => {
      const form = await currentForm(document);
      const table = form.sections.find((section) => section.heading === 'Afspraken')?.controls.find((control) => control.kind === 'table');
      assert.ok(table && table.kind === 'table' && table.tableKind === 'agreements');
      return { form, table };
    };

    let { form, table } = await agreements();
    let changed = nextChange(document);
    assert.equal((await formEditor.handleMessage(document, changeMessage(form, table, { kind: 'addRow', values: [] }))).type, 'written');
    await changed;
    ({ form, table } = await agreements());
    assert.equal(table.rows.length, 4);
    const [, responsible, deadline] = table.rows[3]!.cells;
    assert.deepEqual([responsible!.kind, deadline!.kind], ['owner', 'date']);

    changed = nextChange(document);
    assert.equal((await formEditor.handleMessage(document, changeMessage(form, responsible!, { kind: 'text', value: 'Anna de Wit' }))).type, 'written');
    await changed;
    ({ form, table } = await agreements());
    changed = nextChange(document);
    assert.equal((await formEditor.handleMessage(document, changeMessage(form, table.rows[3]!.cells[2]!, { kind: 'date', iso: '2026-04-01' }))).type, 'written');
    await changed;
    assert.ok(await document.save());

    const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.ok(!/[^\r]\n/.test(saved), 'every line break stays CRLF');
    const before = original.split('\r\n');
    const after = saved.split('\r\n');
    const row = before.lastIndexOf('| | | |') + 1;
    assert.deepEqual(after, [...before.slice(0, row), '| | Anna de Wit | 2026-04-01 |', ...before.slice(row)]);
    await vscode.workspace.fs.delete(uri);
  });
});

describe('the status bar and progress view beside a form', function () {
  this.timeout(120_000);
  afterEach(closeAll);

  // Read afresh: the compiler would keep the narrowing of an earlier check.
  const activeTextEditor = () => vscode.window.activeTextEditor;

  /** Resolves once `ready` holds, checked now and after each refresh of the progress view. */
  async function when(ready: () => boolean, label: string): Promise<void> {
    const { progressView } = await api();
    if (ready()) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        subscription.dispose();
        reject(new Error(`never: ${label}`));
      }, 45_000);
      const subscription = progressView.onDidChangeTreeData(() => {
        if (!ready()) return;
        subscription.dispose();
        clearTimeout(timer);
        resolve();
      });
    });
  }

  it('follow the sheet whose form is active, as they follow a text editor', async () => {
    const { statusBar, progressView } = await api();
    const uri = workspaceUri(...BLANK_SHEET);
    const shown = nextForm(uri);
    await vscode.commands.executeCommand('vscode.openWith', uri, 'sessionTemplates.form');
    await shown;
    assert.equal(vscode.window.activeTextEditor, undefined, 'no text editor is active while the form is');
    await when(() => /^\$\(checklist\) Sessie \d+\/\d+/.test(statusBar.item.text), 'the status bar shows the form sheet');
    const top = progressView.getChildren().map((node) => String(progressView.getTreeItem(node).label));
    assert.ok(top.some((label) => label.startsWith('De 6 Baten')), `the progress view shows the sheet: ${top.join(' | ')}`);
    // Going to an open item from the form opens the text beside it; the form stays open.
    await vscode.commands.executeCommand('sessionTemplates.nextOpenItem');
    const editor = activeTextEditor();
    assert.ok(editor);
    assert.equal(editor.document.uri.toString(), uri.toString());
    assert.equal(editor.viewColumn, vscode.ViewColumn.Two);
    assert.ok(!editor.selection.isEmpty, 'the open item is selected, ready to type over');
  });
});

describe('the form editor on other files and in English', function () {
  this.timeout(120_000);
  afterEach(closeAll);

  /** Resolves with what the form editor next sends the view of `uri`. */
  async function nextPosted(uri: vscode.Uri) {
    const { formEditor } = await api();
    return new Promise<{ form: Form | undefined; words: { clear: string; notASheet: string } }>((resolve, reject) => {
      const timer = setTimeout(() => {
        subscription.dispose();
        reject(new Error(`no form posted for ${uri.path}`));
      }, 45_000);
      const subscription = formEditor.onDidPostForm((posted) => {
        if (posted.document.uri.toString() !== uri.toString()) return;
        subscription.dispose();
        clearTimeout(timer);
        resolve(posted);
      });
    });
  }

  it('says a file that is no session sheet has no form, and its button opens the text', async () => {
    const { formEditor } = await api();
    const uri = workspaceUri('README.md');
    const posted = nextPosted(uri);
    await vscode.commands.executeCommand('vscode.openWith', uri, 'sessionTemplates.form');
    const { form, words } = await posted;
    assert.equal(form, undefined);
    assert.equal(words.notASheet, 'Dit bestand is geen sessieblad, dus er is geen formulier om te tonen.');
    const document = await vscode.workspace.openTextDocument(uri);
    await formEditor.handleMessage(document, { type: 'openAsText' });
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
  });

  it('speaks English throughout when the language is English: its own words and the owner verdicts', async () => {
    const config = vscode.workspace.getConfiguration('sessionTemplates');
    await config.update('language', 'en', vscode.ConfigurationTarget.Global);
    try {
      const uri = workspaceUri(...BLANK_SHEET);
      const posted = nextPosted(uri);
      await vscode.commands.executeCommand('vscode.openWith', uri, 'sessionTemplates.form');
      const { form, words } = await posted;
      assert.equal(words.clear, 'Clear');
      const owner = form?.sections.find((section) => section.heading.startsWith('Baat 5'))?.controls.find((control) => control.kind === 'owner');
      assert.ok(owner && owner.kind === 'owner');
      assert.equal(owner.verdictText.en, 'no owner yet');
      // Findings beside the controls are in the chosen language too.
      const findings = form!.sections.flatMap((section) => [...section.findings, ...section.controls.flatMap((control) => control.findings)]);
      assert.ok(findings.length > 0 && findings.every((finding) => !/nog geen|niet vervangen/.test(finding.message)), findings.map((finding) => finding.message).join(' | '));
    } finally {
      await config.update('language', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
