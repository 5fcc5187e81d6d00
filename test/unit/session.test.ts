import assert from 'node:assert/strict';
import { builtInTemplates } from '../../src/core/index';
import { buildStructure } from '../../src/core/model/build';
import { interpretSession, type Benefit, type SessionModel } from '../../src/core/model/session';
import { parseMarkdown } from '../../src/core/parse';
import { toSourceText } from '../../src/core/source';
import { joinLines, USER_SHEET } from '../support/documents';

const TEMPLATE = builtInTemplates().templates[0];

function sessionOf(text: string): SessionModel {
  const source = toSourceText(text);
  const structure = buildStructure(parseMarkdown(source.text), source, { answerLabels: TEMPLATE.answerLabels });
  return interpretSession(structure, TEMPLATE);
}

/** Which ownership checks (by their position in the sheet) a benefit has. */
function checkIndexes(session: SessionModel, benefit: Benefit): number[] {
  return benefit.checks.map((check) => session.ownershipChecks.indexOf(check));
}

function checkTable(owner: string, answer = '[ ] Ja [ ] Nee'): string[] {
  return [
    '| Vraag | Antwoord |',
    '|-------|----------|',
    `| Wie is de eigenaar van deze baat? | ${owner} |`,
    `| Is dat expliciet uitgesproken? | ${answer} |`,
    '',
  ];
}

const TITLE = ['# Sessie Baateigenaren', ''];

