import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze, builtInTemplates, loadTemplate, type SessionTemplate, type Text } from '../../src/core/index';
import { templateFromSheet, type TemplateFromSheet } from '../../src/core/template/fromSheet';
import { joinLines, USER_SHEET } from '../support/documents';
import { repoPath } from '../support/paths';

const fixture = (name: string) => readFileSync(repoPath('test/fixtures', name), 'utf8');
const FILLED = fixture('baateigenaren-filled.md');
const BUILT_IN = builtInTemplates().templates;
const BUILT_IN_JSON = readFileSync(repoPath('src/templates/baateigenaren.template.json'), 'utf8');
const NAME = { nl: 'Sessie Baateigenaren', en: 'Benefit owners session' };

function fromSheet(sheet: string, id = 'klant-in-beeld', name: Text = NAME, templates = BUILT_IN): TemplateFromSheet {
  return templateFromSheet(sheet, { id, name, templates });
}

/** Loads the result as the extension would from `.sessions/templates/<id>.template.json`. */
function load(result: TemplateFromSheet): SessionTemplate {
  const loaded = loadTemplate({ file: `${result.definition.id}.template.json`, json: result.json, scaffold: result.scaffold });
  assert.ok(loaded.ok, JSON.stringify(loaded.ok || loaded.problems));
  return loaded.template;
}

interface Hunk {
  /** 1-based line in the text before, where the change starts. */
  readonly line: number;
  readonly removed: readonly string[];
  readonly added: readonly string[];
}

/** What changed from one text to the other, line by line (a longest-common-subsequence diff). */
function lineChanges(before: string, after: string): Hunk[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const common = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) common[i][j] = a[i] === b[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
  }
  const hunks: Hunk[] = [];
  for (let i = 0, j = 0; i < a.length || j < b.length; ) {
    if (a[i] === b[j] && i < a.length && j < b.length) {
      i++;
      j++;
      continue;
    }
    const hunk = { line: i + 1, removed: [] as string[], added: [] as string[] };
    while ((i < a.length || j < b.length) && !(i < a.length && j < b.length && a[i] === b[j])) {
      if (j < b.length && (i === a.length || common[i][j + 1] >= common[i + 1][j])) hunk.added.push(b[j++]);
      else hunk.removed.push(a[i++]);
    }
    hunks.push(hunk);
  }
  return hunks;
}

