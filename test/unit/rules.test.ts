import assert from 'node:assert/strict';
import { RULES, RULE_IDS } from '../../src/core/index';
import { analyzeSheet, applyEdits, findingKeys, joinLines, USER_SHEET } from '../support/documents';

const TITLE = '# Sessie Baateigenaren';

const PARTICIPANTS = [
  '## Deelnemers',
  '',
  '| Naam | Rol | Sector | Aanwezig |',
  '|------|-----|--------|----------|',
  '| Anna de Wit | Sectormanager | PO | [x] |',
  '| Bram Jansen | Sectormanager | VO | [ ] |',
  '| Carla Smit | Sectormanager | ZAK | [x] |',
  '| Dirk Vos | Programmamanager | - | [x] |',
  '',
];

/** A benefit block with the given owner value, every priority chosen. */
function benefit(number: number, owner: string): string[] {
  return [
    `### Baat ${number}: Consistente klantbeleving`,
    '- **PO prioriteit:** [x] Hoog [ ] Midden [ ] Laag',
    `- **Baateigenaar:** ${owner}`,
    '',
  ];
}

function check(owner: string, answers: [string, string, string] = ['[x] Ja [ ] Nee', '[x] Ja [ ] Nee', '[x] Ja [ ] Nee']): string[] {
  return [
    '| Vraag | Antwoord |',
    '|-------|----------|',
    `| Wie is de eigenaar van deze baat? | ${owner} |`,
    `| Is dat expliciet uitgesproken? | ${answers[0]} |`,
    `| Heeft de eigenaar dit zelf gekozen? | ${answers[1]} |`,
    `| Is er commitment van de eigenaar? | ${answers[2]} |`,
    '',
  ];
}

function only(text: string, rule: string): string[] {
  return findingKeys(analyzeSheet(text), rule);
}

function fixesOf(text: string, rule: string) {
  const finding = analyzeSheet(text).findings.find((candidate) => candidate.rule === rule);
  assert.ok(finding, `expected a ${rule} finding`);
  return finding.fixes;
}

describe('the rule registry', () => {
  it('has one module per rule with a unique, stable id', () => {
    assert.deepEqual(RULE_IDS, [
      'task-open',
      'choice-missing',
      'choice-multiple',
      'blank',
      'placeholder',
      'field-empty',
      'row-incomplete',
      'agenda-time',
      'agenda-total',
      'owner-missing',
      'owner-deflected',
      'owner-unknown',
      'owner-absent',
      'ownership-unconfirmed',
      'ownership-unchecked',
      'ownership-mismatch',
      'agreement-incomplete',
      'participants-count',
      'role-missing',
      'role-advised',
      'journeys-per-session',
      'journey-title',
      'planning-order',
      'invitation-sender',
      'attribution',
    ]);
    for (const rule of RULES) {
      assert.ok(rule.description.nl && rule.description.en, `${rule.id} is described in both languages`);
    }
  });

  it('gives a file that is no session sheet no findings at all', () => {
    const analysis = analyzeSheet(joinLines('# README', '', '- [ ] write docs', '', 'Name: ___ [Naam]', ''));
    assert.equal(analysis.template, undefined);
    assert.deepEqual(analysis.findings, []);
  });
});

describe('task-open', () => {
  it('reports unticked task items in ordered and unordered lists, and ticks them', () => {
    const text = joinLines(TITLE, '', '1. [ ] Plannen', '2. [x] Vastleggen', '- [ ] Terugkoppelen', '');
    assert.deepEqual(only(text, 'task-open'), ['3:4 task-open', '5:3 task-open']);
    const [tick] = fixesOf(text, 'task-open');
    assert.equal(applyEdits(text, tick.edits), text.replace('1. [ ] Plannen', '1. [x] Plannen'));
  });

  it('is info by default', () => {
    const [finding] = analyzeSheet(joinLines(TITLE, '', '- [ ] a', '')).findings;
    assert.equal(finding.severity, 'info');
  });
});

