import Ajv from 'ajv';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtInTemplates, loadTemplate, type TemplateLoad, scaffoldFileName } from '../../src/core/index';
import { buildStructure } from '../../src/core/model/build';
import { parseMarkdown } from '../../src/core/parse';
import { toSourceText } from '../../src/core/source';
import { matchTemplate } from '../../src/core/template/template';
import { joinLines } from '../support/documents';
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

  it('the built-in templates load through the precompiled validator', () => {
    const { templates, problems } = builtInTemplates();
    assert.deepEqual(problems, []);
    assert.deepEqual(
      templates.map((template) => [template.id, template.name.nl]),
      [
        ['baateigenaren', 'Sessie Baateigenaren'],
        ['traject', 'Traject Inwonersreizen'],
        ['kick-off', 'Kick-off Inwonersreizen'],
        ['inwonersreis', 'Inwonersreis-sessie'],
        ['service-blueprint', 'Service-blueprint-sessie'],
        ['terugkoppeling', 'Terugkoppeling Inwonersreizen'],
      ],
    );
    for (const template of templates) assert.equal(template.file, `built-in:${template.id}.template.json`);
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
    assert.match(problem.en, /^Not a valid pattern \(RE2 syntax\): /);
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

/** `line:column` where `needle` first occurs in `json` (after `after`, when given), 1-based as editors count. */
function positionOf(json: string, needle: string, after = ''): string {
  const offset = json.indexOf(needle, after ? json.indexOf(after) : 0);
  assert.notEqual(offset, -1, `${needle} not in the JSON`);
  const before = json.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

function structureOf(text: string) {
  const source = toSourceText(text);
  return buildStructure(parseMarkdown(source.text), source, { answerLabels: ['Antwoord'] });
}

describe('loading template definitions', () => {
  it('compiles the schema file with a runtime ajv in strict mode and accepts the built-in definition with it', () => {
    const ajv = new Ajv({ strict: true });
    assert.equal(ajv.validateSchema(schema), true, JSON.stringify(ajv.errors));
    const validate = ajv.compile(schema);
    assert.equal(validate(JSON.parse(builtInJson)), true, JSON.stringify(validate.errors));
    // The runtime validator rejects what the precompiled one rejects.
    const broken = JSON.parse(builtInJson);
    broken.tabels = {};
    assert.equal(validate(broken), false);
    assert.equal(loadTemplate({ file: 'x.template.json', json: JSON.stringify(broken) }).ok, false);
  });

  it('loads the built-in definition file as it is on disk, with its patterns compiled', () => {
    const result = loadTemplate({ file: 'baateigenaren.template.json', json: builtInJson, scaffold: '# Template: Sessie Baateigenaren\n' });
    assert.equal(result.ok, true, JSON.stringify(!result.ok && result.problems));
    if (!result.ok) return;
    const { template } = result;
    assert.equal(template.id, 'baateigenaren');
    assert.equal(template.version, '1.0.0');
    assert.deepEqual(template.name, { nl: 'Sessie Baateigenaren', en: 'Benefit owners session' });
    assert.equal(template.file, 'baateigenaren.template.json');
    assert.equal(template.scaffold, '# Template: Sessie Baateigenaren\n');
    assert.deepEqual(template.answerLabels, ['Antwoord']);
    assert.equal(template.heading?.test('sessie baateigenaren'), true, 'patterns ignore case');
    assert.equal(template.benefits?.ownerField.test('Baateigenaar'), true);
    assert.equal(template.participants?.columns.present?.test('Aanwezig'), true);
    assert.deepEqual(template.ownershipCheck?.questions[0], 'Wie is de eigenaar van deze baat?');
  });

  it('reports a JSON syntax error with its file and where it is, in Dutch and English', () => {
    const json = joinLines('{', '  "id": "x",,', '  "name": { "nl": "X", "en": "X" }', '}');
    const result = loadTemplate({ file: 'kapot.template.json', json });
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.deepEqual(result.problems.map((problem) => ({ ...problem })), [
      {
        file: 'kapot.template.json',
        pointer: '',
        message: { nl: 'Geen geldige JSON (PropertyNameExpected).', en: 'Not valid JSON (PropertyNameExpected).' },
        position: { line: 2, column: 13 },
      },
    ]);
  });

  it('reports an empty file', () => {
    const problems = problemsOf(loadTemplate({ file: 'leeg.template.json', json: '' }));
    assert.equal(problems.length, 1);
    assert.match(problems[0].en, /^Not valid JSON/);
    assert.match(problems[0].nl, /^Geen geldige JSON/);
  });

  it('reports a missing required property at the object that lacks it', () => {
    const json = edited((definition) => {
      delete (definition.name as Record<string, unknown>).en;
    });
    const result = loadTemplate({ file: 'x.template.json', json });
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.deepEqual(result.problems.map((problem) => ({ ...problem })), [
      {
        file: 'x.template.json',
        pointer: '/name',
        message: { nl: 'Eigenschap "en" ontbreekt.', en: 'Property "en" is missing.' },
        position: { line: 5, column: 3 },
      },
    ]);
    assert.equal(positionOf(json, '"name"'), '5:3');
  });

  it('reports a missing top-level property', () => {
    const json = edited((definition) => {
      delete definition.match;
    });
    const problems = problemsOf(loadTemplate({ file: 'x.template.json', json }));
    assert.deepEqual(problems, [{ pointer: '', at: '1:1', en: 'Property "match" is missing.', nl: 'Eigenschap "match" ontbreekt.' }]);
  });

  it('reports an unknown property at its own key', () => {
    const json = builtInJson.replace('"tables":', '"tabels":');
    const problems = problemsOf(loadTemplate({ file: 'x.template.json', json }));
    assert.deepEqual(problems, [{ pointer: '', at: positionOf(json, '"tabels"'), en: 'Unknown property "tabels".', nl: 'Onbekende eigenschap "tabels".' }]);
  });

  it('reports a wrong type at its property', () => {
    const json = edited((definition) => {
      definition.answerLabels = 'Antwoord';
    });
    const problems = problemsOf(loadTemplate({ file: 'x.template.json', json }));
    assert.deepEqual(problems, [{ pointer: '/answerLabels', at: positionOf(json, '"answerLabels"'), en: 'Must be of type array.', nl: 'Moet van het type array zijn.' }]);
  });

  it('reports a severity that does not exist at its property in rules', () => {
    const json = edited((definition) => {
      (definition.rules as Record<string, unknown>)['task-open'] = { severity: 'loud' };
    });
    const problems = problemsOf(loadTemplate({ file: 'x.template.json', json }));
    assert.deepEqual(problems, [
      {
        pointer: '/rules/task-open/severity',
        at: positionOf(json, '"severity"', '"task-open"'),
        en: 'Must be one of: "off", "hint", "info", "warning", "error".',
        nl: 'Moet een van deze waarden zijn: "off", "hint", "info", "warning", "error".',
      },
    ]);
  });

  it('reports an unknown rule id in rules at its key', () => {
    const json = edited((definition) => {
      (definition.rules as Record<string, unknown>)['owner-unkown'] = { severity: 'off' };
    });
    const problems = problemsOf(loadTemplate({ file: 'x.template.json', json }));
    assert.deepEqual(problems, [{ pointer: '/rules', at: positionOf(json, '"owner-unkown"'), en: 'Unknown property "owner-unkown".', nl: 'Onbekende eigenschap "owner-unkown".' }]);
  });

  it('reports an invalid regular expression in match.heading at /match/heading, in both languages', () => {
    const json = edited((definition) => {
      (definition.match as Record<string, unknown>).heading = '^(Sessie';
    });
    const result = loadTemplate({ file: 'x.template.json', json });
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.problems.length, 1);
    const [problem] = result.problems;
    assert.equal(problem.file, 'x.template.json');
    assert.equal(problem.pointer, '/match/heading');
    assert.deepEqual(problem.position, { line: 15, column: 5 });
    assert.equal(positionOf(json, '"heading"', '"match"'), '15:5');
    assert.match(problem.message.en, /^Not a valid pattern \(RE2 syntax\): .*missing closing \)/);
    assert.match(problem.message.nl, /^Geen geldig patroon \(RE2-syntaxis\): /);
  });

  it('places problems by line and column in a file with CRLF line endings and a BOM', () => {
    const json = `\uFEFF${edited((definition) => {
      (definition.match as Record<string, unknown>).heading = '^(Sessie';
    }).replace(/\n/g, '\r\n')}`;
    const [problem] = problemsOf(loadTemplate({ file: 'x.template.json', json }));
    assert.equal(problem.at, '15:5');
  });
});

describe('matching a sheet to a template', () => {
  const { templates } = builtInTemplates();

  it('matches by front matter `template: <id>`, even when the H1 says something else', () => {
    const structure = structureOf(joinLines('---', 'template: baateigenaren', '---', '', '# Iets heel anders'));
    assert.equal(matchTemplate(structure, templates)?.id, 'baateigenaren');
  });

  it('lets the front matter decide over the H1', () => {
    const structure = structureOf(joinLines('---', 'template: retrospectief', '---', '', '# Sessie Baateigenaren'));
    assert.equal(matchTemplate(structure, templates), undefined);
  });

  it('matches by the H1 pattern', () => {
    assert.equal(matchTemplate(structureOf('# Template: Sessie Baateigenaren\n\n**Programma:** X'), templates)?.id, 'baateigenaren');
    assert.equal(matchTemplate(structureOf('# Sessie Baateigenaren 12 maart'), templates)?.id, 'baateigenaren');
    assert.equal(matchTemplate(structureOf('Voorwoord.\n\n# sessie baateigenaren'), templates)?.id, 'baateigenaren');
  });

  it('does not match another H1, a lower heading, or no heading', () => {
    assert.equal(matchTemplate(structureOf('# Something else'), templates), undefined);
    assert.equal(matchTemplate(structureOf('# Verslag: Sessie Baateigenaren'), templates), undefined);
    assert.equal(matchTemplate(structureOf('## Sessie Baateigenaren'), templates), undefined);
    assert.equal(matchTemplate(structureOf('Alleen tekst.'), templates), undefined);
  });
});

describe('scaffoldFileName', () => {
  it('takes the definition’s scaffold, else <id>.md, also for JSON that does not parse', () => {
    assert.equal(scaffoldFileName('{ "scaffold": "blad.md" }', 'retro.template.json'), 'blad.md');
    assert.equal(scaffoldFileName('{ "id": "retro" }', 'retro.template.json'), 'retro.md');
    assert.equal(scaffoldFileName('{ broken', 'retro.template.json'), 'retro.md');
  });
});