describe('new template from a sheet', () => {
  it('the filled sheet becomes the shipped blank, apart from what the filled sheet itself changed', () => {
    const { scaffold } = fromSheet(FILLED);
    const lines = USER_SHEET.split('\n');
    const checkTable = lines.slice(lines.indexOf('| Vraag | Antwoord |'), lines.indexOf('| Is er commitment van de eigenaar? | [ ] Ja [ ] Nee |') + 1);
    const laterBenefits = ['Baat 2: Hogere klanttevredenheid', 'Baat 3: Efficiëntere klantprocessen', 'Baat 4: Betere klantinzichten', 'Baat 5: Sterkere klantrelaties', 'Baat 6: Outside-in cultuur'];
    const agenda = (times: string[]) =>
      ['Opening en context programma | 15 min', 'Toelichting batenstructuur (6 baten) | 20 min', 'Per sector: welke baten zijn prioriteit? | 30 min', 'Pauze | 10 min', 'Toewijzing baateigenaarschap | 30 min', 'Afspraken en vervolgstappen | 15 min'].map(
        (row, index) => `| ${times[index]} | ${row} |`,
      );

    // Heading, header fields, names, boxes, answers, owners, agreements and reflection are the blank's.
    assert.deepEqual(lineChanges(USER_SHEET, scaffold), [
      // The filled sheet has a fifth participant: the row stays, with its name blank again.
      { line: 28, removed: [], added: ['| [Naam] | Notulist | - | [ ] |'] },
      // The agenda is the template's content, and the filled sheet gave it clock times.
      { line: 55, removed: agenda(['00:00', '00:15', '00:35', '01:05', '01:15', '01:45']), added: agenda(['13:30', '13:45', '14:05', '14:35', '14:45', '15:15']) },
      // A check table per benefit where the blank has one: all six stay, with their answers cleared.
      { line: 110, removed: [], added: ['### Baat 1: Consistente klantbeleving', ''] },
      { line: 117, removed: [], added: laterBenefits.flatMap((benefit) => [`### ${benefit}`, '', ...checkTable, '']) },
      // The comment the fixture tests read.
      { line: 152, removed: [], added: ['<!-- expected-findings', '-->', ''] },
    ]);
  });

  it('its scaffold is recognised by its own definition, with nothing ticked, named or owned', () => {
    const result = fromSheet(FILLED);
    const analysis = analyze(result.scaffold, { templates: [load(result)] });
    assert.equal(analysis.template?.id, 'klant-in-beeld');
    const session = analysis.session!;
    const boxes = [...session.checkboxes, ...session.choices.flatMap((group) => group.options), ...session.tasks];
    assert.ok(boxes.length > 50);
    assert.deepEqual(boxes.filter((box) => box.checked), []);
    assert.deepEqual(session.participants.map((participant) => [participant.name, participant.present?.checked]), Array(5).fill(['[Naam]', false]));
    assert.deepEqual(session.benefits.map((benefit) => benefit.owner?.value), Array(6).fill('___'));
    assert.deepEqual(session.ownershipChecks.map((check) => check.ownerCell?.state), Array(6).fill('empty'));
    assert.deepEqual(session.agreements.map((row) => [row.agreement.text, row.responsible.text, row.deadline.text]), Array(3).fill(['', '', '']));
    const valueOf = (label: string) => session.fields.filter((field) => field.label === label).map((field) => field.value);
    assert.deepEqual(valueOf('Antwoord'), Array(4).fill('___'));
    assert.deepEqual(['Datum sessie', 'Locatie', 'Facilitator'].flatMap(valueOf), Array(3).fill('[invullen]'));
    assert.deepEqual(['Wat ging goed', 'Wat kan beter', 'Signalen eigenaarschap'].flatMap(valueOf), ['', '', '']);
    // Only the fields the template fills itself count as done, as in the shipped blank.
    const done = analysis.progress!.items.filter((item) => item.done).map((item) => item.label);
    assert.deepEqual(done, ['Programma', 'Thema', 'Kernprincipe', 'Valkuil herkennen']);
    assert.equal(analysis.progress!.done, analyze(USER_SHEET, { templates: BUILT_IN }).progress!.done);
  });

  it('without a scaffold to follow: fields become [invullen], a value under its label goes', () => {
    const loaded = loadTemplate({ file: 'baateigenaren.template.json', json: BUILT_IN_JSON });
    assert.ok(loaded.ok);
    const { scaffold } = fromSheet(FILLED, 'klant-in-beeld', NAME, [loaded.template]);
    // The template's own texts (Programma, Thema, Kernprincipe, Valkuil) are now taken for filled-in values too.
    assert.deepEqual(
      scaffold.split('\n').filter((line) => line.startsWith('**')),
      [
        '**Programma:** [invullen]',
        '**Datum sessie:** [invullen]',
        '**Locatie:** [invullen]',
        '**Facilitator:** [invullen]',
        '**Thema:** [invullen]',
        '**Kernprincipe:** [invullen]',
        '**Valkuil herkennen:** [invullen]',
        '**Wat ging goed:** [invullen]',
        '**Wat kan beter:**',
        '**Signalen eigenaarschap:** [invullen]',
      ],
    );
    assert.match(scaffold, /\*\*Wat kan beter:\*\*\n\n\*\*Signalen/);
  });

  it('a CRLF sheet with a byte order mark gives a CRLF scaffold and definition', () => {
    const sheet = fixture('baateigenaren-crlf-bom.md');
    assert.ok(sheet.startsWith('\uFEFF') && sheet.includes('\r\n'));
    const result = fromSheet(sheet);
    const withLf = fromSheet(sheet.slice(1).replace(/\r\n/g, '\n'));
    assert.equal(result.scaffold, withLf.scaffold.replace(/\n/g, '\r\n'));
    assert.equal(result.json, withLf.json.replace(/\n/g, '\r\n'));
    assert.doesNotMatch(result.scaffold, /(?<!\r)\n/);
    assert.ok(result.json.endsWith('}\r\n'));
    assert.ok(result.scaffold.startsWith('# Template: Sessie Baateigenaren\r\n'));
    assert.equal(analyze(result.scaffold, { templates: [load(result)] }).template?.id, 'klant-in-beeld');
  });

  it("drops the session's front matter keys and keeps the others", () => {
    const result = fromSheet(fixture('baateigenaren-frontmatter.md'), 'baten-po', { nl: 'Baten PO', en: 'Benefits PO' });
    assert.ok(result.scaffold.startsWith(joinLines('---', 'sector: PO', '---', '# Template: Baten PO', '')));
    assert.equal(analyze(result.scaffold, { templates: [load(result)] }).template?.id, 'baten-po');

    const sheet = joinLines('---', 'status: gehouden', 'tags:', '  - po', 'template:', '  baateigenaren', 'owner: Anna', '---', '# Sessie Baateigenaren', '');
    assert.equal(fromSheet(sheet).scaffold, joinLines('---', 'tags:', '  - po', 'owner: Anna', '---', '# Template: Sessie Baateigenaren', ''));
  });

  it('drops the front matter and the blank line under it when nothing else is in it', () => {
    const sheet = joinLines('---', 'template: baateigenaren', 'templateVersion: 1.0.0', 'status: gehouden', '---', '', '# Sessie Baateigenaren', '', '- [x] Plannen', '');
    assert.equal(fromSheet(sheet).scaffold, joinLines('# Template: Sessie Baateigenaren', '', '- [ ] Plannen', ''));
  });

  it('a Markdown file that is no session gives a definition that only recognises its scaffold', () => {
    const sheet = fixture('not-a-session.md');
    const name = { nl: 'Release checklist', en: 'Release checklist' };
    const result = fromSheet(sheet, 'release-checklist', name);
    assert.deepEqual(result.definition, {
      id: 'release-checklist',
      version: '1.0.0',
      name,
      scaffold: 'release-checklist.md',
      match: { heading: '^(Template:\\s*)?Release checklist\\b' },
    });
    assert.deepEqual(lineChanges(sheet, result.scaffold), [
      { line: 5, removed: ['# Release checklist'], added: ['# Template: Release checklist'] },
      { line: 19, removed: ['- [x] Run the tests'], added: ['- [ ] Run the tests'] },
    ]);
    assert.equal(analyze(result.scaffold, { templates: [load(result)] }).template?.id, 'release-checklist');
  });

  it('without a template: answers become ___, other fields [invullen], values under a label go', () => {
    const sheet = joinLines(
      '# Retro (Q1)',
      '',
      '**Datum:** 12 maart 2026',
      '**Wat ging goed:**',
      'Samen geprioriteerd.',
      'Op tijd klaar.',
      '',
      '**Wat kan beter:**',
      '',
      'De voorbereiding.',
      '',
      'Antwoord: meer tijd',
      '',
      '- [x] Notulen rondsturen',
      '',
    );
    const result = fromSheet(sheet, 'retro', { nl: 'Retro (Q1)', en: 'Retro (Q1)' });
    assert.equal(
      result.scaffold,
      joinLines('# Template: Retro (Q1)', '', '**Datum:** [invullen]', '**Wat ging goed:**', '', '**Wat kan beter:**', '', 'Antwoord: ___', '', '- [ ] Notulen rondsturen', ''),
    );
    // `\b` after `)` would need a word character next: the name ends at white space or the end (RE2 has no lookahead).
    assert.deepEqual(result.definition.match, { heading: '^(Template:\\s*)?Retro \\(Q1\\)(?:\\s|$)' });
    assert.deepEqual(result.definition.answerLabels, ['Antwoord']);
    assert.equal(analyze(result.scaffold, { templates: [load(result)] }).template?.id, 'retro');
  });

  it('a sheet without a level-1 heading gets one', () => {
    const result = fromSheet(joinLines('---', 'status: concept', '---', '', 'Notities', '', '- [x] klaar', ''), 'notities', { nl: 'Notities', en: 'Notes' });
    assert.equal(result.scaffold, joinLines('# Template: Notities', '', 'Notities', '', '- [ ] klaar', ''));
    assert.equal(analyze(result.scaffold, { templates: [load(result)] }).template?.id, 'notities');
  });

  it("copies every property of the matched template's definition, with the new identity and no $schema", () => {
    const name = { nl: 'Klant in Beeld', en: 'Customer in View' };
    const result = fromSheet(FILLED, 'klant-in-beeld', name);
    const source = JSON.parse(BUILT_IN_JSON) as Record<string, unknown>;
    delete source.$schema;
    // A copy: editing the new definition never changes the built-in one.
    assert.notEqual(result.definition.tables, BUILT_IN[0].definition.tables);
    assert.deepEqual(result.definition, {
      ...source,
      id: 'klant-in-beeld',
      name,
      scaffold: 'klant-in-beeld.md',
      match: { heading: '^(Template:\\s*)?Klant in Beeld\\b' },
    });
    assert.deepEqual(Object.keys(result.definition), Object.keys(source));
    assert.equal(result.json, `${JSON.stringify(result.definition, null, 2)}\n`);
    assert.ok(result.scaffold.startsWith('# Template: Klant in Beeld\n'));
    const template = load(result);
    assert.deepEqual([template.id, template.name, template.version, template.scaffold, template.prompts.length], ['klant-in-beeld', name, '1.0.0', result.scaffold, 5]);
  });

  it('leaves description out when the matched template has none', () => {
    const definition = JSON.parse(BUILT_IN_JSON) as Record<string, unknown>;
    delete definition.description;
    const loaded = loadTemplate({ file: 'baateigenaren.template.json', json: JSON.stringify(definition), scaffold: USER_SHEET });
    assert.ok(loaded.ok);
    const result = fromSheet(FILLED, 'klant-in-beeld', NAME, [loaded.template]);
    assert.equal('description' in result.definition, false);
    load(result);
  });
});