describe('choice-missing and choice-multiple', () => {
  const text = joinLines(TITLE, '', '- **PO prioriteit:** [ ] Hoog [ ] Midden [ ] Laag', '- **VO prioriteit:** [x] Hoog [ ] Midden [X] Laag', '');

  it('finds a group with nothing chosen and one with two chosen', () => {
    assert.deepEqual(findingKeys(analyzeSheet(text)), ['3:22 choice-missing', '4:22 choice-multiple']);
    const multiple = analyzeSheet(text).findings[1];
    assert.equal(multiple.severity, 'error');
    assert.equal(multiple.message, 'More than one VO priority chosen: Hoog and Laag. Choose one.');
  });

  it('offers one fix per option that changes only the boxes', () => {
    const fixes = fixesOf(text, 'choice-missing');
    assert.deepEqual(
      fixes.map((fix) => fix.title),
      ['Choose "Hoog"', 'Choose "Midden"', 'Choose "Laag"'],
    );
    assert.equal(applyEdits(text, fixes[1].edits), text.replace('[ ] Hoog [ ] Midden [ ] Laag', '[ ] Hoog [x] Midden [ ] Laag'));
    const keepLow = fixesOf(text, 'choice-multiple')[2];
    assert.equal(applyEdits(text, keepLow.edits), text.replace("[x] Hoog [ ] Midden [X] Laag", "[ ] Hoog [ ] Midden [X] Laag"));
    for (const edit of keepLow.edits) assert.equal(edit.range.end.column - edit.range.start.column, 1, 'one character per box');
  });

  it('reads Ja/Nee groups in table cells', () => {
    const table = joinLines(TITLE, '', '| Vraag | Antwoord |', '|---|---|', '| Akkoord? | [ ] Ja [ ] Nee |', '');
    const [finding] = analyzeSheet(table).findings;
    assert.equal(finding.rule, 'choice-missing');
    assert.equal(finding.message, 'Ownership check: nothing chosen yet for "Akkoord?" (Ja / Nee).', 'a Vraag/Antwoord table is an ownership check');
  });
});

describe('blank', () => {
  it('reports blanks in answers, not a thematic break, not an owner blank (owner-missing speaks for that)', () => {
    const text = joinLines(TITLE, '', '- Antwoord: ___', '', '___', '', ...benefit(1, '___'));
    assert.deepEqual(findingKeys(analyzeSheet(text)), ['3:13 blank', '9:21 owner-missing']);
    assert.equal(analyzeSheet(text).findings[0].message, '"Antwoord" is not filled in yet.');
  });
});

describe('placeholder', () => {
  it('reports template placeholders but not links, code or footnotes', () => {
    const text = joinLines(TITLE, '', '**Locatie:** [invullen]', '', 'See [the guide](https://example.org), `[Naam]` and this[^1].', '', '[^1]: A note.', '');
    assert.deepEqual(only(text, 'placeholder'), ['3:14 placeholder']);
  });
});

describe('field-empty', () => {
  it('reports a labelled field with nothing after it, not one whose value follows as a list', () => {
    const text = joinLines(TITLE, '', '**Wat ging goed:**', '', '**Wat kan beter:**', '', '- Meer tijd voor de pauze', '', '---', '');
    assert.deepEqual(only(text, 'field-empty'), ['3:1 field-empty']);
  });
});

describe('row-incomplete', () => {
  it('reports a row filled in part, not an empty row, not a full row', () => {
    const text = joinLines(TITLE, '', '| Naam | Rol | Sector | Aanwezig |', '|---|---|---|---|', '| Anna | | PO | [ ] |', '| | | | |', '| Bram | Sectormanager | VO | [x] |', '');
    assert.deepEqual(only(text, 'row-incomplete'), ['5:1 row-incomplete']);
    assert.equal(analyzeSheet(text).findings[0].message, 'Participants, row 1: filled in part: "Rol" is still missing.');
  });
});

