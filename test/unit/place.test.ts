import assert from 'node:assert/strict';
import { placeOf } from '../../src/core/index';
import type { Benefit } from '../../src/core/model/session';
import { benefitPlace } from '../../src/core/rules/place';
import type { Span } from '../../src/core/source';
import { analyzeSheet, joinLines, USER_SHEET } from '../support/documents';

const TITLE = '# Sessie Baateigenaren';

/** The place of the first occurrence of `needle` in the sheet, in both languages. */
function placeAt(sheet: string, needle: string, nth = 0): { nl: string; en: string } | undefined {
  const session = analyzeSheet(sheet).session!;
  let start = -1;
  for (let index = 0; index <= nth; index++) start = session.source.text.indexOf(needle, start + 1);
  assert.ok(start !== -1, `"${needle}" is in the sheet`);
  const span: Span = { start, end: start + needle.length };
  const place = placeOf(session, span);
  return place && { nl: place.nl, en: place.en };
}

describe('the place of a finding', () => {
  it('inside a benefit, its subsections and its own ownership check: "Baat 3 (…)"', () => {
    const sheet = joinLines(
      TITLE,
      '',
      '### Baat 3: Efficiëntere klantprocessen',
      '- **PO prioriteit:** [ ] Hoog [ ] Laag',
      '',
      '#### Check',
      '',
      '| Vraag | Antwoord |',
      '|---|---|',
      '| Wie is de eigenaar van deze baat? | Anna |',
      '| Is dat expliciet uitgesproken? | [ ] Ja [ ] Nee |',
      '',
      '### Outside-in cultuur',
      '',
      '- **Baateigenaar:** ___',
      '',
    );
    const benefit3 = { nl: 'Baat 3 (Efficiëntere klantprocessen)', en: 'Benefit 3 (Efficiëntere klantprocessen)' };
    assert.deepEqual(placeAt(sheet, '[ ] Hoog'), benefit3);
    assert.deepEqual(placeAt(sheet, '[ ] Ja'), benefit3, 'the check under the benefit, in a subsection');
    assert.deepEqual(placeAt(sheet, '### Baat 3'), benefit3, 'the heading itself');
  });

  it('a benefit without a number goes by its title; one without a title by its number', () => {
    const heading = (text: string) => ({ text, depth: 3, span: { start: 0, end: 0 } });
    const bare = { number: undefined, title: 'Outside-in cultuur', heading: heading('Outside-in cultuur') } as Benefit;
    assert.deepEqual(benefitPlace(bare), { nl: 'Outside-in cultuur', en: 'Outside-in cultuur' });
    const untitled = { number: 2, title: 'Baat 2', heading: heading('Baat 2') } as Benefit;
    assert.deepEqual(benefitPlace(untitled), { nl: 'Baat 2', en: 'Benefit 2' });
  });

  it('a check elsewhere that belongs to one benefit is that benefit’s; one of several names them', () => {
    const owner = (number: number, name: string) => [`### Baat ${number}: Titel ${number}`, `- **Baateigenaar:** ${name}`, ''];
    const check = (name: string) => ['| Vraag | Antwoord |', '|---|---|', `| Wie is de eigenaar van deze baat? | ${name} |`, '| Is dat expliciet uitgesproken? | [ ] Ja [ ] Nee |', ''];
    const sheet = joinLines(TITLE, '', ...owner(1, 'Anna de Wit'), ...owner(2, 'Bram Jansen'), ...owner(3, 'Anna de Wit'), '## Check: Eigenaarschap (P2)', '', ...check('Bram Jansen'), ...check('Anna de Wit'), ...check('Kees'));
    assert.deepEqual(placeAt(sheet, '[ ] Ja', 0), { nl: 'Baat 2 (Titel 2)', en: 'Benefit 2 (Titel 2)' });
    assert.deepEqual(placeAt(sheet, '[ ] Ja', 1), { nl: 'Eigenaarschapscheck voor baat 1 en 3', en: 'Ownership check for benefits 1 and 3' });
    assert.deepEqual(placeAt(sheet, '[ ] Ja', 2), { nl: 'Eigenaarschapscheck', en: 'Ownership check' });
  });

  it('in a row of the participants, agenda or agreements: the table and the row', () => {
    assert.deepEqual(placeAt(USER_SHEET, '| [Naam] | Sectormanager | VO'), { nl: 'Deelnemers, rij 2', en: 'Participants, row 2' });
    assert.deepEqual(placeAt(USER_SHEET, '| 00:35 |'), { nl: 'Agenda, rij 3', en: 'Agenda, row 3' });
    assert.deepEqual(placeAt(USER_SHEET, '| | | |'), { nl: 'Afspraken, rij 1', en: 'Agreements, row 1' });
    assert.deepEqual(placeAt(USER_SHEET, '| Naam | Rol |'), { nl: 'Deelnemers', en: 'Participants' }, 'the header row: the table');
  });

  it('a table’s own heading names it when it says more than the usual name; an ordinary table goes by its heading', () => {
    const sheet = joinLines(
      TITLE,
      '',
      '## Wie doen er mee',
      '',
      '| Naam | Rol | Sector | Aanwezig |',
      '|---|---|---|---|',
      '| Anna | Sectormanager | PO | [x] |',
      '',
      '## Reis 1',
      '',
      '| Stap | Wat doet de inwoner |',
      '|---|---|',
      '| 1 | belt |',
      '',
    );
    assert.deepEqual(placeAt(sheet, '| Anna'), { nl: 'Wie doen er mee, rij 1', en: 'Wie doen er mee, row 1' });
    assert.deepEqual(placeAt(sheet, '| 1 | belt'), { nl: 'Reis 1, rij 1', en: 'Reis 1, row 1' });
  });

  it('elsewhere: the heading it stands under, without a note in brackets; nothing under the title or before any heading', () => {
    assert.deepEqual(placeAt(USER_SHEET, 'Antwoord: ___'), { nl: 'Kernvragen', en: 'Kernvragen' });
    assert.deepEqual(placeAt(USER_SHEET, '**Wat ging goed:**'), { nl: 'Reflectie facilitator', en: 'Reflectie facilitator' });
    assert.equal(placeAt(USER_SHEET, '[invullen]'), undefined, 'the header fields under the title are the sheet itself');
    assert.equal(placeAt(joinLines('---', 'template: baateigenaren', '---', '', '- [ ] a', '', TITLE, ''), '[ ] a'), undefined);
  });
});

