import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, diagnosticsWhen, openSheet, ruleOf, workspaceUri } from './helpers';

const KICK_OFF = ['sessies', 'traject', '2027-01-12-kick-off.md'];
const PLAN = ['sessies', 'traject', 'traject-schulden-en-werk.md'];
const ROUND_1 = ['sessies', '2026-03-12-baateigenaren-klant-in-beeld.md'];
const ROUND_2 = ['sessies', '2026-04-16-baateigenaren-ronde-2.md'];

const byRule = (rule: string) => (found: vscode.Diagnostic[]) => found.filter((diagnostic) => ruleOf(diagnostic) === rule);

async function replaceInEditor(editor: vscode.TextEditor, from: string, to: string): Promise<void> {
  const offset = editor.document.getText().indexOf(from);
  assert.ok(offset >= 0, `"${from}" in ${editor.document.uri.path}`);
  const range = new vscode.Range(editor.document.positionAt(offset), editor.document.positionAt(offset + from.length));
  assert.ok(await editor.edit((builder) => builder.replace(range, to)));
}

/** Changes a file on disk, as git or another editor would, and gives back what it was. */
async function replaceOnDisk(path: string[], from: string, to: string): Promise<string> {
  const uri = workspaceUri(...path);
  const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  assert.ok(before.includes(from), `"${from}" in ${uri.path}`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(before.replace(from, to)));
  return before;
}

describe('programme diagnostics', function () {
  // The workspace is read after activation, in the worker: a few seconds on a loaded machine.
  this.timeout(90_000);
  afterEach(closeAll);

  before(async () => {
    await (await api()).programme.whenIndexed();
  });

  it('keeps a track finding while the session is edited, and drops it when the plan is fixed', async () => {
    const editor = await openSheet(KICK_OFF);
    const uri = editor.document.uri;
    const [dateFinding] = byRule('track-date')(await diagnosticsWhen(uri, (found) => byRule('track-date')(found).length === 1, 'track-date'));
    assert.equal(dateFinding.message, 'Deze sessie is op 12 januari 2027, maar het trajectplan noemt 11 januari 2027 (Kick-off).');
    assert.equal(dateFinding.range.start.line + 1, 11);

    // Typing in the sheet: its own findings change live (the emptied field), the cross-file one stays.
    await replaceInEditor(editor, 'Stadhuis, zaal 2', '');
    const edited = await diagnosticsWhen(uri, (found) => byRule('field-empty')(found).length > 0, 'the emptied Locatie');
    assert.deepEqual(byRule('track-date')(edited).map((d) => d.message), [dateFinding.message]);

    const plan = await replaceOnDisk(PLAN, '| Kick-off | 11 januari 2027 |', '| Kick-off | 12 januari 2027 |');
    try {
      const fixed = await diagnosticsWhen(uri, (found) => byRule('track-date')(found).length === 0, 'track-date gone');
      // The sheet's own finding from the unsaved edit is still there: only the cross-file one went.
      assert.ok(byRule('field-empty')(fixed).length > 0);
    } finally {
      await vscode.workspace.fs.writeFile(workspaceUri(...PLAN), new TextEncoder().encode(plan));
    }
    await diagnosticsWhen(uri, (found) => byRule('track-date')(found).length === 1, 'track-date back with the plan restored');
  });

  it('follows an owner change across rounds, from another editor’s unsaved text too', async () => {
    const round2 = await openSheet(ROUND_2);
    const uri = round2.document.uri;
    const changed = byRule('owner-changed')(await diagnosticsWhen(uri, (found) => byRule('owner-changed')(found).length === 1, 'owner-changed'));
    assert.equal(
      changed[0].message,
      'Baat 5 (Sterkere klantrelaties): de eigenaar is nu Anna de Wit; in de sessie van 12 maart 2026 (2026-03-12-baateigenaren-klant-in-beeld.md) was dat Bram. Geen eigenaarschapscheck in deze sessie noemt Anna de Wit.',
    );

    // Round 1, open and unsaved, now says Anna was the owner then too: no change of owner any more.
    const round1 = await openSheet(ROUND_1);
    await replaceInEditor(round1, '- **Baateigenaar:** Bram\n', '- **Baateigenaar:** Anna de Wit\n');
    await diagnosticsWhen(uri, (found) => byRule('owner-changed')(found).length === 0, 'owner-changed gone');
    // Thrown away unsaved: the file on disk counts again, and so does the change of owner.
    await closeAll();
    assert.deepEqual(vscode.workspace.textDocuments.filter((document) => document.isDirty).map((document) => document.uri.path), [], 'nothing left unsaved');
    await diagnosticsWhen(uri, (found) => byRule('owner-changed')(found).length === 1, 'owner-changed back');
  });

  it('reports an overdue agreement until the session is set to afgerond', async () => {
    const editor = await openSheet(ROUND_2);
    const uri = editor.document.uri;
    const overdue = byRule('agreement-overdue')(await diagnosticsWhen(uri, (found) => byRule('agreement-overdue')(found).length === 2, 'two overdue agreements'));
    assert.deepEqual(
      overdue.map((d) => d.range.start.line + 1),
      [141, 142],
    );
    assert.match(overdue[0].message, /^Afspraken, rij 1: de deadline 1 mei 2026 van "Prioritering toelichten in de sponsorgroep" \(Bram Jansen\) is voorbij: \d+ maanden te laat\./);
    await replaceInEditor(editor, 'status: gehouden', 'status: afgerond');
    await diagnosticsWhen(uri, (found) => byRule('agreement-overdue')(found).length === 0, 'overdue gone once afgerond');
    // Not saved, and thrown away: the session on disk is not closed, its deadlines are overdue again.
    await closeAll();
    await diagnosticsWhen(uri, (found) => byRule('agreement-overdue')(found).length === 2, 'overdue again');
    const { programme } = await api();
    await programme.whenIndexed();
    assert.equal(programme.index.get(uri.path)?.status, 'gehouden');
  });
});