describe('agenda-time', () => {
  const agenda = (...rows: string[]) => joinLines(TITLE, '', '| Tijd | Onderdeel | Duur |', '|---|---|---|', ...rows, '');

  it('accepts the user sheet, whose agenda is consistent', () => {
    assert.deepEqual(only(USER_SHEET, 'agenda-time'), []);
  });

  it('flags only the row where the times first go wrong, and recomputes every start time from the first row', () => {
    const text = agenda('| 09:00 | Opening | 15 min |', '| 09:15 | Uitleg | 20 min |', '| 09:40 | Werkvorm | 30 min |', '| 10:10 | Pauze | 10 min |', '| 10:20 | Afsluiting | 15 min |');
    assert.deepEqual(only(text, 'agenda-time'), ['7:3 agenda-time']);
    const finding = analyzeSheet(text).findings[0];
    assert.equal(finding.message, 'Agenda, row 3: start time 09:40 is off (09:15 + 20 min = 09:35).');
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.equal(fixed, agenda('| 09:00 | Opening | 15 min |', '| 09:15 | Uitleg | 20 min |', '| 09:35 | Werkvorm | 30 min |', '| 10:05 | Pauze | 10 min |', '| 10:15 | Afsluiting | 15 min |'));
    assert.deepEqual(only(fixed, 'agenda-time'), []);
  });

  it('reads hours and says when a cell is not a time or a duration', () => {
    assert.deepEqual(only(agenda('| 13:00 | Kick-off | 1,5 uur |', '| 14:30 | Afsluiting | 15 min |'), 'agenda-time'), []);
    const notATime = analyzeSheet(agenda('| 13:00 | Kick-off | 30 min |', '| half twee | Afsluiting | 15 min |')).findings;
    assert.deepEqual(notATime.map((finding) => finding.message), ['Agenda, row 2: "half twee" is not a time (hh:mm).']);
  });
});

describe('agenda-total', () => {
  it('reports the row where the agenda passes the template maximum (120 min)', () => {
    const text = joinLines(TITLE, '', '| Tijd | Onderdeel | Duur |', '|---|---|---|', '| 00:00 | Opening | 60 min |', '| 01:00 | Werkvorm | 60 min |', '| 02:00 | Uitloop | 15 min |', '');
    assert.deepEqual(only(text, 'agenda-total'), ['7:1 agenda-total']);
    assert.equal(analyzeSheet(text).findings[0].message, 'Agenda, row 3: by this row the agenda runs 2 hours 15 min, longer than the 2 hours the template allows.');
  });
});

