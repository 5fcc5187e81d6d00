import assert from 'node:assert/strict';
import { readConfig } from '../../src/core/index';
import { joinLines } from '../support/documents';

const FILE = '.sessions/config.jsonc';
const read = (...lines: string[]) => readConfig({ file: FILE, text: joinLines(...lines) });

describe('the configuration file (.sessions/config.jsonc), read by the core', () => {
  it('reads every setting from JSONC with comments and trailing commas', () => {
    const { settings, problems } = read(
      '{',
      '  // The team agreed on this in March.',
      '  "language": "en",',
      '  "rules": {',
      '    "owner-unknown": "error", /* not in the participants table */',
      '    "task-open": "off",',
      '    "agenda-total": { "severity": "info", "maxMinutes": 150 },',
      '    "owner-deflected": { "names": ["stuurgroep"] },',
      '  },',
      '  "statusLevels": { "concept": -2, "afgerond": 2 },',
      '  "sessionsFolder": "verslagen/sessies",',
      '  "fileNamePattern": "{date}-{slug}.md",',
      '}',
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(settings, {
      language: 'en',
      severities: { 'owner-unknown': 'error', 'task-open': 'off', 'agenda-total': 'info' },
      ruleParameters: { 'agenda-total': { maxMinutes: 150 }, 'owner-deflected': { names: ['stuurgroep'] } },
      statusShifts: { concept: -2, afgerond: 2 },
      sessionsFolder: 'verslagen/sessies',
      fileNamePattern: '{date}-{slug}.md',
    });
  });

  it('an empty file, or one with only comments, sets nothing and is no problem', () => {
    assert.deepEqual(read(''), { settings: {}, problems: [] });
    assert.deepEqual(read('// nothing agreed yet', '/* later */'), { settings: {}, problems: [] });
  });

  it('a file that is no JSONC is reported at its line and column, in both languages, and ignored whole', () => {
    const { settings, problems } = read('{', '  "language": "en"', '  "rules": { "task-open": "off" }', '}');
    assert.deepEqual(settings, {}, 'the defaults apply');
    assert.equal(problems.length, 1);
    const [problem] = problems;
    assert.equal(problem.file, FILE);
    assert.deepEqual(problem.start, { line: 3, column: 3 });
    assert.equal(problem.ignored, '');
    assert.equal(problem.message.en, 'A comma is expected here.');
    assert.equal(problem.message.nl, 'Hier hoort een komma.');
  });

  it('a value that does not fit the schema is left out on its own, reported where it is; the rest applies', () => {
    const { settings, problems } = read(
      '{',
      '  "language": "fr",',
      '  "rules": {',
      '    "owner-unknown": "eror",',
      '    "owner-unknwn": "error",',
      '    "agenda-total": { "maxMinutes": 0 },',
      '    "task-open": "off"',
      '  },',
      '  "statusLevels": { "concept": 9, "afgerond": 2 },',
      '  "colour": "blue"',
      '}',
    );
    assert.deepEqual(settings, { severities: { 'task-open': 'off' }, statusShifts: { afgerond: 2 } });
    const where = problems.map((problem) => `${problem.start?.line}:${problem.start?.column} ${problem.pointer} → ${problem.ignored}`).sort();
    assert.deepEqual(where, [
      '10:3 /colour → /colour',
      '2:3 /language → /language',
      '4:5 /rules/owner-unknown → /rules/owner-unknown',
      '5:5 /rules/owner-unknwn → /rules/owner-unknwn',
      '6:23 /rules/agenda-total/maxMinutes → /rules/agenda-total',
      '9:21 /statusLevels/concept → /statusLevels/concept',
    ]);
    const message = (pointer: string) => problems.find((problem) => problem.pointer === pointer)!.message;
    assert.deepEqual(message('/rules/owner-unknwn'), { nl: 'Onbekende regel "owner-unknwn".', en: 'Unknown rule "owner-unknwn".' });
    assert.match(message('/rules/owner-unknown').en, /^Must be a severity \("off", "hint", "info", "warning" or "error"\)/);
    assert.match(message('/rules/owner-unknown').nl, /^Moet een niveau zijn/);
    assert.deepEqual(message('/statusLevels/concept'), { nl: 'Mag hoogstens 3 zijn.', en: 'Must be at most 3.' });
    assert.deepEqual(message('/colour'), { nl: 'Onbekende eigenschap "colour".', en: 'Unknown property "colour".' });
  });

  it('a rule parameter pattern that is not RE2 leaves that rule out, as a template would', () => {
    const { settings, problems } = read('{ "rules": { "owner-deflected": { "severity": "error", "roles": ["^(programma"] }, "blank": "hint" } }');
    assert.deepEqual(settings, { severities: { blank: 'hint' } });
    assert.equal(problems.length, 1);
    assert.equal(problems[0].pointer, '/rules/owner-deflected/roles/0');
    assert.equal(problems[0].ignored, '/rules/owner-deflected');
    assert.match(problems[0].message.en, /^Not a valid pattern \(RE2 syntax\)/);
  });

  it('positions count as an editor does, with a byte order mark and CRLF line endings', () => {
    const { problems } = readConfig({ file: FILE, text: '\ufeff{\r\n  "rules": {\r\n    "blank": "loud"\r\n  }\r\n}\r\n' });
    assert.deepEqual(problems[0].start, { line: 3, column: 5 });
    assert.deepEqual(problems[0].end, { line: 3, column: 20 });
  });

  it('a file that is not an object, or is nested absurdly deep, is reported and ignored without a crash', () => {
    const list = read('["owner-unknown"]');
    assert.deepEqual(list.settings, {});
    assert.equal(list.problems[0].ignored, '');
    const deep = readConfig({ file: FILE, text: `{"rules": ${'['.repeat(10_000)}${']'.repeat(10_000)}}` });
    assert.deepEqual(deep.settings, {});
    assert.match(deep.problems[0].message.en, /Nested more than 64 levels deep/);
    assert.deepEqual(deep.problems[0].start, { line: 1, column: 74 });
  });
});
