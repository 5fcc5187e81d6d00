import assert from 'node:assert/strict';
import {
  builtInTemplates,
  candidateNames,
  commitMessage,
  defaultAnswer,
  fillScaffold,
  loadTemplate,
  participantSlots,
  readAnswer,
  sessionFileName,
  slugify,
  type SessionTemplate,
} from '../../src/core/index';
import { analyzeSheet, joinLines } from '../support/documents';

const TODAY = { year: 2026, month: 11, day: 23 };
const builtIn = builtInTemplates().templates.find((template) => template.id === 'baateigenaren') as SessionTemplate & { scaffold: string };
const prompt = (id: string) => builtIn.prompts.find((candidate) => candidate.id === id)!;

describe('new session: prompts', () => {
  it('the built-in template asks for date, title, location, facilitator and participants', () => {
    assert.deepEqual(builtIn.prompts.map((candidate) => candidate.id), ['date', 'title', 'location', 'facilitator', 'participants']);
    assert.equal(defaultAnswer(prompt('date'), TODAY), '2026-11-23');
    assert.equal(defaultAnswer(prompt('location'), TODAY), '');
  });

  it('a date without a year is the next such day, and the sheet gets its year in the same style', () => {
    // Today is 23 November 2026: 12 March has passed this year, 1 December has not.
    assert.deepEqual(readAnswer(prompt('date'), '12 maart', TODAY), { ok: true, value: '12 maart 2027', iso: '2027-03-12' });
    assert.deepEqual(readAnswer(prompt('date'), '1 december', TODAY), { ok: true, value: '1 december 2026', iso: '2026-12-01' });
    assert.deepEqual(readAnswer(prompt('date'), '23 nov', TODAY), { ok: true, value: '23 nov 2026', iso: '2026-11-23' });
    assert.deepEqual(readAnswer(prompt('date'), '5-1', TODAY), { ok: true, value: '5-1-2027', iso: '2027-01-05' });
    assert.deepEqual(readAnswer(prompt('date'), '5/1', TODAY), { ok: true, value: '5/1/2027', iso: '2027-01-05' });
    assert.deepEqual(readAnswer(prompt('date'), 'March 12', TODAY), { ok: true, value: 'March 12, 2027', iso: '2027-03-12' });
    assert.deepEqual(readAnswer(prompt('date'), '29 februari', TODAY), { ok: true, value: '29 februari 2028', iso: '2028-02-29' });
  });

  it('a date must be a real day; it is kept as typed and read as YYYY-MM-DD', () => {
    assert.deepEqual(readAnswer(prompt('date'), ' 12 maart 2027 ', TODAY), { ok: true, value: '12 maart 2027', iso: '2027-03-12' });
    for (const wrong of ['2026-02-30', '31 april', 'morgen', '2027-02-29']) {
      const answer = readAnswer(prompt('date'), wrong, TODAY);
      assert.equal(answer.ok, false, wrong);
      assert.match(answer.ok ? '' : answer.message.nl, /geen bestaande datum/);
    }
    const week = readAnswer(prompt('date'), 'week 12', TODAY);
    assert.match(week.ok ? '' : week.message.en, /A week is not a day/);
    assert.equal(readAnswer(prompt('date'), '', TODAY).ok, false, 'the date is required');
  });

  it('optional answers may stay empty; names are split on commas and semicolons', () => {
    assert.deepEqual(readAnswer(prompt('location'), '  ', TODAY), { ok: true, value: '' });
    assert.deepEqual(readAnswer(prompt('participants'), 'Anna de Vries,  Bram Jansen; Chris Ek ,', TODAY), { ok: true, value: 'Anna de Vries, Bram Jansen, Chris Ek' });
  });

  it('names the open participant rows, so the facilitator knows the order to type names in', () => {
    assert.deepEqual(participantSlots(builtIn), ['Sectormanager PO', 'Sectormanager VO', 'Sectormanager ZAK', 'Programmamanager']);
  });
});