describe('owner rules', () => {
  it('owner-missing: a blank, a placeholder or nothing; the fix offers the sector managers, not the programme manager', () => {
    const text = joinLines(TITLE, '', ...PARTICIPANTS, ...benefit(1, '___'), ...benefit(2, '[Naam]'), '### Baat 3: Geen veld', '');
    assert.deepEqual(only(text, 'owner-missing'), ['14:21 owner-missing', '18:21 owner-missing', '20:1 owner-missing']);
    const fixes = fixesOf(text, 'owner-missing');
    assert.deepEqual(
      fixes.map((fix) => fix.title),
      ['Make Anna de Wit (Sectormanager, PO) the owner', 'Make Bram Jansen (Sectormanager, VO) the owner', 'Make Carla Smit (Sectormanager, ZAK) the owner'],
    );
    assert.equal(applyEdits(text, fixes[2].edits), text.replace('**Baateigenaar:** ___', '**Baateigenaar:** Carla Smit'));
  });

  it('owner-missing: something that is no name is no owner either, with the same fixes', () => {
    const text = joinLines(TITLE, '', ...PARTICIPANTS, ...benefit(1, '?'), ...benefit(2, 'n.v.t.'), ...benefit(3, 'x'), ...benefit(4, 'Anna'));
    assert.deepEqual(only(text, 'owner-missing'), ['14:21 owner-missing', '18:21 owner-missing', '22:21 owner-missing']);
    assert.deepEqual(only(text, 'owner-unknown'), [], 'no name is not a stranger');
    const finding = analyzeSheet(text).findings.find((candidate) => candidate.rule === 'owner-missing')!;
    assert.equal(finding.message, 'Benefit 1 (Consistente klantbeleving): "?" is not a name; who is the owner?');
    assert.equal(analyzeSheet(text, { language: 'nl' }).findings.find((candidate) => candidate.rule === 'owner-missing')!.message, 'Baat 1 (Consistente klantbeleving): "?" is geen naam; wie is de eigenaar?');
    assert.equal(applyEdits(text, finding.fixes[1].edits), text.replace('**Baateigenaar:** ?', '**Baateigenaar:** Bram Jansen'));
  });

  it('owner-missing on an empty owner field writes the name after the label', () => {
    const text = joinLines(TITLE, '', ...PARTICIPANTS, ...benefit(1, ''));
    const [first] = fixesOf(text, 'owner-missing');
    assert.equal(applyEdits(text, first.edits), text.replace('**Baateigenaar:** ', '**Baateigenaar:** Anna de Wit'));
  });

  it('owner-deflected: the programme by name, or a participant whose role is programme manager', () => {
    const text = joinLines(TITLE, '', ...PARTICIPANTS, ...benefit(1, 'Het programma'), ...benefit(2, 'Programmateam'), ...benefit(3, 'Dirk Vos'), ...benefit(4, 'Anna de Wit'));
    assert.deepEqual(only(text, 'owner-deflected'), ['14:21 owner-deflected', '18:21 owner-deflected', '22:21 owner-deflected']);
    const messages = analyzeSheet(text).findings.filter((finding) => finding.rule === 'owner-deflected').map((finding) => finding.message);
    assert.match(messages[0], /^Benefit 1 \(Consistente klantbeleving\): "Het programma" hands ownership back to the programme \("Dat is van het programma"\)/);
    assert.match(messages[2], /^Benefit 3 \(Consistente klantbeleving\): Dirk Vos is Programmamanager, which puts ownership back with the programme/);
  });

  it('owner-deflected also covers the owner cell of a check and an agreement’s responsible person', () => {
    const text = joinLines(
      TITLE,
      '',
      ...PARTICIPANTS,
      ...benefit(1, 'Anna de Wit'),
      ...check('Het programma'),
      '| Afspraak | Verantwoordelijke | Deadline |',
      '|---|---|---|',
      '| Baten vastleggen | programmabureau | 1-12-2026 |',
      '| Sponsorgroep informeren | Dirk Vos | 8-12-2026 |',
      '',
    );
    assert.deepEqual(only(text, 'owner-deflected'), ['18:39 owner-deflected', '25:22 owner-deflected']);
  });

  it('owner-deflected: a check that repeats its benefit’s deflected owner is one finding, at the benefit', () => {
    for (const [owner, inCheck] of [['Dirk Vos', 'Dirk Vos'], ['Dirk Vos', 'Dirk'], ['Het programma', 'het programma']]) {
      const text = joinLines(TITLE, '', ...PARTICIPANTS, ...benefit(1, owner), ...check(inCheck));
      assert.deepEqual(only(text, 'owner-deflected'), ['14:21 owner-deflected'], `${owner} / ${inCheck}`);
    }
  });

  it('owner-deflected: a check naming another deflected owner than its benefit is a finding of its own', () => {
    const text = joinLines(TITLE, '', ...PARTICIPANTS, ...benefit(1, 'Dirk Vos'), ...check('Het programma'));
    assert.deepEqual(only(text, 'owner-deflected'), ['14:21 owner-deflected', '18:39 owner-deflected']);
    const messages = analyzeSheet(text).findings.filter((finding) => finding.rule === 'owner-deflected').map((finding) => finding.message);
    assert.match(messages[1], /^Benefit 1 \(Consistente klantbeleving\): "Het programma" hands ownership back/);
  });

  it('a quoted sentence in a reflection field is not an owner', () => {
    const text = joinLines(TITLE, '', ...PARTICIPANTS, '## Reflectie facilitator', '', '**Signalen eigenaarschap:** Bram zei "Dat is van het programma".', '');
    assert.deepEqual(findingKeys(analyzeSheet(text)), []);
  });

  it('owner-unknown: someone not in the participants table; a first name alone is known', () => {
    const text = joinLines(TITLE, '', ...PARTICIPANTS, ...benefit(1, 'Eva Bakker'), ...check('Eva Bakker'), ...benefit(2, 'Anna'), ...check('Anna'));
    assert.deepEqual(only(text, 'owner-unknown'), ['14:21 owner-unknown']);
    assert.equal(analyzeSheet(text).findings.find((finding) => finding.rule === 'owner-unknown')?.message, 'Benefit 1 (Consistente klantbeleving): Eva Bakker is not in the participants table; a benefit owner takes part in the session.');
  });

  it('owner-absent: a participant not ticked present; the fix ticks the box', () => {
    const text = joinLines(TITLE, '', ...PARTICIPANTS, ...benefit(1, 'Bram Jansen'), ...check('Bram Jansen'));
    assert.deepEqual(only(text, 'owner-absent'), ['14:21 owner-absent']);
    const [tick] = fixesOf(text, 'owner-absent');
    assert.equal(applyEdits(text, tick.edits), text.replace('| Bram Jansen | Sectormanager | VO | [ ] |', '| Bram Jansen | Sectormanager | VO | [x] |'));
  });
});

