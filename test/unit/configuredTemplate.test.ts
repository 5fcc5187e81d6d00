import assert from 'node:assert/strict';
import { builtInTemplates, withRuleParameters } from '../../src/core/index';
import { analyzeSheet, joinLines } from '../support/documents';

const SHEET = joinLines(
  '# Sessie Baateigenaren',
  '',
  '## Deelnemers',
  '',
  '| Naam | Rol | Sector | Aanwezig |',
  '|------|-----|--------|----------|',
  '| Anna de Wit | Sectormanager | PO | [x] |',
  '',
  '### Baat 1: Klantbeleving',
  '- **Baateigenaar:** De stuurgroep',
  '',
);

describe('rule parameters from the configuration file, over the template’s', () => {
  it('a parameter given replaces the template’s, for the rules and for everything that judges an owner', () => {
    const before = analyzeSheet(SHEET);
    assert.deepEqual(before.findings.filter((finding) => finding.rule.startsWith('owner-')).map((finding) => finding.rule), ['owner-unknown']);
    const after = analyzeSheet(SHEET, { ruleParameters: { 'owner-deflected': { names: ['stuurgroep', 'de stuurgroep'] } } });
    assert.deepEqual(after.findings.filter((finding) => finding.rule.startsWith('owner-')).map((finding) => finding.rule), ['owner-deflected']);
    // The progress view and the status bar judge the owner the same way as the rules.
    assert.deepEqual(after.progress?.owners.lacking.map((gap) => gap.verdict), ['deflected']);
  });

  it('a parameter the file does not give stays the template’s', () => {
    const template = builtInTemplates().templates.find((candidate) => candidate.id === 'kick-off')!;
    const configured = withRuleParameters(template, { 'agenda-total': { maxMinutes: 120 } });
    assert.deepEqual(configured.rules['agenda-total'], { ...template.rules['agenda-total'], maxMinutes: 120 });
    assert.equal((configured.rules['agenda-total'] as Record<string, unknown>).minMinutes, 60);
    assert.equal(template.rules['agenda-total'].maxMinutes, 90, 'the template itself is unchanged');
  });

  it('the same template and parameters give the same object; none gives the template itself', () => {
    const template = builtInTemplates().templates[0];
    const parameters = { 'agenda-total': { maxMinutes: 120 } };
    assert.equal(withRuleParameters(template, parameters), withRuleParameters(template, parameters));
    assert.equal(withRuleParameters(template, undefined), template);
    assert.equal(withRuleParameters(template, {}), template);
  });
});
