import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, BLANK_SHEET, closeAll, diagnosticsWhen, openSheet, ruleOf, workspaceUri } from './helpers';

const CONFIG = ['.sessions', 'config.jsonc'];
const configUri = () => workspaceUri(...CONFIG);
const writeConfig = (text: string) => vscode.workspace.fs.writeFile(configUri(), new TextEncoder().encode(text));
const settings = () => vscode.workspace.getConfiguration('sessionTemplates');

/** Creates the configuration file in an editor, types its text and saves it. */
async function saveConfigInEditor(text: string): Promise<void> {
  const create = new vscode.WorkspaceEdit();
  create.createFile(configUri(), { ignoreIfExists: true });
  assert.ok(await vscode.workspace.applyEdit(create));
  const document = await vscode.workspace.openTextDocument(configUri());
  const editor = await vscode.window.showTextDocument(document);
  assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), text)));
  assert.ok(await document.save());
}

/** Resolves with the document's diagnostics from any source once `ready` holds: checked now and on every change, never by sleeping. */
function anyDiagnosticsWhen(uri: vscode.Uri, ready: (diagnostics: vscode.Diagnostic[]) => boolean, label: string, ms = 60_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const current = vscode.languages.getDiagnostics(uri);
      if (!ready(current)) return;
      subscription.dispose();
      clearTimeout(timer);
      resolve(current);
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${label}; now: ${vscode.languages.getDiagnostics(uri).map((d) => `${d.source}: ${d.message}`).join(' | ')}`));
    }, ms);
    check();
  });
}

/** Every owner-missing diagnostic of the user's blank sheet (six), all at this severity. */
const ownersAre = (severity: vscode.DiagnosticSeverity) => (found: vscode.Diagnostic[]) => {
  const owners = found.filter((diagnostic) => ruleOf(diagnostic) === 'owner-missing');
  return owners.length === 6 && owners.every((diagnostic) => diagnostic.severity === severity);
};

describe('the configuration file .sessions/config.jsonc in the editor', function () {
  // Each test waits for several rounds of file events and analyses: seconds each on a busy machine.
  this.timeout(90_000);
  const sheet = () => workspaceUri(...BLANK_SHEET);

  before(async function () {
    // This suite may run first: activating the extension is its own wait, not the first test's.
    this.timeout(120_000);
    const { configFiles } = await api();
    await configFiles.ready;
  });

  afterEach(async () => {
    await closeAll();
    // The workspace as the other suites expect it: no configuration file, no settings of ours.
    await vscode.workspace.fs.delete(configUri()).then(
      () => undefined,
      () => undefined,
    );
    await settings().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await settings().update('language', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('a rule’s severity from the file shows in the Problems panel, and a VS Code setting overrides it', async () => {
    await openSheet(BLANK_SHEET);
    await diagnosticsWhen(sheet(), ownersAre(vscode.DiagnosticSeverity.Warning), 'owner-missing as a warning (the default)');
    // As a person does it: the file made in VS Code and saved (a watcher may miss a file made with its folder).
    await saveConfigInEditor('{\n  // CI and the editor agree: a benefit without an owner is an error.\n  "rules": { "owner-missing": "error", "task-open": "off" },\n}\n');
    await openSheet(BLANK_SHEET);
    const fromFile = await diagnosticsWhen(sheet(), ownersAre(vscode.DiagnosticSeverity.Error), 'owner-missing as an error, from the file');
    assert.equal(fromFile.filter((diagnostic) => ruleOf(diagnostic) === 'task-open').length, 0, 'task-open is off in the file');

    await settings().update('rules', { 'owner-missing': 'info' }, vscode.ConfigurationTarget.Workspace);
    const overridden = await diagnosticsWhen(sheet(), ownersAre(vscode.DiagnosticSeverity.Information), 'owner-missing as information, from the setting');
    assert.equal(overridden.filter((diagnostic) => ruleOf(diagnostic) === 'task-open').length, 0, 'the file’s other rules still apply');

    await settings().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await diagnosticsWhen(sheet(), ownersAre(vscode.DiagnosticSeverity.Error), 'the file again once the setting is removed');
    // Deleted as in the Explorer.
    const remove = new vscode.WorkspaceEdit();
    remove.deleteFile(configUri());
    assert.ok(await vscode.workspace.applyEdit(remove));
    const defaults = await diagnosticsWhen(sheet(), ownersAre(vscode.DiagnosticSeverity.Warning), 'the defaults once the file is deleted');
    assert.equal(defaults.filter((diagnostic) => ruleOf(diagnostic) === 'task-open').length, 4);
  });

  it('the file’s language applies while the setting is at its default, and a language the person sets wins', async () => {
    await writeConfig('{ "language": "en" }');
    await openSheet(BLANK_SHEET);
    const english = (found: vscode.Diagnostic[]) => found.some((diagnostic) => diagnostic.message === 'Benefit 1 (Consistente klantbeleving): no owner yet.');
    await diagnosticsWhen(sheet(), english, 'English findings from the file');
    await settings().update('language', 'nl', vscode.ConfigurationTarget.Workspace);
    await diagnosticsWhen(sheet(), (found) => found.some((diagnostic) => diagnostic.message === 'Baat 1 (Consistente klantbeleving): nog geen eigenaar.'), 'Dutch from the setting');
  });

  it('reading the file again unchanged (as on coming back to the window) analyses nothing again', async () => {
    await writeConfig('{ "language": "en" }');
    await openSheet(BLANK_SHEET);
    await diagnosticsWhen(sheet(), (found) => found.some((diagnostic) => diagnostic.message === 'Benefit 1 (Consistente klantbeleving): no owner yet.'), 'English findings from the file');
    const { configFiles, analyzer } = await api();
    await configFiles.ready;
    let invalidated = 0;
    const counting = analyzer.onDidInvalidate(() => invalidated++);
    try {
      await configFiles.reload();
    } finally {
      counting.dispose();
    }
    assert.equal(invalidated, 0, 'no sheet was analysed again, nor the workspace read again');
  });

  it('a broken file shows a diagnostic at its line and column, and the defaults keep working', async () => {
    await openSheet(BLANK_SHEET);
    await writeConfig('{\n  "language": "nl"\n  "rules": { "owner-missing": "error" }\n}\n');
    const [problem] = await diagnosticsWhen(configUri(), (found) => found.length > 0, 'a diagnostic in the configuration file');
    assert.equal(problem.message, 'Hier hoort een komma.');
    assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual([problem.range.start.line, problem.range.start.character], [2, 2]);
    await diagnosticsWhen(sheet(), ownersAre(vscode.DiagnosticSeverity.Warning), 'the defaults');

    await writeConfig('{\n  "rules": { "owner-missing": "eror", "task-open": "off" }\n}\n');
    const [entry] = await diagnosticsWhen(configUri(), (found) => found.some((diagnostic) => diagnostic.message.endsWith('(/rules/owner-missing)')), 'the wrong entry');
    assert.deepEqual([entry.range.start.line, entry.range.start.character], [1, 13]);
    await diagnosticsWhen(sheet(), (found) => ownersAre(vscode.DiagnosticSeverity.Warning)(found) && !found.some((diagnostic) => ruleOf(diagnostic) === 'task-open'), 'the rest of the file applies');

    await writeConfig('{ "rules": { "owner-missing": "error" } }');
    await diagnosticsWhen(configUri(), (found) => found.length === 0, 'no diagnostic once the file is right');
    await diagnosticsWhen(sheet(), ownersAre(vscode.DiagnosticSeverity.Error), 'the file applies');
  });

  it('VS Code’s own JSON support checks the file against the contributed schema as you type (jsonValidation)', async () => {
    await writeConfig('{\n  "rules": { "owner-missing": "eror" }\n}\n');
    await vscode.window.showTextDocument(configUri());
    // The JSON language server's diagnostic, besides ours: the schema reaches the editor through package.json.
    const found = await anyDiagnosticsWhen(configUri(), (diagnostics) => diagnostics.some((d) => d.source !== 'Session Templates' && d.range.start.line === 1), 'the JSON language server’s finding on line 2');
    const theirs = found.find((d) => d.source !== 'Session Templates' && d.range.start.line === 1)!;
    assert.equal(theirs.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(theirs.message, /off|hint|info|warning|error/);
  });
});