describe('a sheet read through the baateigenaren template', () => {
  it('uses the built-in template', () => {
    assert.equal(TEMPLATE.id, 'baateigenaren');
  });

  describe('participants', () => {
    it('reads name, role, sector and the attendance box; skips empty rows', () => {
      const session = sessionOf(
        joinLines(
          ...TITLE,
          '| Naam | Rol | Sector | Aanwezig |',
          '|------|-----|--------|----------|',
          '| Anna de Wit | Sectormanager | PO | [x] |',
          '| Bram Jansen | Sectormanager | VO | [ ] |',
          '| | | | [ ] |',
          '| Dirk Vos | Programmamanager | - | ja |',
        ),
      );
      assert.deepEqual(
        session.participants.map((participant) => [participant.name, participant.role, participant.sector, participant.present?.checked]),
        [
          ['Anna de Wit', 'Sectormanager', 'PO', true],
          ['Bram Jansen', 'Sectormanager', 'VO', false],
          ['Dirk Vos', 'Programmamanager', '-', undefined],
        ],
      );
      assert.equal(session.participants[0].nameCell.text, 'Anna de Wit');
      assert.equal(session.participants[1].row, session.tables[0].rows[1]);
      assert.equal(session.tableKinds.get(session.tables[0]), 'participants');
    });

    it('keeps rows whose name is still a placeholder', () => {
      const session = sessionOf(USER_SHEET);
      assert.deepEqual(
        session.participants.map((participant) => [participant.name, participant.nameCell.state, participant.role, participant.sector, participant.present?.checked]),
        [
          ['[Naam]', 'placeholder', 'Sectormanager', 'PO', false],
          ['[Naam]', 'placeholder', 'Sectormanager', 'VO', false],
          ['[Naam]', 'placeholder', 'Sectormanager', 'ZAK', false],
          ['[Naam]', 'placeholder', 'Programmamanager', '-', false],
        ],
      );
    });

    it('finds the columns by header whatever their order', () => {
      const session = sessionOf(joinLines(...TITLE, '| Aanwezig | Sector | Naam |', '|---|---|---|', '| [x] | ZAK | Carla Smit |'));
      assert.deepEqual(
        session.participants.map((participant) => [participant.name, participant.role, participant.sector, participant.present?.checked]),
        [['Carla Smit', '', 'ZAK', true]],
      );
    });
  });

  describe('the agenda', () => {
    it('reads each item’s start and duration in minutes', () => {
      const session = sessionOf(USER_SHEET);
      assert.equal(session.agendas.length, 1);
      assert.deepEqual(
        session.agendas[0].items.map((item) => [item.start, item.duration]),
        [
          [0, 15],
          [15, 20],
          [35, 30],
          [65, 10],
          [75, 30],
          [105, 15],
        ],
      );
      assert.equal(session.agendas[0].items[2].startCell.text, '00:35');
      assert.equal(session.agendas[0].items[2].durationCell.text, '30 min');
    });

    it('leaves what is not a time or a duration undefined and skips empty rows', () => {
      const session = sessionOf(
        joinLines(...TITLE, '| Starttijd | Onderdeel | Duur |', '|---|---|---|', '| 9.30 | Opening | 1 uur |', '| straks | Pauze | even |', '| | | |', '| 10:45 | Afsluiting | 1u30 |'),
      );
      assert.deepEqual(
        session.agendas[0].items.map((item) => [item.start, item.duration]),
        [
          [570, 60],
          [undefined, undefined],
          [645, 90],
        ],
      );
      assert.equal(session.tableKinds.get(session.tables[0]), 'agenda');
    });
  });

  describe('benefits', () => {
    it('reads the six benefits of the user’s sheet with number, title, owner and priorities', () => {
      const session = sessionOf(USER_SHEET);
      assert.deepEqual(
        session.benefits.map((benefit) => [benefit.number, benefit.title]),
        [
          [1, 'Consistente klantbeleving'],
          [2, 'Hogere klanttevredenheid'],
          [3, 'Efficiëntere klantprocessen'],
          [4, 'Betere klantinzichten'],
          [5, 'Sterkere klantrelaties'],
          [6, 'Outside-in cultuur'],
        ],
      );
      for (const benefit of session.benefits) {
        assert.equal(benefit.owner?.label, 'Baateigenaar');
        assert.equal(benefit.owner?.state, 'blank');
        assert.deepEqual(benefit.priorities.map((group) => group.context), ['PO prioriteit', 'VO prioriteit', 'ZAK prioriteit']);
        assert.deepEqual(benefit.priorities.map((group) => group.options.map((option) => option.label)), [
          ['Hoog', 'Midden', 'Laag'],
          ['Hoog', 'Midden', 'Laag'],
          ['Hoog', 'Midden', 'Laag'],
        ]);
        assert.equal(benefit.heading.text, `Baat ${benefit.number}: ${benefit.title}`);
        assert.equal(session.sections[benefit.section].heading, benefit.heading);
      }
    });

    it('reads a filled-in owner and chosen priorities', () => {
      const session = sessionOf(
        joinLines(
          ...TITLE,
          '### Baat 2: Hogere klanttevredenheid',
          '- **PO prioriteit:** [ ] Hoog [x] Midden [ ] Laag',
          '- **ZAK prioriteit:** [x] Hoog [ ] Midden [ ] Laag',
          '- **Baateigenaar:** Bram Jansen',
          '',
          '#### Toelichting',
          '',
          '- **VO prioriteit:** [ ] Hoog [ ] Midden [x] Laag',
        ),
      );
      const [benefit] = session.benefits;
      assert.equal(benefit.number, 2);
      assert.equal(benefit.title, 'Hogere klanttevredenheid');
      assert.equal(benefit.owner?.value, 'Bram Jansen');
      assert.equal(benefit.owner?.state, 'filled');
      assert.deepEqual(
        benefit.priorities.map((group) => [group.context, group.options.find((option) => option.checked)?.label]),
        [
          ['PO prioriteit', 'Midden'],
          ['ZAK prioriteit', 'Hoog'],
          ['VO prioriteit', 'Laag'],
        ],
        'a sub-section of a benefit belongs to it',
      );
    });

    it('takes the heading as title when the benefit has none, and takes nothing outside benefit headings', () => {
      const session = sessionOf(joinLines(...TITLE, '**Baateigenaar:** Anna', '', '### Baat 7', '- **Baateigenaar:** ___', '', '### Overige baten', '- **Baateigenaar:** Bram'));
      assert.deepEqual(
        session.benefits.map((benefit) => [benefit.number, benefit.title, benefit.owner?.value]),
        [[7, 'Baat 7', '___']],
      );
    });

    it('does not count the answers of an ownership check under the benefit as priorities', () => {
      const session = sessionOf(
        joinLines(
          ...TITLE,
          '### Baat 1: Consistente klantbeleving',
          '- **PO prioriteit:** [x] Hoog [ ] Midden [ ] Laag',
          '- **Baateigenaar:** Anna de Wit',
          '',
          '#### Check eigenaarschap',
          '',
          ...checkTable('Anna de Wit', '[x] Ja [ ] Nee'),
        ),
      );
      const [benefit] = session.benefits;
      assert.deepEqual(checkIndexes(session, benefit), [0]);
      assert.deepEqual(benefit.priorities.map((group) => group.context), ['PO prioriteit']);
    });
  });

  describe('ownership checks', () => {
    it('reads the owner cell and the answers', () => {
      const session = sessionOf(joinLines(...TITLE, ...checkTable('Anna de Wit', '[x] Ja [ ] Nee')));
      assert.equal(session.ownershipChecks.length, 1);
      const [check] = session.ownershipChecks;
      assert.equal(check.ownerCell?.text, 'Anna de Wit');
      assert.deepEqual(
        check.answers.map((answer) => [answer.question, answer.cell.text, answer.group?.options.map((option) => [option.label, option.checked])]),
        [
          [
            'Is dat expliciet uitgesproken?',
            '[x] Ja [ ] Nee',
            [
              ['Ja', true],
              ['Nee', false],
            ],
          ],
        ],
      );
      assert.equal(session.tableKinds.get(check.table), 'ownershipCheck');
    });

    it('belongs to the benefit whose section it is in', () => {
      const session = sessionOf(
        joinLines(
          ...TITLE,
          '### Baat 1: Consistente klantbeleving',
          '- **Baateigenaar:** Anna de Wit',
          '',
          ...checkTable('Anna de Wit'),
          '### Baat 2: Hogere klanttevredenheid',
          '- **Baateigenaar:** Anna de Wit',
          '',
        ),
      );
      assert.deepEqual(
        session.benefits.map((benefit) => checkIndexes(session, benefit)),
        [[0], []],
        'a check in a benefit’s own section is not shared with the owner’s other benefits',
      );
    });

    it('belongs to the benefits a heading in another section names by number', () => {
      const session = sessionOf(
        joinLines(
          ...TITLE,
          '## Baten',
          '',
          '### Baat 1: Consistente klantbeleving',
          '- **Baateigenaar:** Anna de Wit',
          '',
          '### Baat 2: Hogere klanttevredenheid',
          '- **Baateigenaar:** Bram Jansen',
          '',
          '### Baat 3: Efficiëntere klantprocessen',
          '- **Baateigenaar:** Carla Smit',
          '',
          '## Check eigenaarschap baten 1 en 3',
          '',
          ...checkTable('Anna de Wit'),
          '## Check: Eigenaarschap',
          '',
          '### Baat 2',
          '',
          ...checkTable('Bram Jansen'),
        ),
      );
      assert.equal(session.benefits.length, 3, 'a heading that names a listed benefit does not add one');
      assert.deepEqual(
        session.benefits.map((benefit) => checkIndexes(session, benefit)),
        [[0], [1], [0]],
      );
    });

    it('belongs to the benefit a heading in another section names by title', () => {
      const session = sessionOf(
        joinLines(
          ...TITLE,
          '### Baat 1: Consistente klantbeleving',
          '- **Baateigenaar:** Anna de Wit',
          '',
          '### Baat 2: Hogere klanttevredenheid',
          '- **Baateigenaar:** Anna de Wit',
          '',
          '## Check eigenaarschap',
          '',
          '### Hogere klanttevredenheid',
          '',
          ...checkTable('Anna de Wit'),
        ),
      );
      assert.deepEqual(
        session.benefits.map((benefit) => checkIndexes(session, benefit)),
        [[], [0]],
      );
    });

    it('otherwise belongs to the benefits of the owner it names, first name or full name', () => {
      const session = sessionOf(
        joinLines(
          ...TITLE,
          '### Baat 1: Consistente klantbeleving',
          '- **Baateigenaar:** Anna',
          '',
          '### Baat 2: Hogere klanttevredenheid',
          '- **Baateigenaar:** Bram Jansen',
          '',
          '### Baat 3: Efficiëntere klantprocessen',
          '- **Baateigenaar:** Ánna de Wit',
          '',
          '## Check: Eigenaarschap (P2)',
          '',
          ...checkTable('Anna de Wit (PO)'),
          '## Nog een check',
          '',
          ...checkTable('[Naam]'),
          '## En nog een',
          '',
          ...checkTable('Dirk Vos'),
        ),
      );
      assert.deepEqual(
        session.benefits.map((benefit) => checkIndexes(session, benefit)),
        [[0], [], [0]],
      );
      assert.equal(session.ownershipChecks.length, 3);
    });

    it('in the user’s sheet belongs to no benefit while its owner is empty', () => {
      const session = sessionOf(USER_SHEET);
      assert.equal(session.ownershipChecks.length, 1);
      assert.equal(session.ownershipChecks[0].ownerCell?.state, 'empty');
      assert.deepEqual(
        session.ownershipChecks[0].answers.map((answer) => answer.question),
        ['Is dat expliciet uitgesproken?', 'Heeft de eigenaar dit zelf gekozen?', 'Is er commitment van de eigenaar?'],
      );
      assert.ok(session.benefits.every((benefit) => benefit.checks.length === 0));
    });
  });

  describe('agreements', () => {
    it('reads agreement, responsible person and deadline per row', () => {
      const session = sessionOf(
        joinLines(...TITLE, '| Afspraak | Verantwoordelijke | Deadline |', '|---|---|---|', '| Vastleggen | Anna de Wit | 1 december |', '| Plannen | | |', '| | | |'),
      );
      assert.deepEqual(
        session.agreements.map((agreement) => [agreement.agreement.text, agreement.responsible.text, agreement.deadline.text, agreement.deadline.state]),
        [
          ['Vastleggen', 'Anna de Wit', '1 december', 'filled'],
          ['Plannen', '', '', 'empty'],
          ['', '', '', 'empty'],
        ],
      );
      assert.equal(session.tableKinds.get(session.tables[0]), 'agreements');
    });

    it('gives a short row an empty cell for the missing column', () => {
      const session = sessionOf(joinLines(...TITLE, '| Afspraken | Verantwoordelijke | Deadline |', '|---|---|---|', '| Vastleggen | Anna |'));
      const [agreement] = session.agreements;
      assert.equal(agreement.responsible.text, 'Anna');
      assert.equal(agreement.deadline.text, '');
      assert.equal(agreement.deadline.state, 'empty');
    });
  });

  describe('what more specific rules speak for', () => {
    it('ownerFields are the benefits’ owner fields only', () => {
      const session = sessionOf(USER_SHEET);
      assert.equal(session.ownerFields.size, 6);
      assert.deepEqual(
        [...session.ownerFields].map((field) => field.label),
        Array(6).fill('Baateigenaar'),
      );
      assert.deepEqual(
        session.benefits.map((benefit) => benefit.owner !== undefined && session.ownerFields.has(benefit.owner)),
        Array(6).fill(true),
      );
      const programma = session.fields.find((field) => field.label === 'Programma');
      assert.ok(programma);
      assert.equal(session.ownerFields.has(programma), false);
    });

    it('coveredCells are every agreement cell and the answer cells of ownership checks, not their questions', () => {
      const session = sessionOf(USER_SHEET);
      const kindOf = (kind: string) => session.tables.find((table) => session.tableKinds.get(table) === kind)!;
      const agreements = kindOf('agreements');
      const check = kindOf('ownershipCheck');
      const participants = kindOf('participants');
      for (const row of agreements.rows) for (const cell of row.cells) assert.ok(session.coveredCells.has(cell));
      for (const row of check.rows) {
        assert.equal(session.coveredCells.has(row.cells[0]), false, row.cells[0].text);
        assert.equal(session.coveredCells.has(row.cells[1]), true, row.cells[0].text);
      }
      for (const row of participants.rows) for (const cell of row.cells) assert.equal(session.coveredCells.has(cell), false);
      assert.equal(session.coveredCells.size, 3 * 3 + 4);
    });
  });
});
