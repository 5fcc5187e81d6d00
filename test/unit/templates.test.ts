import Ajv from 'ajv';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtInTemplates, loadTemplate, type TemplateLoad } from '../../src/core/index';
import { matchTemplate } from '../../src/core/template/template';
import { repoPath } from '../support/paths';

const schema = JSON.parse(readFileSync(repoPath('schemas/session-template.schema.json'), 'utf8'));
const builtInJson = readFileSync(repoPath('src/templates/baateigenaren.template.json'), 'utf8');

function problemsOf(result: TemplateLoad) {
  assert.equal(result.ok, false, 'expected the definition to be rejected');
  return result.ok ? [] : result.problems.map((problem) => ({ pointer: problem.pointer, at: problem.position && `${problem.position.line}:${problem.position.column}`, en: problem.message.en, nl: problem.message.nl }));
}

/** The built-in definition with one change, as text with one property per line. */
function edited(change: (definition: Record<string, unknown>) => void): string {
  const definition = JSON.parse(builtInJson);
  change(definition);
  return JSON.stringify(definition, null, 2);
}

describe('template definitions', () => {
  it('the schema is a valid draft-07 schema under ajv strict mode, and accepts the built-in definition', () => {
    const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);
    assert.equal(validate(JSON.parse(builtInJson)), true, JSON.stringify(validate.errors));
  });

  it('the built-in template loads through the precompiled validator', () => {
    const { templates, problems } = builtInTemplates();
    assert.deepEqual(problems, []);
    assert.deepEqual(templates.map((template) => [template.id, template.name.nl, template.file]), [['baateigenaren', 'Sessie Baateigenaren', 'built-in:baateigenaren.template.json']]);
    assert.match(templates[0].scaffold ?? '', /^# Template: Sessie Baateigenaren/);
  });

  it('a JSON syntax error is reported where it is', () => {
    const problems = problemsOf(loadTemplate({ file: 'x.template.json', json: '{\n  "id": "x",\n  "name": }\n' }));
    assert.deepEqual(problems, [{ pointer: '', at: '3:11', en: 'Not valid JSON (ValueExpected).', nl: 'Geen geldige JSON (ValueExpected).' }]);
  });

  it('schema errors give the JSON pointer, the line and column of the property, and a readable message in both languages', () => {
    const json = edited((definition) => {
      (definition.name as Record<string, unknown>).en = undefined;
      definition.tabels = {};
      definition.rules = { 'task-open': { severity: 'loud' }, 'task-opne': {} };
    });
    const problems = problemsOf(loadTemplate({ file: 'x.template.json', json }));
    assert.deepEqual(
      problems.map((problem) => [problem.pointer, problem.en]).sort(),
      [
        ['', 'Unknown property "tabels".'],
        ['/name', 'Property "en" is missing.'],
        ['/rules', 'Unknown property "task-opne".'],
        ['/rules/task-open/severity', 'Must be one of: "off", "hint", "info", "warning", "error".'],
      ].sort(),
    );
    const name = problems.find((problem) => problem.pointer === '/name')!;
    assert.equal(name.nl, 'Eigenschap "en" ontbreekt.');
    assert.equal(name.at, `${json.split('\n').findIndex((line) => line.includes('"name"')) + 1}:3`);
  });

  it('an invalid regular expression is reported at its pointer', () => {
    const json = edited((definition) => {
      (definition.match as Record<string, unknown>).heading = '^(Sessie';
    });
    const [problem] = problemsOf(loadTemplate({ file: 'x.template.json', json }));
    assert.equal(problem.pointer, '/match/heading');
    assert.match(problem.en, /^Not a valid pattern: /);
  });

  it('a sheet is recognised by front matter first, then by its H1', () => {
    const { templates } = builtInTemplates();
    const heading = (text: string) => ({ frontMatter: undefined, title: { text, depth: 1, span: { start: 0, end: 0 } } });
    assert.equal(matchTemplate(heading('Template: Sessie Baateigenaren'), templates)?.id, 'baateigenaren');
    assert.equal(matchTemplate(heading('Sessie Baateigenaren 12 maart'), templates)?.id, 'baateigenaren');
    assert.equal(matchTemplate(heading('Sessie Businesscase'), templates), undefined);
    const declared = { frontMatter: { span: { start: 0, end: 0 }, data: { template: 'baateigenaren' }, error: undefined }, title: heading('Iets anders').title };
    assert.equal(matchTemplate(declared, templates)?.id, 'baateigenaren');
    const unknown = { ...declared, frontMatter: { ...declared.frontMatter, data: { template: 'retro' } }, title: heading('Sessie Baateigenaren').title };
    assert.equal(matchTemplate(unknown, templates), undefined, 'a declared template is decisive, even when unknown');
  });
});