describe('ownership rules', () => {
  it('ownership-unconfirmed: a check question answered Nee', () => {
    const text = joinLines(TITLE, '', ...PARTICIPANTS, ...benefit(1, 'Anna de Wit'), ...check('Anna de Wit', ['[x] Ja [ ] Nee', '[ ] Ja [x] Nee', '[x] Ja [ ] Nee']));
    assert.deepEqual(findingKeys(analyzeSheet(text)), ['20:41 ownership-unconfirmed']);
    assert.equal(analyzeSheet(text).findings[0].message, `Benefit 1 (Consistente klantbeleving): "Heeft de eigenaar dit zelf gekozen?" is answered No: Anna de Wit's ownership is not confirmed.`);
  });

  it('ownership-unchecked: an assigned benefit without a check; the fix inserts the check table after the benefit', () => {
    const text = joinLines(TITLE, '', ...PARTICIPANTS, ...benefit(1, 'Anna de Wit'), '## Afspraken', '');
    assert.deepEqual(findingKeys(analyzeSheet(text)), ['14:21 ownership-unchecked']);
    const [insert] = fixesOf(text, 'ownership-unchecked');
    const fixed = applyEdits(text, insert.edits);
    assert.equal(
      fixed,
      joinLines(
        TITLE,
        '',
        ...PARTICIPANTS,
        '### Baat 1: Consistente klantbeleving',
        '- **PO prioriteit:** [x] Hoog [ ] Midden [ ] Laag',
        '- **Baateigenaar:** Anna de Wit',
        '',
        '| Vraag | Antwoord |',
        '|-------|----------|',
        '| Wie is de eigenaar van deze baat? | Anna de Wit |',
        '| Is dat expliciet uitgesproken? | [ ] Ja [ ] Nee |',
        '| Heeft de eigenaar dit zelf gekozen? | [ ] Ja [ ] Nee |',
        '| Is er commitment van de eigenaar? | [ ] Ja [ ] Nee |',
        '',
        '## Afspraken',
        '',
      ),
    );
    const after = analyzeSheet(fixed);
    assert.deepEqual(
      after.findings.map((finding) => finding.rule),
      ['choice-missing', 'choice-missing', 'choice-missing'],
      'the inserted check is found and tied to the benefit; what is left is answering it',
    );
  });

  it('ownership-unchecked: a check that names no owner', () => {
    const text = joinLines(TITLE, '', ...PARTICIPANTS, ...benefit(1, 'Anna de Wit'), ...check(''));
    assert.deepEqual(findingKeys(analyzeSheet(text)), ['14:21 ownership-unchecked']);
    assert.equal(analyzeSheet(text).findings[0].message, 'Benefit 1 (Consistente klantbeleving): the ownership check names no owner; fill in "Wie is de eigenaar van deze baat?".');
  });

  it('ownership-mismatch: the benefit’s check asks someone else; the fix asks the owner and clears the answers', () => {
    const text = joinLines(TITLE, '', ...PARTICIPANTS, ...benefit(1, 'Anna de Wit'), ...check('Carla Smit', ['[x] Ja [ ] Nee', '[ ] Ja [x] Nee', '[ ] Ja [ ] Nee']));
    assert.deepEqual(only(text, 'ownership-mismatch'), ['18:39 ownership-mismatch']);
    const finding = analyzeSheet(text).findings.find((candidate) => candidate.rule === 'ownership-mismatch')!;
    assert.equal(finding.severity, 'warning');
    assert.ok(finding.ownership);
    assert.equal(finding.message, 'Benefit 1 (Consistente klantbeleving): the ownership check asks Carla Smit, but the owner is Anna de Wit; ask Anna de Wit the questions again.');
    assert.equal(
      analyzeSheet(text, { language: 'nl' }).findings.find((candidate) => candidate.rule === 'ownership-mismatch')!.message,
      'Baat 1 (Consistente klantbeleving): de eigenaarschapscheck vraagt Carla Smit, maar de eigenaar is Anna de Wit; stel de vragen opnieuw aan Anna de Wit.',
    );
    const [ask] = finding.fixes;
    assert.equal(ask.title, 'Put Anna de Wit in the check and clear its answers');
    const fixed = applyEdits(text, ask.edits);
    assert.equal(fixed, joinLines(TITLE, '', ...PARTICIPANTS, ...benefit(1, 'Anna de Wit'), ...check('Anna de Wit', ['[ ] Ja [ ] Nee', '[ ] Ja [ ] Nee', '[ ] Ja [ ] Nee'])));
    for (const edit of ask.edits.slice(1)) assert.equal(edit.range.end.column - edit.range.start.column, 1, 'one character per box');
    assert.deepEqual(only(fixed, 'ownership-mismatch'), []);
  });

  it('ownership-mismatch: quiet when a check names the owner, when no check names anyone, or when the check names the programme', () => {
    const withChecks = (...checks: string[][]) => joinLines(TITLE, '', ...PARTICIPANTS, ...benefit(1, 'Anna de Wit'), ...checks.flat());
    assert.deepEqual(only(withChecks(check('Anna')), 'ownership-mismatch'), [], 'a first name alone is the owner');
    assert.deepEqual(only(withChecks(check('Carla Smit'), check('Anna de Wit')), 'ownership-mismatch'), [], 'one of its checks asks the owner');
    assert.deepEqual(only(withChecks(check('')), 'ownership-mismatch'), [], 'ownership-unchecked speaks');
    assert.deepEqual(findingKeys(analyzeSheet(withChecks(check('Het programma')))), ['18:39 owner-deflected'], 'one finding, owner-deflected’s');
    const deflectedOwner = joinLines(TITLE, '', ...PARTICIPANTS, ...benefit(1, 'Het programma'), ...check('Carla Smit'));
    assert.deepEqual(only(deflectedOwner, 'ownership-mismatch'), [], 'the owner is owner-deflected’s');
  });

  it('ownership-mismatch: a check shared by two benefits is reported without a fix', () => {
    const text = joinLines(
      TITLE,
      '',
      ...PARTICIPANTS,
      ...benefit(1, 'Anna de Wit'),
      ...benefit(2, 'Bram Jansen'),
      '## Check: Eigenaarschap (P2)',
      '',
      '### Baten 1 en 2',
      '',
      ...check('Carla Smit'),
    );
    const found = analyzeSheet(text).findings.filter((finding) => finding.rule === 'ownership-mismatch');
    assert.deepEqual(
      found.map((finding) => [finding.message, finding.fixes.length]),
      [['Ownership check for benefits 1 and 2: the ownership check asks Carla Smit, but the owners are Anna de Wit and Bram Jansen; ask them the questions again.', 0]],
      'one finding for the one cell, and no fix: the check cannot ask two people',
    );
  });

  it('ties a check to a benefit by a heading that names it, in the check section', () => {
    const text = joinLines(TITLE, '', ...PARTICIPANTS, ...benefit(1, 'Anna de Wit'), '## Check: Eigenaarschap (P2)', '', '### Baat 1', '', ...check('Anna de Wit'));
    assert.deepEqual(findingKeys(analyzeSheet(text)), []);
  });
});

