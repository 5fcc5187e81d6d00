import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, diagnosticsWhen, openNewSheet, ruleOf, workspaceUri } from './helpers';


const write = (path: string[], text: string) => vscode.workspace.fs.writeFile(workspaceUri(...path), new TextEncoder().encode(text));

const RETRO = JSON.stringify({ id: 'retro', name: { nl: 'Retrospectief', en: 'Retrospective' }, match: { heading: '^Retro' }, rules: { 'task-open': { severity: 'warning' } } }, null, 2);

describe('templates from the workspace', () => {
  afterEach(closeAll);

  it('a workspace template is recognised and checked, and says where it comes from', async () => {
    const { templates } = await api();
    await write(['.sessions', 'templates', 'retro.template.json'], RETRO);
    await write(['.sessions', 'templates', 'retro.md'], '# Retro [sprint]\n\n- [ ] Actiepunt\n');
    await templates.reload();
    assert.equal(templates.entries.find((entry) => entry.template.id === 'retro')?.origin, 'workspace');
    assert.equal(templates.entries.find((entry) => entry.template.id === 'baateigenaren')?.origin, 'built-in');
    const editor = await openNewSheet('retro-12.md', '# Retro sprint 12\n\n- [ ] Demo plannen\n');
    const found = await diagnosticsWhen(editor.document.uri, (diagnostics) => diagnostics.some((d) => ruleOf(d) === 'task-open'));
    assert.equal(found.find((d) => ruleOf(d) === 'task-open')?.severity, vscode.DiagnosticSeverity.Warning, 'the template’s own severity');
  });

  it('a broken definition shows a diagnostic where it is wrong, and the other templates keep working', async () => {
    const { templates } = await api();
    const broken = workspaceUri('.sessions', 'templates', 'kapot.template.json');
    await write(['.sessions', 'templates', 'kapot.template.json'], '{\n  "id": "kapot",\n  "name": { "nl": "Kapot" },\n  "match": {}\n}\n');
    await templates.reload();
    const [problem] = vscode.languages.getDiagnostics(broken);
    assert.ok(problem, 'a diagnostic in the broken definition');
    assert.equal(problem.message, 'Eigenschap "en" ontbreekt. (/name)', 'in the chosen language');
    assert.deepEqual([problem.range.start.line, problem.range.start.character], [2, 2]);
    assert.ok(templates.templates.some((template) => template.id === 'retro'));
    assert.ok(templates.templates.some((template) => template.id === 'baateigenaren'));
    await vscode.workspace.fs.delete(broken);
    await templates.reload();
    assert.deepEqual(vscode.languages.getDiagnostics(broken), []);
  });

  it('a scaffold outside the templates folder, or a folder, is not read: the template is reported and skipped', async () => {
    const { templates } = await api();
    const outside = workspaceUri('.sessions', 'templates', 'buiten.template.json');
    const folder = workspaceUri('.sessions', 'templates', 'map.template.json');
    await write(['geheim.md'], '# Retro geheim\n');
    await write(['.sessions', 'templates', 'buiten.template.json'], JSON.stringify({ id: 'buiten', name: { nl: 'Buiten', en: 'Outside' }, match: { heading: '^Buiten' }, scaffold: '../../geheim.md' }));
    await write(['.sessions', 'templates', 'map.template.json'], JSON.stringify({ id: 'map', name: { nl: 'Map', en: 'Folder' }, match: { heading: '^Map' } }));
    await vscode.workspace.fs.createDirectory(workspaceUri('.sessions', 'templates', 'map.md'));
    await templates.reload();
    assert.match(vscode.languages.getDiagnostics(outside)[0]?.message ?? '', /ligt buiten de sjablonenmap.*\(\/scaffold\)$/);
    assert.match(vscode.languages.getDiagnostics(folder)[0]?.message ?? '', /is een map, geen bestand/);
    assert.ok(!templates.templates.some((template) => template.id === 'buiten' || template.id === 'map'));
    assert.ok(templates.templates.some((template) => template.id === 'baateigenaren'), 'the others keep working');
    for (const uri of [outside, folder, workspaceUri('.sessions', 'templates', 'map.md'), workspaceUri('geheim.md')]) await vscode.workspace.fs.delete(uri, { recursive: true });
    await templates.reload();
  });
});
