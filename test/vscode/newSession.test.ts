import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import * as vscode from 'vscode';
import { builtInTemplates } from '../../src/core/index';
import { initialiseRepository } from '../../src/vscode/git';
import { api, closeAll, newSession, SESSION_ANSWERS, withSetting, workspaceUri } from './helpers';

const run = promisify(execFile);

/** Runs git in a folder, with arguments as an array (never a shell string). */
async function git(folder: vscode.Uri, ...args: string[]): Promise<string> {
  return (await run('git', args, { cwd: folder.fsPath })).stdout;
}

let repositories = 0;
/** A fresh git repository inside the workspace, with (or without) a user configured. */
async function freshRepository(options: { user?: boolean } = {}): Promise<vscode.Uri> {
  const folder = workspaceUri('repos', `repo-${++repositories}`);
  await mkdir(folder.fsPath, { recursive: true });
  await git(folder, 'init', '-q', '-b', 'main');
  if (options.user !== false) {
    await git(folder, 'config', 'user.name', 'Fatima El Amrani');
    await git(folder, 'config', 'user.email', 'fatima@example.org');
  }
  return folder;
}

const text = async (uri: vscode.Uri) => readFile(uri.fsPath, 'utf8');
const relative = (folder: vscode.Uri, uri: vscode.Uri) => uri.fsPath.slice(folder.fsPath.length + 1);