describe('agreement-incomplete', () => {
  const agreements = (...rows: string[]) => joinLines(TITLE, '', ...PARTICIPANTS, '| Afspraak | Verantwoordelijke | Deadline |', '|---|---|---|', ...rows, '');

  it('reports a missing responsible person or deadline, and a deadline that is not a date; empty rows are open', () => {
    const text = agreements('| Baten vastleggen | Anna de Wit | 1 december 2026 |', '| Businesscase | | week 3 |', '| Terugkoppeling | Bram Jansen | binnenkort |', '| | | |');
    assert.deepEqual(only(text, 'agreement-incomplete'), ['15:1 agreement-incomplete', '16:1 agreement-incomplete']);
    const messages = analyzeSheet(text).findings.filter((finding) => finding.rule === 'agreement-incomplete').map((finding) => finding.message);
    assert.deepEqual(messages, ['Agreements, row 2: "Businesscase" lacks a responsible person.', 'Agreements, row 3: deadline "binnenkort" of "Terugkoppeling" is not a date.']);
  });

  it('fills an empty responsible cell from the participants', () => {
    const text = agreements('| Businesscase | | 2026-12-01 |');
    const [first] = fixesOf(text, 'agreement-incomplete');
    assert.equal(applyEdits(text, first.edits), text.replace('| Businesscase | | 2026-12-01 |', '| Businesscase | Anna de Wit | 2026-12-01 |'));
  });
});

