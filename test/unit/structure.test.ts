import assert from 'node:assert/strict';
import { buildStructure } from '../../src/core/model/build';
import type { Cell, SheetStructure } from '../../src/core/model/types';
import { parseMarkdown } from '../../src/core/parse';
import { positionAt, toSourceText, type Span } from '../../src/core/source';
import { joinLines } from '../support/documents';

function structureOf(text: string): SheetStructure {
  const source = toSourceText(text);
  return buildStructure(parseMarkdown(source.text), source, { answerLabels: ['Antwoord'] });
}

/** The normalised text a span covers. */
function slice(structure: SheetStructure, span: Span): string {
  return structure.source.text.slice(span.start, span.end);
}

/** `line:column` of an offset, as an editor shows it. */
function at(structure: SheetStructure, offset: number): string {
  const position = positionAt(structure.source, offset);
  return `${position.line}:${position.column}`;
}

function fieldsOf(structure: SheetStructure) {
  return structure.fields.map((field) => ({ label: field.label, value: field.value, state: field.state }));
}

function cellSummary(structure: SheetStructure, cell: Cell) {
  return { text: cell.text, state: cell.state, content: slice(structure, cell.contentSpan) };
}

describe('sheet structure', () => {
  describe('header fields', () => {
    it('reads `**Label:** value` lines of one paragraph as separate fields with their state', () => {
      const structure = structureOf(
        joinLines('**Programma:** Klant in Beeld', '**Datum sessie:** [invullen]', '**Locatie:** ___', '**Facilitator:**'),
      );
      assert.deepEqual(fieldsOf(structure), [
        { label: 'Programma', value: 'Klant in Beeld', state: 'filled' },
        { label: 'Datum sessie', value: '[invullen]', state: 'placeholder' },
        { label: 'Locatie', value: '___', state: 'blank' },
        { label: 'Facilitator', value: '', state: 'empty' },
      ]);
      const [programma, datum, , facilitator] = structure.fields;
      assert.equal(programma.kind, 'bold');
      assert.equal(slice(structure, programma.labelSpan), '**Programma:**');
      assert.equal(at(structure, programma.valueSpan.start), '1:16');
      assert.equal(at(structure, datum.labelSpan.start), '2:1');
      assert.equal(slice(structure, datum.valueSpan), '[invullen]');
      // An empty field's value goes right after its label.
      assert.deepEqual(facilitator.valueSpan, { start: facilitator.labelSpan.end, end: facilitator.labelSpan.end });
    });

    it('reads `**Label**: value` with the colon outside the bold', () => {
      const structure = structureOf(joinLines('**Programma**: Klant in Beeld', '**Locatie**: [invullen]', '**Datum**:'));
      assert.deepEqual(fieldsOf(structure), [
        { label: 'Programma', value: 'Klant in Beeld', state: 'filled' },
        { label: 'Locatie', value: '[invullen]', state: 'placeholder' },
        { label: 'Datum', value: '', state: 'empty' },
      ]);
      assert.equal(slice(structure, structure.fields[0].labelSpan), '**Programma**:');
    });

    it('does not take bold text without a colon, or bold later in the line, as a label', () => {
      const structure = structureOf(joinLines('**Welk leiderschap is nodig?**', '', 'Dit is **belangrijk:** echt'));
      assert.deepEqual(fieldsOf(structure), []);
    });

    it('reads a plain `Antwoord: ___` line as an answer field', () => {
      const structure = structureOf(joinLines('1. **Welk leiderschap is nodig?**', '   - Antwoord: ___', '2. **Hoe?**', '   - Antwoord: We delen het'));
      assert.deepEqual(
        structure.fields.map((field) => [field.kind, field.label, field.value, field.state]),
        [
          ['answer', 'Antwoord', '___', 'blank'],
          ['answer', 'Antwoord', 'We delen het', 'filled'],
        ],
      );
      assert.equal(slice(structure, structure.fields[0].labelSpan), 'Antwoord:');
    });

    it('knows the question a nested field answers; a field in the question’s own line, or under no question, has none', () => {
      const structure = structureOf(
        joinLines('1. **Welk leiderschap is nodig?**', '   - Antwoord: ___', '2. **Hoe?**', '   - Antwoord: We delen het', '- **Vraag:** Wie leidt?', '  - extra', '- Thema', '  - **Naam:** ___'),
      );
      assert.deepEqual(
        structure.fields.map((field) => [field.label, field.question]),
        [
          ['Antwoord', 'Welk leiderschap is nodig?'],
          ['Antwoord', 'Hoe?'],
          ['Vraag', undefined],
          ['Naam', undefined],
        ],
      );
    });
  });

  describe('label-only fields', () => {
    it('take the following paragraph or list as their value', () => {
      const structure = structureOf(
        joinLines('**Wat ging goed:**', '', 'Het tempo was goed.', '', '**Wat kan beter:**', '', '- meer tijd', '- een pauze'),
      );
      assert.deepEqual(fieldsOf(structure), [
        { label: 'Wat ging goed', value: 'Het tempo was goed.', state: 'filled' },
        { label: 'Wat kan beter', value: '- meer tijd\n- een pauze', state: 'filled' },
      ]);
      assert.equal(at(structure, structure.fields[0].valueSpan.start), '3:1');
    });

    it('take the lines under the label in the same paragraph as their value', () => {
      const structure = structureOf(joinLines('**Wat ging goed:**', 'Het tempo', 'was goed.'));
      assert.deepEqual(fieldsOf(structure), [{ label: 'Wat ging goed', value: 'Het tempo\nwas goed.', state: 'filled' }]);
    });

    it('stay empty when followed by another label, a heading or a rule', () => {
      const structure = structureOf(
        joinLines('**Wat ging goed:**', '', '**Wat kan beter:**', '', '## Volgende stap', '', '**Signalen:**', '', '---', '', 'Tekst na de lijn.'),
      );
      assert.deepEqual(fieldsOf(structure), [
        { label: 'Wat ging goed', value: '', state: 'empty' },
        { label: 'Wat kan beter', value: '', state: 'empty' },
        { label: 'Signalen', value: '', state: 'empty' },
      ]);
      for (const field of structure.fields) assert.equal(field.valueSpan.start, field.labelSpan.end);
    });

    it('stays empty at the end of the document', () => {
      const structure = structureOf(joinLines('**Signalen eigenaarschap:**', ''));
      assert.deepEqual(fieldsOf(structure), [{ label: 'Signalen eigenaarschap', value: '', state: 'empty' }]);
    });

    it('in a list item never takes the next list item as its value', () => {
      const structure = structureOf(joinLines('- **Eigenaar:**', '- Anna de Wit', '', 'Een losse alinea.'));
      assert.deepEqual(fieldsOf(structure), [{ label: 'Eigenaar', value: '', state: 'empty' }]);
    });

    it('in a list item takes a paragraph of that same item as its value', () => {
      const structure = structureOf(joinLines('- **Eigenaar:**', '', '  Anna de Wit', '- Tweede punt'));
      assert.deepEqual(fieldsOf(structure), [{ label: 'Eigenaar', value: 'Anna de Wit', state: 'filled' }]);
    });
  });

  describe('boxes and pick-one groups', () => {
    it('finds `[ ]`, `[x]` and `[X]` in text, and two or more labelled boxes on a line form one group', () => {
      const structure = structureOf('Gereed [ ] nee [x] ja [X] zeker');
      assert.equal(structure.checkboxes.length, 0);
      assert.equal(structure.choices.length, 1);
      const [group] = structure.choices;
      assert.deepEqual(
        group.options.map((option) => [slice(structure, option.span), option.checked, option.label]),
        [
          ['[ ]', false, 'nee'],
          ['[x]', true, 'ja'],
          ['[X]', true, 'zeker'],
        ],
      );
      assert.equal(group.context, 'Gereed');
      assert.equal(slice(structure, group.span), '[ ] nee [x] ja [X] zeker');
    });

    it('gives a field its pick-one group, with the field label as context', () => {
      const structure = structureOf(joinLines('- **PO prioriteit:** [ ] Hoog [x] Midden [ ] Laag', '- **VO prioriteit:** [ ] Hoog [ ] Midden [ ] Laag'));
      assert.deepEqual(
        structure.choices.map((group) => [group.context, group.options.map((option) => option.label), group.options.map((option) => option.checked)]),
        [
          ['PO prioriteit', ['Hoog', 'Midden', 'Laag'], [false, true, false]],
          ['VO prioriteit', ['Hoog', 'Midden', 'Laag'], [false, false, false]],
        ],
      );
      assert.equal(structure.fields[0].choice, structure.choices[0]);
      assert.equal(structure.fields[1].choice, structure.choices[1]);
      assert.equal(structure.tasks.length, 0, 'inline boxes in a list item are not GFM task items');
    });

    it('reads two lines with choices in one paragraph as two groups', () => {
      const structure = structureOf(joinLines('Eerste [ ] a [ ] b', 'Tweede [x] c [ ] d'));
      assert.deepEqual(
        structure.choices.map((group) => [group.context, group.options.map((option) => option.label), at(structure, group.span.start)]),
        [
          ['Eerste', ['a', 'b'], '1:8'],
          ['Tweede', ['c', 'd'], '2:8'],
        ],
      );
    });

    it('reads a group in a table cell with the row’s first cell as context, and a single box as a checkbox', () => {
      const structure = structureOf(
        joinLines('| Vraag | Antwoord |', '|-------|----------|', '| Is dat expliciet uitgesproken? | [ ] Ja [x] Nee |', '| Aanwezig | [x] |'),
      );
      assert.equal(structure.choices.length, 1);
      const [group] = structure.choices;
      assert.equal(group.context, 'Is dat expliciet uitgesproken?');
      assert.deepEqual(
        group.options.map((option) => [option.label, option.checked]),
        [
          ['Ja', false],
          ['Nee', true],
        ],
      );
      const [choiceRow, boxRow] = structure.tables[0].rows;
      assert.equal(choiceRow.cells[1].choice, group);
      assert.equal(choiceRow.cells[1].checkbox, undefined);
      assert.equal(structure.checkboxes.length, 1);
      assert.equal(boxRow.cells[1].checkbox, structure.checkboxes[0]);
      assert.equal(boxRow.cells[1].choice, undefined);
      assert.equal(structure.checkboxes[0].checked, true);
      assert.equal(slice(structure, structure.checkboxes[0].span), '[x]');
    });

    it('keeps a single box in a sentence as a checkbox, not a group', () => {
      const structure = structureOf('Afgerond [ ]');
      assert.equal(structure.choices.length, 0);
      assert.deepEqual(
        structure.checkboxes.map((box) => [slice(structure, box.span), box.checked]),
        [['[ ]', false]],
      );
    });
  });

  describe('GFM task items', () => {
    it('reads tasks in unordered and ordered lists: the marker, checked and text', () => {
      const structure = structureOf(
        joinLines('- [ ] Open taak', '- [x] Klaar', '', '1. [ ] Baateigenaarschap formeel vastleggen', '2. [X] Terugkoppeling naar sponsorgroep'),
      );
      assert.deepEqual(
        structure.tasks.map((task) => [slice(structure, task.span), at(structure, task.span.start), task.checked, task.text]),
        [
          ['[ ]', '1:3', false, 'Open taak'],
          ['[x]', '2:3', true, 'Klaar'],
          ['[ ]', '4:4', false, 'Baateigenaarschap formeel vastleggen'],
          ['[X]', '5:4', true, 'Terugkoppeling naar sponsorgroep'],
        ],
      );
      assert.equal(structure.checkboxes.length, 0, 'a task marker is not also an inline box');
      assert.equal(structure.choices.length, 0);
    });
  });

  describe('blanks', () => {
    it('finds `___` and `_____` in text', () => {
      const structure = structureOf('Naam: ___ en datum: _____ graag');
      assert.deepEqual(
        structure.blanks.map((blank) => [blank.text, at(structure, blank.span.start)]),
        [
          ['___', '1:7'],
          ['_____', '1:21'],
        ],
      );
    });

    it('does not take a thematic break `___` on its own line, or an escaped `\\_\\_\\_`, as a blank', () => {
      const structure = structureOf(joinLines('Eerste alinea.', '', '___', '', 'Niet leeg: \\_\\_\\_ hier'));
      assert.deepEqual(structure.blanks, []);
    });
  });

  describe('placeholders', () => {
    it('finds `[invullen]` and `[Naam]`', () => {
      const structure = structureOf('Datum: [invullen], door [Naam].');
      assert.deepEqual(
        structure.placeholders.map((gap) => [gap.text, at(structure, gap.span.start)]),
        [
          ['[invullen]', '1:8'],
          ['[Naam]', '1:25'],
        ],
      );
    });

    it('ignores links, references with a definition, footnotes, code, numbers and boxes', () => {
      const structure = structureOf(
        joinLines(
          'Zie [x](https://example.org), [Handboek][], [tekst][handboek], [Handboek], noot[^1], `[Naam]`, [1] en [ ] of [x].',
          '',
          '[handboek]: https://example.org/handboek',
          '[^1]: Een voetnoot.',
        ),
      );
      assert.deepEqual(structure.placeholders.map((gap) => gap.text), []);
    });

    it('still finds a bracketed word that has no definition next to one that has', () => {
      const structure = structureOf(joinLines('[Handboek] en [Naam]', '', '[handboek]: https://example.org'));
      assert.deepEqual(structure.placeholders.map((gap) => gap.text), ['[Naam]']);
    });
  });

  describe('gaps know where they are', () => {
    it('ties blanks and placeholders to their field or their cell', () => {
      const structure = structureOf(
        joinLines(
          '**Locatie:** [invullen]',
          '- Antwoord: ___',
          '',
          'Losse ___ zonder veld.',
          '',
          '| Naam | Rol |',
          '|------|-----|',
          '| [Naam] | ___ |',
        ),
      );
      const [locatie, antwoord] = structure.fields;
      const [row] = structure.tables[0].rows;
      assert.deepEqual(
        structure.placeholders.map((gap) => [gap.text, gap.field?.label, gap.cell?.text]),
        [
          ['[invullen]', 'Locatie', undefined],
          ['[Naam]', undefined, '[Naam]'],
        ],
      );
      assert.equal(structure.placeholders[0].field, locatie);
      assert.equal(structure.placeholders[1].cell, row.cells[0]);
      assert.deepEqual(
        structure.blanks.map((gap) => [gap.field?.label, gap.cell?.text]),
        [
          ['Antwoord', undefined],
          [undefined, undefined],
          [undefined, '___'],
        ],
      );
      assert.equal(structure.blanks[0].field, antwoord);
      assert.equal(structure.blanks[2].cell, row.cells[1]);
    });
  });

  describe('tables', () => {
    it('reads header cells, rows, cell text and state', () => {
      const structure = structureOf(
        joinLines(
          '| Naam | Rol | Sector | Aanwezig |',
          '|------|-----|--------|----------|',
          '| [Naam] | Sectormanager | PO | [ ] |',
          '| Anna de Wit | ___ | | [x] |',
        ),
      );
      assert.equal(structure.tables.length, 1);
      const [table] = structure.tables;
      assert.deepEqual(table.header.map((cell) => cell.text), ['Naam', 'Rol', 'Sector', 'Aanwezig']);
      assert.deepEqual(
        table.rows.map((row) => row.cells.map((cell) => [cell.text, cell.state])),
        [
          [
            ['[Naam]', 'placeholder'],
            ['Sectormanager', 'filled'],
            ['PO', 'filled'],
            ['[ ]', 'filled'],
          ],
          [
            ['Anna de Wit', 'filled'],
            ['___', 'blank'],
            ['', 'empty'],
            ['[x]', 'filled'],
          ],
        ],
      );
      assert.equal(at(structure, table.rows[1].span.start), '4:1');
      assert.equal(table.section, 0);
    });

    it('gives each cell’s trimmed content, without the pipes', () => {
      const structure = structureOf(joinLines('| Vraag | Antwoord |', '|-------|----------|', '| Wie is de eigenaar? | Anna de Wit |'));
      const [table] = structure.tables;
      assert.deepEqual(
        [...table.header, ...table.rows[0].cells].map((cell) => cellSummary(structure, cell)),
        [
          { text: 'Vraag', state: 'filled', content: 'Vraag' },
          { text: 'Antwoord', state: 'filled', content: 'Antwoord' },
          { text: 'Wie is de eigenaar?', state: 'filled', content: 'Wie is de eigenaar?' },
          { text: 'Anna de Wit', state: 'filled', content: 'Anna de Wit' },
        ],
      );
    });

    it('gives an empty cell the white space between its pipes as content span, also in the last column', () => {
      const structure = structureOf(joinLines('| Afspraak | Verantwoordelijke | Deadline |', '|---|---|---|', '| |  | |'));
      const cells = structure.tables[0].rows[0].cells;
      assert.deepEqual(
        cells.map((cell) => [cell.state, JSON.stringify(slice(structure, cell.contentSpan))]),
        [
          ['empty', '" "'],
          ['empty', '"  "'],
          ['empty', '" "'],
        ],
      );
      assert.deepEqual(
        cells.map((cell) => at(structure, cell.contentSpan.start)),
        ['3:2', '3:4', '3:7'],
      );
    });
  });

  describe('sections', () => {
    it('builds the heading tree with parent indexes and takes the first H1 as title', () => {
      const structure = structureOf(
        joinLines('Voorwoord', '', '# Sessie Baateigenaren', '', '## Agenda', '', '### Details', '', '## Baten', '', '#### Diep', '', '# Bijlage', '', '## Noten'),
      );
      assert.deepEqual(
        structure.sections.map((section) => [section.index, section.heading?.text, section.heading?.depth, section.parent]),
        [
          [0, undefined, undefined, undefined],
          [1, 'Sessie Baateigenaren', 1, undefined],
          [2, 'Agenda', 2, 1],
          [3, 'Details', 3, 2],
          [4, 'Baten', 2, 1],
          [5, 'Diep', 4, 4],
          [6, 'Bijlage', 1, undefined],
          [7, 'Noten', 2, 6],
        ],
      );
      assert.equal(structure.title?.text, 'Sessie Baateigenaren');
      assert.equal(structure.title?.depth, 1);
      assert.equal(at(structure, structure.title!.span.start), '3:1');
    });

    it('puts fields, choices and tasks in the section they are in', () => {
      const structure = structureOf(
        joinLines('# Titel', '', '**Programma:** X', '', '## Baten', '', '- **PO prioriteit:** [ ] Hoog [ ] Laag', '', '## Vervolgstappen', '', '- [ ] Plannen'),
      );
      assert.deepEqual(structure.fields.map((field) => field.section), [1, 2]);
      assert.deepEqual(structure.choices.map((group) => group.section), [2]);
      assert.deepEqual(structure.tasks.map((task) => task.section), [3]);
    });
  });

  describe('directives', () => {
    it('reads disable, enable, disable-line and disable-next-line with their lines and rules', () => {
      const structure = structureOf(
        joinLines(
          '<!-- session-lint-disable owner-unknown blank -->',
          '',
          'Tekst',
          '',
          '<!-- session-lint-enable -->',
          '',
          'Regel ___ <!-- session-lint-disable-line blank -->',
          '',
          '<!-- session-lint-disable-next-line placeholder, blank -->',
          '[Naam]',
        ),
      );
      assert.deepEqual(
        structure.directives.map((directive) => ({ kind: directive.kind, rules: directive.rules, line: directive.line })),
        [
          { kind: 'disable', rules: ['owner-unknown', 'blank'], line: 1 },
          { kind: 'enable', rules: [], line: 5 },
          { kind: 'disable-line', rules: ['blank'], line: 7 },
          { kind: 'disable-next-line', rules: ['placeholder', 'blank'], line: 9 },
        ],
      );
    });

    it('ignores other comments', () => {
      const structure = structureOf(joinLines('<!-- gewoon commentaar -->', '', '<!-- session-linter-disable blank -->'));
      assert.deepEqual(structure.directives, []);
    });
  });

  describe('CRLF line endings and a byte order mark', () => {
    const lines = [
      '---',
      'template: baateigenaren',
      '---',
      '',
      '# Sessie Baateigenaren',
      '',
      '**Programma:** Klant in Beeld',
      '**Datum sessie:** [invullen]',
      '**Locatie:** ___',
      '',
      '| Naam | Rol | Aanwezig |',
      '|------|-----|----------|',
      '| [Naam] | Sectormanager | [ ] |',
      '| Anna de Wit | ___ | [x] |',
      '',
      '### Baat 1: Consistente klantbeleving',
      '- **PO prioriteit:** [ ] Hoog [x] Midden [ ] Laag',
      '- **Baateigenaar:** ___',
      '- Antwoord: [invullen]',
      '',
      '**Wat ging goed:**',
      '',
      'Het tempo.',
      '',
      '<!-- session-lint-disable-next-line blank -->',
      '1. [ ] Vastleggen',
      '2. [x] Plannen',
    ];

    /** Everything found, as text and `line:column` ranges, so offsets in different texts compare. */
    function summary(structure: SheetStructure) {
      const range = (span: Span) => `${at(structure, span.start)}-${at(structure, span.end)}`;
      return {
        title: structure.title && [structure.title.text, range(structure.title.span)],
        frontMatter: structure.frontMatter?.data,
        fields: structure.fields.map((field) => [field.label, field.value, field.state, range(field.labelSpan), range(field.valueSpan)]),
        choices: structure.choices.map((group) => [group.context, range(group.span), group.options.map((option) => [option.label, option.checked, range(option.span)])]),
        checkboxes: structure.checkboxes.map((box) => [box.checked, range(box.span)]),
        tasks: structure.tasks.map((task) => [task.text, task.checked, range(task.span)]),
        blanks: structure.blanks.map((gap) => [gap.text, range(gap.span), gap.field?.label, gap.cell?.text]),
        placeholders: structure.placeholders.map((gap) => [gap.text, range(gap.span), gap.field?.label, gap.cell?.text]),
        cells: structure.tables.flatMap((table) => table.rows.flatMap((row) => row.cells.map((cell) => [cell.text, cell.state, range(cell.span)]))),
        directives: structure.directives.map((directive) => [directive.kind, directive.line]),
      };
    }

    it('finds the same things at the same lines and columns as with LF', () => {
      const lf = structureOf(lines.join('\n'));
      const crlf = structureOf(`\uFEFF${lines.join('\r\n')}`);
      assert.equal(crlf.source.eol, '\r\n');
      assert.equal(crlf.source.text, lf.source.text, 'the normalised text has no BOM and no carriage returns');
      assert.deepEqual(summary(crlf), summary(lf));
    });

    it('places them where an editor shows them', () => {
      const crlf = structureOf(`\uFEFF${lines.join('\r\n')}`);
      const summaryOf = summary(crlf);
      assert.deepEqual(summaryOf.frontMatter, { template: 'baateigenaren' });
      assert.deepEqual(summaryOf.title, ['Sessie Baateigenaren', '5:1-5:23']);
      assert.deepEqual(summaryOf.fields, [
        ['Programma', 'Klant in Beeld', 'filled', '7:1-7:15', '7:16-7:30'],
        ['Datum sessie', '[invullen]', 'placeholder', '8:1-8:18', '8:19-8:29'],
        ['Locatie', '___', 'blank', '9:1-9:13', '9:14-9:17'],
        ['PO prioriteit', '[ ] Hoog [x] Midden [ ] Laag', 'filled', '17:3-17:21', '17:22-17:50'],
        ['Baateigenaar', '___', 'blank', '18:3-18:20', '18:21-18:24'],
        ['Antwoord', '[invullen]', 'placeholder', '19:3-19:12', '19:13-19:23'],
        ['Wat ging goed', 'Het tempo.', 'filled', '21:1-21:19', '23:1-23:11'],
      ]);
      assert.deepEqual(summaryOf.choices, [
        [
          'PO prioriteit',
          '17:22-17:50',
          [
            ['Hoog', false, '17:22-17:25'],
            ['Midden', true, '17:31-17:34'],
            ['Laag', false, '17:42-17:45'],
          ],
        ],
      ]);
      assert.deepEqual(summaryOf.checkboxes, [
        [false, '13:28-13:31'],
        [true, '14:23-14:26'],
      ]);
      assert.deepEqual(summaryOf.tasks, [
        ['Vastleggen', false, '26:4-26:7'],
        ['Plannen', true, '27:4-27:7'],
      ]);
      assert.deepEqual(summaryOf.blanks, [
        ['___', '9:14-9:17', 'Locatie', undefined],
        ['___', '14:17-14:20', undefined, '___'],
        ['___', '18:21-18:24', 'Baateigenaar', undefined],
      ]);
      assert.deepEqual(summaryOf.placeholders, [
        ['[invullen]', '8:19-8:29', 'Datum sessie', undefined],
        ['[Naam]', '13:3-13:9', undefined, '[Naam]'],
        ['[invullen]', '19:13-19:23', 'Antwoord', undefined],
      ]);
      assert.deepEqual(summaryOf.directives, [['disable-next-line', 25]]);
    });
  });
});
