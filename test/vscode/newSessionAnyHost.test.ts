import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { builtInTemplates } from '../../src/core/index';
import { closeAll, intendedHost, newSession, readText, SESSION_ANSWERS, withSetting, workspaceUri } from './helpers';

// New Session through VS Code's own file system only, so it runs in both extension hosts; the
// browser's has no Node and no Git at hand (test/vscode/newSession.test.ts covers git in Node).
const ANSWERS = { ...SESSION_ANSWERS, date: '2027-05-20', title: 'In de browser' };

describe('New Session in either extension host', function () {
  // Creating, opening and analysing a sheet: seconds, more with every core busy.
  this.timeout(120_000);
  afterEach(closeAll);

  it('creates each built-in template’s sheet, opens it, and says what became of Git', async () => {
    const folder = workspaceUri('elke-host');
    await vscode.workspace.fs.createDirectory(folder);
    for (const template of builtInTemplates().templates) {
      const { uri, git } = await newSession({ folder, template: template.id, answers: ANSWERS });
      assert.equal(uri.path, vscode.Uri.joinPath(folder, `2027-05-20-${template.id}-in-de-browser.md`).path);
      assert.match(await readText(uri), new RegExp(`^---\\ntemplate: ${template.id}\\n[\\s\\S]*^# .*: In de browser$`, 'm'));
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the new sheet is open');
      if (intendedHost() === 'web worker') assert.deepEqual(git, { kind: 'unavailable', reason: 'browser' }, 'the browser has no Git at hand: said, not failed');
      else assert.notEqual(git.kind, 'unavailable', 'Node has the Git extension');
    }
  });

  it('a sessions folder set as an absolute path is used where the host can write there: on the computer in Node, in the workspace in the browser', async () => {
    const outside = intendedHost() === 'node' ? workspaceUri('..', `${workspaceUri().path.split('/').pop()}-absoluut`) : undefined;
    const made = vscode.Uri.joinPath(outside ?? workspaceUri('sessies'), '2027-05-20-baateigenaren-absolute-map.md');
    try {
      // A desktop setting (Settings Sync brings it to vscode.dev too): a path on the computer.
      await withSetting('sessionsFolder', outside?.fsPath ?? '/home/iemand/sessies', async () => {
        const { uri } = await newSession({ template: 'baateigenaren', answers: { ...ANSWERS, title: 'Absolute map' } });
        assert.equal(uri.path, made.path);
        assert.match(await readText(uri), /^# Sessie Baateigenaren: Absolute map$/m);
      });
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(made).then(undefined, () => undefined);
    }
  });

  it('never overwrites: a taken name gets -2, then -3, and the taken file keeps its text', async () => {
    const folder = workspaceUri('elke-host-bezet');
    const taken = vscode.Uri.joinPath(folder, '2027-05-20-baateigenaren-in-de-browser.md');
    await vscode.workspace.fs.writeFile(taken, new TextEncoder().encode('Eerdere aantekeningen, niet weggooien.\n'));
    const second = await newSession({ folder, template: 'baateigenaren', answers: ANSWERS });
    const third = await newSession({ folder, template: 'baateigenaren', answers: ANSWERS });
    assert.equal(second.uri.path.split('/').pop(), '2027-05-20-baateigenaren-in-de-browser-2.md');
    assert.equal(third.uri.path.split('/').pop(), '2027-05-20-baateigenaren-in-de-browser-3.md');
    assert.equal(await readText(taken), 'Eerdere aantekeningen, niet weggooien.\n');
    assert.match(await readText(second.uri), /^# Sessie Baateigenaren: In de browser$/m);
  });
});
