import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze, loadTemplate, type TemplateLoad } from '../../src/core/index';
import { repoPath } from '../support/paths';

const builtIn = (id: string) => readFileSync(repoPath(`src/templates/${id}.template.json`), 'utf8');

function problemsOf(result: TemplateLoad) {
  assert.equal(result.ok, false, 'expected the definition to be rejected');
  return result.ok ? [] : result.problems.map((problem) => ({ pointer: problem.pointer, at: problem.position && `${problem.position.line}:${problem.position.column}`, en: problem.message.en, nl: problem.message.nl }));
}

/** A built-in definition with one change, one property per line. */
function edited(id: string, change: (definition: Record<string, Record<string, Record<string, unknown>>>) => void): string {
  const definition = JSON.parse(builtIn(id));
  change(definition);
  return JSON.stringify(definition, null, 2);
}

describe('template patterns, checked when the template loads', function () {
  this.timeout(20_000);

  const cases: [string, string, (definition: Record<string, Record<string, Record<string, unknown>>>) => void][] = [
    ['service-blueprint', '/rules/role-missing/roles/0/pattern', (d) => ((d.rules['role-missing'].roles as { pattern: string }[])[0].pattern = '^(proces')],
    ['service-blueprint', '/rules/role-advised/roles/0/pattern', (d) => ((d.rules['role-advised'].roles as { pattern: string }[])[0].pattern = '[a-')],
    ['inwonersreis', '/rules/participants-count/exceptRoles/0', (d) => ((d.rules['participants-count'].exceptRoles as string[])[0] = '(?<=x)y')],
    ['inwonersreis', '/rules/journeys-per-session/heading', (d) => (d.rules['journeys-per-session'].heading = '^Reis(')],
    ['traject', '/rules/planning-order/steps/0/pattern', (d) => ((d.rules['planning-order'].steps as { pattern: string }[])[0].pattern = '*kick')],
    ['traject', '/rules/planning-order/steps/1/sections', (d) => ((d.rules['planning-order'].steps as { sections: string }[])[1].sections = '(a)\\1')],
    ['service-blueprint', '/rules/attribution/sections/0', (d) => ((d.rules.attribution.sections as string[])[0] = '^Result(')],
    ['baateigenaren', '/rules/owner-deflected/roles/0', (d) => ((d.rules['owner-deflected'].roles as string[])[0] = '^(programma')],
  ];
  for (const [id, pointer, change] of cases) {
    it(`reports an invalid pattern at ${pointer}, with its line and column, in both languages`, () => {
      const json = edited(id, change);
      const [problem] = problemsOf(loadTemplate({ file: `${id}.template.json`, json }));
      assert.equal(problem.pointer, pointer);
      assert.match(problem.en, /^Not a valid pattern \(RE2 syntax\): /);
      assert.match(problem.nl, /^Geen geldig patroon \(RE2-syntaxis\): /);
      assert.match(problem.at ?? '', /^\d+:\d+$/, 'placed at its line and column');
    });
  }

  it('compiles the rules’ patterns at load, so the rules look them up instead of compiling', () => {
    const result = loadTemplate({ file: 'traject.template.json', json: builtIn('traject') });
    assert.ok(result.ok);
    const sources = [...result.template.patterns.keys()];
    assert.ok(sources.includes('^kick-?off'));
    assert.ok(sources.includes('^Reis\\s+\\d+'));
    assert.equal(result.template.patterns.get('^kick-?off')?.test('Kick-off'), true, 'case is ignored');
  });

  it('a backtracking column pattern such as ^(a|a)*$ runs in linear time on a long header', () => {
    const json = JSON.stringify({ id: 'aaa', name: { nl: 'A', en: 'A' }, match: { heading: '^(a|a)*$' }, tables: { participants: { columns: { name: '^(a|a)*$' } } } });
    const result = loadTemplate({ file: 'aaa.template.json', json });
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
    const long = `${'a'.repeat(30_000)}b`;
    const sheet = `# ${long}\n\n| ${long} |\n|---|\n| x |\n`;
    const started = performance.now();
    const analysis = analyze(sheet, { templates: [result.template], templateId: 'aaa' });
    assert.equal(analysis.template?.id, 'aaa');
    assert.equal(analyze(sheet, { templates: [result.template] }).template, undefined);
    assert.ok(performance.now() - started < 1000, `took ${Math.round(performance.now() - started)} ms`);
  });

  it('refuses JSON nested thousands of levels deep without overflowing the stack', () => {
    const json = `{"id": "deep", "name": ${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    const problems = problemsOf(loadTemplate({ file: 'deep.template.json', json }));
    assert.deepEqual(problems, [{ pointer: '', at: '1:87', en: 'Nested more than 64 levels deep.', nl: 'Meer dan 64 niveaus diep genest.' }]);
    // Brackets inside strings do not count.
    assert.ok(loadTemplate({ file: 'x.template.json', json: JSON.stringify({ id: 'x', name: { nl: '[[[', en: '{'.repeat(500) }, match: {} }) }).ok);
  });

  it('checks 5,000 prompts in well under a second, and reports a repeated prompt id at its pointer', () => {
    const prompts = Array.from({ length: 5000 }, (_, index) => ({ id: `p${index}`, type: 'text', label: { nl: 'Vraag', en: 'Question' }, fills: 'nothing' }));
    const started = performance.now();
    const many = loadTemplate({ file: 'many.template.json', json: JSON.stringify({ id: 'many', name: { nl: 'M', en: 'M' }, match: {}, prompts }, null, 2) });
    assert.ok(many.ok);
    assert.ok(performance.now() - started < 1000, `took ${Math.round(performance.now() - started)} ms`);
    prompts[4999] = { ...prompts[4999], id: 'p7' };
    const problems = problemsOf(loadTemplate({ file: 'many.template.json', json: JSON.stringify({ id: 'many', name: { nl: 'M', en: 'M' }, match: {}, prompts }, null, 2) }));
    assert.deepEqual(
      problems.map((problem) => [problem.pointer, problem.en, problem.nl]),
      [['/prompts/4999/id', 'Prompt "p7" appears twice.', 'Vraag "p7" komt twee keer voor.']],
    );
  });
});