describe('new session: the filled scaffold', () => {
  const answers = { date: '12 maart 2027', title: 'Klant in Beeld, ronde 2', location: 'Stadhuis, zaal 3', facilitator: 'Fatima El Amrani', participants: 'Anna de Vries, Bram Jansen, Chris Ek, Dirk Smit, Eva Mol' };
  const sheet = fillScaffold(builtIn, answers);
  const lines = sheet.split('\n');
  const original = builtIn.scaffold.split('\n');

  it('writes front matter, the heading without "Template:" and the header fields', () => {
    assert.deepEqual(lines.slice(0, 9), [
      '---',
      'template: baateigenaren',
      'templateVersion: 1.0.0',
      'status: concept',
      '---',
      '',
      '# Sessie Baateigenaren: Klant in Beeld, ronde 2',
      '',
      '**Programma:** Klant in Beeld',
    ]);
    assert.ok(lines.includes('**Datum sessie:** 12 maart 2027'));
    assert.ok(lines.includes('**Locatie:** Stadhuis, zaal 3'));
    assert.ok(lines.includes('**Facilitator:** Fatima El Amrani'));
  });

  it('puts names into the participants table in order, and adds rows for the rest', () => {
    const rows = lines.filter((line) => line.startsWith('| ') && line.endsWith('| [ ] |'));
    assert.deepEqual(rows, [
      '| Anna de Vries | Sectormanager | PO | [ ] |',
      '| Bram Jansen | Sectormanager | VO | [ ] |',
      '| Chris Ek | Sectormanager | ZAK | [ ] |',
      '| Dirk Smit | Programmamanager | - | [ ] |',
      '| Eva Mol | | | [ ] |',
    ]);
  });

  it('changes nothing else: every other line is the scaffold’s', () => {
    const changed = new Set(['# Template: Sessie Baateigenaren', '**Datum sessie:** [invullen]', '**Locatie:** [invullen]', '**Facilitator:** [invullen]']);
    const kept = original.filter((line) => !changed.has(line) && !line.startsWith('| [Naam]'));
    const after = lines.slice(6);
    assert.deepEqual(after.filter((line) => kept.includes(line)).length, kept.length);
    assert.equal(after.length, original.length + 1, 'one line more: the fifth participant');
  });

  it('is read as a concept session of its template, with the participants known', () => {
    const analysis = analyzeSheet(sheet);
    assert.equal(analysis.template?.id, 'baateigenaren');
    assert.equal(analysis.status, 'concept');
    assert.deepEqual(analysis.session?.participants.map((participant) => participant.name), ['Anna de Vries', 'Bram Jansen', 'Chris Ek', 'Dirk Smit', 'Eva Mol']);
    assert.ok(!analysis.findings.some((finding) => finding.rule === 'placeholder' && finding.range.start.line < 12), 'the header is filled');
  });

  it('without answers only the heading and the front matter change', () => {
    const bare = fillScaffold(builtIn, {});
    assert.equal(bare, `---\ntemplate: baateigenaren\ntemplateVersion: 1.0.0\nstatus: concept\n---\n\n${builtIn.scaffold.replace('# Template: ', '# ')}`);
  });

  it('keeps CRLF line endings, and existing front matter keys', () => {
    const loaded = loadTemplate({
      file: 'retro.template.json',
      json: JSON.stringify({ id: 'retro', name: { nl: 'Retro', en: 'Retro' }, match: { heading: '^Retro' } }),
      scaffold: joinLines('---', 'team: Zorg', 'status: afgerond', '---', '', '# Template: Retro', '', '**Datum:** ___', '').replace(/\n/g, '\r\n'),
    });
    assert.ok(loaded.ok);
    const filled = fillScaffold(loaded.template as SessionTemplate & { scaffold: string }, { date: '2026-12-01', title: 'Sprint 12' });
    assert.equal(filled, joinLines('---', 'team: Zorg', 'status: concept', 'template: retro', 'templateVersion: 1.0.0', '---', '', '# Retro: Sprint 12', '', '**Datum:** 2026-12-01', '').replace(/\n/g, '\r\n'));
  });
});

describe('new session: file names and commit messages', () => {
  it('slugs are lower case ASCII words', () => {
    assert.equal(slugify('Één ronde: Café & Zorg — 2e keer!'), 'een-ronde-cafe-zorg-2e-keer');
    assert.equal(slugify('Straße Ærø Łódź'), 'strasse-aero-lodz');
    assert.equal(slugify('  ***  '), '');
    assert.equal(slugify('a'.repeat(30) + ' ' + 'b'.repeat(40)), 'a'.repeat(30), 'cut at a word');
  });

  it('the default pattern gives date, template and slug; an empty title leaves no dangling dash', () => {
    const values = { date: '2027-03-12', template: 'baateigenaren', title: 'Klant in Beeld, ronde 2' };
    assert.equal(sessionFileName('{date}-{template}-{slug}.md', { ...values, slug: slugify(values.title) }), '2027-03-12-baateigenaren-klant-in-beeld-ronde-2.md');
    assert.equal(sessionFileName('{date}-{template}-{slug}.md', { ...values, slug: '' }), '2027-03-12-baateigenaren.md');
  });

  it('names are safe on every system, whatever the pattern holds', () => {
    assert.equal(sessionFileName('{slug}.md', { slug: 'con', template: 'x' }), 'con-sessie.md');
    assert.equal(sessionFileName('{title}', { title: 'Wat: nu? <ja>|"nee"*', template: 'x' }), 'wat-nu-ja-nee.md');
    assert.equal(sessionFileName('../{date}/../{slug}..md', { date: '2027-03-12', slug: 'a', template: 'x' }), '2027-03-12/a.md');
    assert.equal(sessionFileName('{slug}', { slug: '', template: 'retro' }), 'retro.md');
    assert.equal(sessionFileName('{date} {template}.md', { date: 'not a date', template: 'retro' }), 'not-a-date-retro.md');
  });

  it('an existing name gets -2, -3, …', () => {
    const names = candidateNames('2027-03-12-retro.md');
    assert.deepEqual([names.next().value, names.next().value, names.next().value], ['2027-03-12-retro.md', '2027-03-12-retro-2.md', '2027-03-12-retro-3.md']);
  });

  it('commit messages fill the pattern; a missing title becomes the template’s name', () => {
    assert.equal(commitMessage('Add session: {title} ({date})', { title: 'Ronde 2', date: '2027-03-12' }), 'Add session: Ronde 2 (2027-03-12)');
    assert.equal(commitMessage('Add session: {title} ({date})', { title: '', templateName: 'Sessie Baateigenaren', date: '2027-03-12' }), 'Add session: Sessie Baateigenaren (2027-03-12)');
    assert.equal(commitMessage('{title} ({date})', {}), 'Add session');
  });
});