describe('New Session', function () {
  // Each test makes a git repository and waits for VS Code's Git extension to see it, stage and
  // maybe commit: up to 20 s measured with both cores busy.
  this.timeout(120_000);
  afterEach(closeAll);

  for (const template of builtInTemplates().templates) {
    it(`creates a sheet from the built-in template "${template.id}", staged in a new git repository`, async () => {
      const folder = await freshRepository();
      const { uri, git: outcome } = await newSession({ folder, template: template.id, answers: SESSION_ANSWERS });
      assert.equal(relative(folder, uri), `2027-03-12-${template.id}-klant-in-beeld-ronde-2.md`);
      assert.deepEqual(outcome, { kind: 'staged' });
      assert.equal(await git(folder, 'status', '--porcelain'), `A  ${relative(folder, uri)}\n`);
      const sheet = await text(uri);
      assert.match(sheet, new RegExp(`^---\\ntemplate: ${template.id}\\ntemplateVersion: ${template.version}\\nstatus: concept\\n(traject: .*\\n)?---\\n`));
      assert.doesNotMatch(sheet, /^# Template:/m);
      assert.match(sheet, /^# .*: Klant in Beeld, ronde 2$/m);
      for (const prompt of template.prompts) {
        if (typeof prompt.fills === 'object') assert.match(sheet, new RegExp(`^\\*\\*[^*]+:\\*\\* ${SESSION_ANSWERS[prompt.id as keyof typeof SESSION_ANSWERS]}$`, 'm'), prompt.id);
        if (prompt.fills === 'participants') assert.match(sheet, /^\| Anna de Vries \|.*\n\| Bram Jansen \|/m);
      }
      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.uri.toString(), uri.toString(), 'the new sheet is open');
      const { analyzer } = await api();
      const first = analyzer.analyze(editor.document).progress?.items.find((item) => !item.done);
      assert.ok(first);
      assert.equal(editor.selection.start.line + 1, first.range.start.line, 'the cursor is on the first open item');
      const selected = editor.document.getText(editor.selection);
      assert.ok(selected === '' || /^\[[^\]]+\]$|^_{3,}$/.test(selected), `a placeholder or blank is selected, ready to type over: "${selected}"`);
    });
  }

  it('creates a sheet from a workspace template, asking only what its definition declares', async () => {
    const { templates } = await api();
    const definition = { id: 'retro', version: '2.1.0', name: { nl: 'Retrospectief', en: 'Retrospective' }, match: { heading: '^Retro' } };
    await mkdir(workspaceUri('.sessions', 'templates').fsPath, { recursive: true });
    await writeFile(workspaceUri('.sessions', 'templates', 'retro.template.json').fsPath, JSON.stringify(definition));
    await writeFile(workspaceUri('.sessions', 'templates', 'retro.md').fsPath, '# Template: Retro\n\n**Datum:** ___\n\n- [ ] Actiepunten verdelen\n');
    await templates.reload();
    const folder = await freshRepository();
    const { uri, git: outcome } = await newSession({ folder, template: 'retro', answers: { date: '2027-01-08', title: 'Sprint 12' } });
    assert.equal(relative(folder, uri), '2027-01-08-retro-sprint-12.md');
    assert.deepEqual(outcome, { kind: 'staged' });
    assert.equal(await text(uri), '---\ntemplate: retro\ntemplateVersion: 2.1.0\nstatus: concept\n---\n\n# Retro: Sprint 12\n\n**Datum:** 2027-01-08\n\n- [ ] Actiepunten verdelen\n');
    assert.equal(await git(folder, 'status', '--porcelain'), 'A  2027-01-08-retro-sprint-12.md\n');
  });

  it('commits with the message pattern when git.commitOnCreate is on', async () => {
    const folder = await freshRepository();
    const result = await withSetting('git.commitOnCreate', true, () => newSession({ folder, template: 'baateigenaren', answers: SESSION_ANSWERS }));
    assert.deepEqual(result.git, { kind: 'committed', message: 'Sessie toegevoegd: Klant in Beeld, ronde 2 (2027-03-12)' });
    assert.equal(await git(folder, 'log', '-1', '--format=%s|%an'), 'Sessie toegevoegd: Klant in Beeld, ronde 2 (2027-03-12)|Fatima El Amrani\n');
    assert.equal(await git(folder, 'status', '--porcelain'), '', 'nothing left uncommitted');
  });

  it('never overwrites: an existing name gets -2, then -3', async () => {
    const folder = await freshRepository();
    const taken = vscode.Uri.joinPath(folder, '2027-03-12-baateigenaren-klant-in-beeld-ronde-2.md');
    await writeFile(taken.fsPath, 'Eerdere aantekeningen, niet weggooien.\n');
    const second = await newSession({ folder, template: 'baateigenaren', answers: SESSION_ANSWERS });
    // As a keybinding's JSON args give it: the folder as a path relative to the workspace.
    const third = await newSession({ folder: vscode.workspace.asRelativePath(folder), template: 'baateigenaren', answers: SESSION_ANSWERS });
    assert.equal(relative(folder, second.uri), '2027-03-12-baateigenaren-klant-in-beeld-ronde-2-2.md');
    assert.equal(relative(folder, third.uri), '2027-03-12-baateigenaren-klant-in-beeld-ronde-2-3.md');
    assert.equal(await text(taken), 'Eerdere aantekeningen, niet weggooien.\n');
  });

  it('without a repository the file is created in the workspace’s own sessies folder, untracked; initialising one stages it', async () => {
    const result = await newSession({ template: 'baateigenaren', answers: { ...SESSION_ANSWERS, title: 'Zonder git', location: '' } });
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.getText(editor.selection), '[invullen]', 'the empty location’s placeholder is selected');
    assert.equal(editor?.selection.start.line, 10);
    assert.equal(result.uri.fsPath, workspaceUri('sessies', '2027-03-12-baateigenaren-zonder-git.md').fsPath, 'the sessies folder the workspace has');
    assert.equal(result.git.kind, 'no-repository');
    assert.match(await text(result.uri), /^# Sessie Baateigenaren: Zonder git$/m);
    await assert.rejects(git(workspaceUri('sessies'), 'status'), /not a git repository/);

    const folder = workspaceUri('sessies');
    assert.deepEqual(await initialiseRepository(folder, result.uri, undefined), { kind: 'staged' });
    assert.match(await git(folder, 'status', '--porcelain'), /^A {2}2027-03-12-baateigenaren-zonder-git\.md$/m);
  });

  it('the sessions folder and the file name pattern come from settings', async () => {
    const folder = await freshRepository();
    const result = await withSetting('sessionsFolder', `repos/${folder.path.split('/').pop()}/verslagen`, () =>
      withSetting('fileNamePattern', '{date}/{location}-{slug}.md', () => newSession({ template: 'baateigenaren', answers: SESSION_ANSWERS })),
    );
    assert.equal(relative(folder, result.uri), 'verslagen/2027-03-12/stadhuis-zaal-3-klant-in-beeld-ronde-2.md');
    assert.deepEqual(result.git, { kind: 'staged' });
  });

  it('a commit that cannot be made keeps the file staged and says why: no user name', async () => {
    const folder = await freshRepository({ user: false });
    const result = await withSetting('git.commitOnCreate', true, () => newSession({ folder, template: 'baateigenaren', answers: SESSION_ANSWERS }));
    assert.equal(result.git.kind, 'not-committed');
    assert.equal(result.git.kind === 'not-committed' && result.git.reason, 'no-user');
    assert.match(await git(folder, 'status', '--porcelain'), /^A {2}2027-03-12-baateigenaren/);
  });

  it('a commit that fails (a commit-msg hook says no) keeps the file staged and reports git’s words', async () => {
    const folder = await freshRepository();
    // commit-msg, not pre-commit: git runs pre-commit before it reads the message the Git
    // extension writes to its stdin, and the extension's write then raced git's exit (an uncaught
    // EPIPE in the extension host, the Git extension's own, that failed this test now and then).
    const hook = vscode.Uri.joinPath(folder, '.git', 'hooks', 'commit-msg').fsPath;
    await writeFile(hook, '#!/bin/sh\necho "Geen commits zonder review" >&2\nexit 1\n');
    await chmod(hook, 0o755);
    const result = await withSetting('git.commitOnCreate', true, () => newSession({ folder, template: 'baateigenaren', answers: SESSION_ANSWERS }));
    assert.equal(result.git.kind === 'not-committed' && result.git.reason, 'failed');
    assert.match(result.git.kind === 'not-committed' ? result.git.detail : '', /Geen commits zonder review/);
    assert.match(await git(folder, 'status', '--porcelain'), /^A {2}2027-03-12-baateigenaren/);
  });

  it('does not commit when other changes are staged, so they are not swept along', async () => {
    const folder = await freshRepository();
    await writeFile(vscode.Uri.joinPath(folder, 'ander-werk.md').fsPath, 'Half af.\n');
    await git(folder, 'add', 'ander-werk.md');
    const result = await withSetting('git.commitOnCreate', true, () => newSession({ folder, template: 'baateigenaren', answers: SESSION_ANSWERS }));
    assert.deepEqual(result.git, { kind: 'not-committed', reason: 'others-staged', detail: '1' });
    await assert.rejects(git(folder, 'log'), /does not have any commits/);
  });

  it('a broken template definition is skipped: the others still work, and it cannot be chosen', async () => {
    const { templates } = await api();
    await writeFile(workspaceUri('.sessions', 'templates', 'kapot.template.json').fsPath, '{ "id": "kapot", "name": { "nl": "Kapot" }, "match": {} }');
    await templates.reload();
    const folder = await freshRepository();
    assert.equal(await vscode.commands.executeCommand('sessionTemplates.newSession', { folder, template: 'kapot', answers: SESSION_ANSWERS }), undefined);
    assert.equal(await git(folder, 'status', '--porcelain'), '', 'nothing created');
    const { uri } = await newSession({ folder, template: 'baateigenaren', answers: SESSION_ANSWERS });
    assert.ok(uri.fsPath.startsWith(folder.fsPath));
    await vscode.workspace.fs.delete(workspaceUri('.sessions', 'templates', 'kapot.template.json'));
    await templates.reload();
  });

  it('refuses an answer that is not a real date, and creates nothing', async () => {
    const folder = await freshRepository();
    assert.equal(await vscode.commands.executeCommand('sessionTemplates.newSession', { folder, template: 'baateigenaren', answers: { ...SESSION_ANSWERS, date: '30 februari 2027' } }), undefined);
    assert.equal(await git(folder, 'status', '--porcelain'), '');
  });
});
