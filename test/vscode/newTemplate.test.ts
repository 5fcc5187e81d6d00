import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/index';
import type { NewSessionResult } from '../../src/vscode/newSession';
import type { NewTemplateResult } from '../../src/vscode/newTemplate';
import { api, closeAll, FILLED_SHEET, openSheet, readText, workspaceUri } from './helpers';

describe('New Template from This File', () => {
  afterEach(closeAll);

  it('turns the filled sheet into a workspace template that New Session offers', async () => {
    const { templates } = await api();
    await openSheet(FILLED_SHEET);
    const made = await vscode.commands.executeCommand<NewTemplateResult | undefined>('sessionTemplates.newTemplateFromFile', { id: 'baten-ronde', name: 'Batensessie' });
    assert.ok(made, 'the template was written');
    assert.equal(made.definition.fsPath, workspaceUri('.sessions', 'templates', 'baten-ronde.template.json').fsPath);
    const scaffold = await readText(made.scaffold);
    assert.match(scaffold, /^# Template: Batensessie$/m);
    assert.doesNotMatch(scaffold, /\[x\]/i, 'every tick cleared');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), made.scaffold.toString(), 'the scaffold is open');
    assert.deepEqual(vscode.languages.getDiagnostics(made.definition), [], 'the definition is valid');

    const entry = templates.entries.find((candidate) => candidate.template.id === 'baten-ronde');
    assert.equal(entry?.origin, 'workspace');
    const analysis = analyze(scaffold, { templates: templates.templates });
    assert.equal(analysis.template?.id, 'baten-ronde');
    assert.ok(analysis.session?.participants.every((participant) => participant.name === '[Naam]'));

    const session = await vscode.commands.executeCommand<NewSessionResult>('sessionTemplates.newSession', {
      folder: workspaceUri('uit-sjabloon'),
      template: 'baten-ronde',
      answers: { date: '2027-04-02', title: 'Ronde 3', location: '', facilitator: '', participants: '' },
    });
    assert.match(await readText(session.uri), /^template: baten-ronde\n[\s\S]*^# Batensessie: Ronde 3$/m);
  });

  it('never overwrites an existing template', async () => {
    await vscode.workspace.fs.writeFile(workspaceUri('.sessions', 'templates', 'bestaat.md'), new TextEncoder().encode('Van iemand anders.\n'));
    await openSheet(FILLED_SHEET);
    const made = await vscode.commands.executeCommand('sessionTemplates.newTemplateFromFile', { id: 'bestaat', name: 'Bestaat' });
    assert.equal(made, undefined);
    assert.equal(await readText(workspaceUri('.sessions', 'templates', 'bestaat.md')), 'Van iemand anders.\n');
    await assert.rejects(readText(workspaceUri('.sessions', 'templates', 'bestaat.template.json')), /FileNotFound|EntryNotFound|ENOENT/);
  });
});