describe('messages start with their place', () => {
  it('on the blank sheet every priority message is its own, naming its benefit and sector', () => {
    const priorities = analyzeSheet(USER_SHEET, { language: 'nl' }).findings.filter((finding) => finding.rule === 'choice-missing' && /prioriteit/.test(finding.message));
    assert.equal(priorities.length, 18);
    assert.equal(new Set(priorities.map((finding) => finding.message)).size, 18);
    assert.equal(priorities[6].message, 'Baat 3 (Efficiëntere klantprocessen): nog geen PO-prioriteit gekozen (Hoog / Midden / Laag).');
    const english = analyzeSheet(USER_SHEET, { language: 'en' }).findings.find((finding) => finding.range.start.line === priorities[6].range.start.line)!;
    assert.equal(english.message, 'Benefit 3 (Efficiëntere klantprocessen): no PO priority chosen yet (Hoog / Midden / Laag).');
  });

  it('owner, participant, ownership-check and reflection messages on the blank sheet', () => {
    const messages = analyzeSheet(USER_SHEET, { language: 'nl' }).findings.map((finding) => finding.message);
    assert.ok(messages.includes('Baat 6 (Outside-in cultuur): nog geen eigenaar.'));
    assert.ok(messages.includes('Deelnemers, rij 1: nog geen naam voor Sectormanager PO.'));
    assert.ok(messages.includes('Eigenaarschapscheck: nog niets gekozen bij "Is dat expliciet uitgesproken?" (Ja / Nee).'));
    assert.ok(messages.includes('Reflectie facilitator: "Wat ging goed" is nog leeg.'));
    assert.ok(messages.includes('Kernvragen: "Hoe bouwen we vertrouwen?" is nog niet beantwoord.'), 'four answers, each its own question');
    assert.ok(messages.includes('Plaatshouder [invullen] bij "Datum sessie" is nog niet vervangen.'), 'no place: a capital');
  });

  it('never names the benefit twice', () => {
    for (const language of ['nl', 'en'] as const) {
      for (const finding of analyzeSheet(USER_SHEET, { language }).findings) {
        const benefit = /^(Baat|Benefit) \d+/.exec(finding.message);
        if (benefit) assert.equal(finding.message.split(benefit[0]).length, 2, finding.message);
      }
    }
  });
});