describe('severities', () => {
  it('on the blank sheet only the six missing owners warn; every other finding is information', () => {
    const findings = analyzeSheet(USER_SHEET).findings;
    const warnings = findings.filter((finding) => finding.severity === 'warning');
    assert.equal(warnings.length, 6);
    assert.ok(warnings.every((finding) => finding.rule === 'owner-missing' && finding.ownership));
    assert.deepEqual(findings.filter((finding) => finding.severity !== 'warning').map((finding) => finding.severity), Array(findings.length - 6).fill('info'));
  });

  it('ownership rules are marked as such, stay warnings, and findings carry the mark', () => {
    const ownership = RULES.filter((rule) => rule.ownership).map((rule) => rule.id);
    assert.deepEqual(ownership, ['owner-missing', 'owner-deflected', 'owner-unknown', 'owner-absent', 'ownership-unconfirmed', 'ownership-unchecked', 'ownership-mismatch', 'agreement-incomplete']);
    for (const rule of RULES) {
      if (rule.ownership) assert.equal(rule.defaultSeverity, 'warning', rule.id);
      else if (rule.openItem) assert.equal(rule.defaultSeverity, 'info', `${rule.id} is an open item, not about ownership`);
    }
    assert.equal(RULES.find((rule) => rule.id === 'choice-multiple')?.defaultSeverity, 'error', 'defects keep their level');
    assert.equal(RULES.find((rule) => rule.id === 'agenda-time')?.defaultSeverity, 'warning');
    const findings = analyzeSheet(USER_SHEET).findings;
    assert.ok(findings.some((finding) => finding.rule === 'choice-missing' && !finding.ownership));
  });

  it('the status still moves open items: a closed sheet errs on a missing owner, a concept only informs', () => {
    const sheet = (status: string) => joinLines('---', `status: ${status}`, '---', TITLE, '', ...benefit(1, '___').map((line) => line.replace('[x] Hoog', '[ ] Hoog')), '- **VO prioriteit:** [x] Hoog [x] Laag', '');
    const levels = (status: string) => analyzeSheet(sheet(status)).findings.map((finding) => `${finding.rule}:${finding.severity}`).sort();
    assert.deepEqual(levels('afgerond'), ['choice-missing:warning', 'choice-multiple:error', 'owner-missing:error']);
    assert.deepEqual(levels('concept'), ['choice-missing:hint', 'choice-multiple:error', 'owner-missing:info']);
  });

  it('take the caller’s setting over the rule’s default, and off turns a rule off', () => {
    const text = joinLines(TITLE, '', '- [ ] a', '- **PO prioriteit:** [ ] Hoog [ ] Laag', '');
    const analysis = analyzeSheet(text, { severities: { 'task-open': 'error', 'choice-missing': 'off' } });
    assert.deepEqual(
      analysis.findings.map((finding) => `${finding.rule}:${finding.severity}`),
      ['task-open:error'],
    );
  });
});

