import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, diagnosticsWhen, openNewSheet, ruleOf, USER_SHEET } from './helpers';

// Ownership as the checks see it in a real VS Code: one defect gives one finding, and an
// ownership check that still asks the previous owner is reported, with a fix that asks again.

const NAMED = USER_SHEET.replace('| [Naam] | Sectormanager | PO | [ ] |', '| Anna de Wit | Sectormanager | PO | [x] |')
  .replace('| [Naam] | Sectormanager | VO | [ ] |', '| Bram Jansen | Sectormanager | VO | [x] |')
  .replace('| [Naam] | Programmamanager | - | [ ] |', '| Dirk Vos | Programmamanager | - | [x] |');

/** An answered ownership check under a benefit, asking `owner`. */
const check = (owner: string) =>
  [
    '',
    '| Vraag | Antwoord |',
    '|-------|----------|',
    `| Wie is de eigenaar van deze baat? | ${owner} |`,
    '| Is dat expliciet uitgesproken? | [x] Ja [ ] Nee |',
    '| Heeft de eigenaar dit zelf gekozen? | [x] Ja [ ] Nee |',
    '| Is er commitment van de eigenaar? | [x] Ja [ ] Nee |',
    '',
  ].join('\n');

/** The first benefit's owner, with its own ownership check under it. */
const firstBenefit = (owner: string, checked: string) => NAMED.replace('- **Baateigenaar:** ___\n', `- **Baateigenaar:** ${owner}\n${check(checked)}\n`);

describe('ownership findings in the editor', () => {
  afterEach(closeAll);

  it('a programme manager as owner, repeated in the check, is one finding at the benefit', async () => {
    const editor = await openNewSheet('een-gebrek.md', firstBenefit('Dirk Vos', 'Dirk Vos'));
    const diagnostics = await diagnosticsWhen(editor.document.uri, (found) => found.some((d) => ruleOf(d) === 'owner-deflected'));
    const deflected = diagnostics.filter((d) => ruleOf(d) === 'owner-deflected');
    assert.equal(deflected.length, 1);
    assert.equal(editor.document.lineAt(deflected[0].range.start.line).text, '- **Baateigenaar:** Dirk Vos');
  });

  it('a check that asks someone else than the owner is reported, naming both; its fix asks the owner again', async () => {
    const editor = await openNewSheet('andere-eigenaar.md', firstBenefit('Anna de Wit', 'Bram Jansen'));
    const uri = editor.document.uri;
    const diagnostics = await diagnosticsWhen(uri, (found) => found.some((d) => ruleOf(d) === 'ownership-mismatch'), 'ownership-mismatch');
    const mismatch = diagnostics.find((d) => ruleOf(d) === 'ownership-mismatch')!;
    assert.match(mismatch.message, /^Baat 1 \(Consistente klantbeleving\): .*Bram Jansen.*Anna de Wit/);
    assert.equal(mismatch.severity, vscode.DiagnosticSeverity.Warning);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, mismatch.range);
    const fix = actions.find((action) => action.title === 'Vul Anna de Wit in bij de check en wis de antwoorden');
    assert.ok(fix?.edit, actions.map((action) => action.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(editor.document.getText(), NAMED.replace('- **Baateigenaar:** ___\n', `- **Baateigenaar:** Anna de Wit\n${check('Anna de Wit').replaceAll('[x] Ja', '[ ] Ja')}\n`));
    await diagnosticsWhen(uri, (found) => !found.some((d) => ruleOf(d) === 'ownership-mismatch'), 'no mismatch after the fix');
  });
});