describe('inline control comments', () => {
  it('disable, enable, disable-line and disable-next-line, per rule or for all', () => {
    const text = joinLines(
      TITLE,
      '',
      '<!-- session-lint-disable task-open -->',
      '- [ ] one',
      '<!-- session-lint-enable task-open -->',
      '- [ ] two',
      '<!-- session-lint-disable-next-line -->',
      '- [ ] three',
      '- [ ] four <!-- session-lint-disable-line task-open -->',
      '- [ ] five',
      '',
    );
    assert.deepEqual(only(text, 'task-open'), ['6:3 task-open', '10:3 task-open']);
  });
});

describe('messages', () => {
  it('come in Dutch and in English', () => {
    const text = joinLines(TITLE, '', '- [ ] Plannen', '');
    assert.equal(analyzeSheet(text, { language: 'nl' }).findings[0].message, 'Taak "Plannen" staat nog open.');
    assert.equal(analyzeSheet(text, { language: 'en' }).findings[0].message, 'Task "Plannen" is still open.');
  });
});

describe('fixes in the last column of a table', () => {
  it('keep the closing pipe: a deflected check owner replaced from the last cell', () => {
    const text = joinLines(TITLE, '', ...PARTICIPANTS, ...benefit(1, 'Anna de Wit'), ...check('Het programma'));
    const finding = analyzeSheet(text).findings.find((candidate) => candidate.rule === 'owner-deflected')!;
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.ok(fixed.includes('| Wie is de eigenaar van deze baat? | Anna de Wit |\n'), fixed);
  });

  it('fill an empty last cell between its pipes', () => {
    const text = joinLines(TITLE, '', ...PARTICIPANTS, ...benefit(1, 'Anna de Wit'), ...check(''));
    const finding = analyzeSheet(text, { templateId: 'baateigenaren' }).findings.find((candidate) => candidate.rule === 'ownership-unchecked')!;
    assert.ok(finding);
    const cell = analyzeSheet(text).session!.ownershipChecks[0].ownerCell!;
    assert.equal(text.slice(cell.contentSpan.start, cell.contentSpan.end).trim(), '');
    assert.ok(!text.slice(cell.contentSpan.start, cell.contentSpan.end).includes('|'));
  });
});
