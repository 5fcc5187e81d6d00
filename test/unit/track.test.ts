import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, builtInTemplates, type Analysis } from '../../src/core/index';
import { repoPath } from '../support/paths';
import { applyEdits, joinLines } from '../support/documents';

const TRACK = ['traject', 'kick-off', 'inwonersreis', 'service-blueprint', 'terugkoppeling'];
const fixture = (name: string) => readFileSync(path.join(repoPath('test/fixtures'), name), 'utf8');
const withoutBlock = (text: string) => text.replace(/\n<!-- expected-findings\n[\s\S]*-->\n$/, '');
const run = (text: string, language: 'nl' | 'en' = 'en'): Analysis => analyze(text, { templates: builtInTemplates().templates, language });
const messages = (analysis: Analysis, rule: string) => analysis.findings.filter((finding) => finding.rule === rule).map((finding) => finding.message);

describe('the resident-journey track templates', () => {
  for (const id of TRACK) {
    it(`${id}: the blank fixture is the shipped scaffold, recognised, with nothing done yet`, () => {
      const scaffold = readFileSync(repoPath(`src/templates/${id}.md`), 'utf8');
      assert.equal(withoutBlock(fixture(`${id}-blank.md`)), scaffold);
      const analysis = run(scaffold);
      assert.equal(analysis.template?.id, id);
      assert.equal(analysis.progress?.done, 0);
      assert.ok((analysis.progress?.total ?? 0) > 10);
    });

    it(`${id}: the filled example is recognised and mostly done`, () => {
      const analysis = run(fixture(`${id}-filled.md`));
      assert.equal(analysis.template?.id, id);
      assert.ok(analysis.progress && analysis.progress.done / analysis.progress.total > 0.7);
    });
  }
});

describe('track rules', () => {
  it('journey-title names the ingredients a title still lacks', () => {
    assert.deepEqual(messages(run(fixture('traject-filled.md')), 'journey-title'), ['Journey titles, row 2: journey title "Reis 2" still lacks what the person wants to achieve.']);
  });

  it('planning-order: dates out of order, and a step far from the one before it', () => {
    assert.deepEqual(messages(run(fixture('traject-filled.md'), 'nl'), 'planning-order'), [
      'Planning, rij 3: Service blueprint 1 valt 56 dag(en) na de inwonersreissessies; het traject rekent op 10–21 dagen.',
      'Planning, rij 4: Terugkoppeling staat gepland vóór Service blueprint 1, dat eerder in het traject hoort.',
    ]);
    const spaced = fixture('traject-filled.md').replace('15 maart 2027', '1 februari 2027').replace('5 maart 2027', '19 februari');
    assert.deepEqual(messages(run(spaced), 'planning-order'), [], 'the guide’s spacing; a date without a year takes the year before it');
  });

  it('invitation-sender: an invitation needs someone to send it', () => {
    assert.deepEqual(messages(run(fixture('traject-filled.md')), 'invitation-sender'), ['Invitations, row 2: who sends the invitation for "Medewerkers gemeente"? Fill in a sender.']);
  });

  it('participants-count counts named participants except the facilitator and note-taker', () => {
    assert.deepEqual(messages(run(fixture('inwonersreis-filled.md')), 'participants-count'), ['Participants: 4 participant(s) named; the template advises at least 5.']);
    const rows = Array.from({ length: 11 }, (_, index) => `| Inwoner ${index + 1} | Inwoner | [x] |`).join('\n');
    const crowded = fixture('inwonersreis-filled.md').replace('| Joost Mulder | Coach | [ ] |', rows);
    assert.deepEqual(messages(run(crowded), 'participants-count'), ['Participants: 14 participants named; more than 10 makes the session too large for everyone to be heard.']);
  });

  it('role-missing and role-advised: required roles warn, advised ones only inform', () => {
    const blueprint = run(fixture('service-blueprint-filled.md'));
    assert.deepEqual(messages(blueprint, 'role-missing'), []);
    assert.deepEqual(
      blueprint.findings.filter((finding) => finding.rule === 'role-advised').map((finding) => [finding.severity, finding.message]),
      [['info', 'Participants: no named participant yet for privacy expert (advised, where available).']],
    );
    const withoutPolicy = fixture('service-blueprint-filled.md').replace('| Roos Groen | Beleidsadviseur | [x] |', '| [Naam] | Beleidsadviseur | [ ] |');
    assert.deepEqual(messages(run(withoutPolicy), 'role-missing'), ['Participants: no named participant yet for policy adviser.']);
  });

  it('journeys-per-session: at most two journeys in three hours, more in a longer session', () => {
    assert.deepEqual(messages(run(fixture('inwonersreis-filled.md')), 'journeys-per-session'), ['Reis 3: Ans na de schuldsanering: 3 in one session, but 2 fit in 3 hours; plan the rest in another session.']);
    const longer = fixture('inwonersreis-filled.md').replace('| 02:30 | Terugblik en bedankje | 30 min |', '| 02:30 | Reis 3 in stappen | 210 min |');
    assert.deepEqual(messages(run(longer), 'journeys-per-session'), []);
  });

  it('agenda-total: a kick-off shorter than an hour', () => {
    assert.deepEqual(messages(run(fixture('kick-off-filled.md')), 'agenda-total'), ['Agenda: the agenda runs 50 min, shorter than the 1 hour the template asks for.']);
  });
});

describe('attribution: an anonymous session does not record who said what', () => {
  const analysis = run(fixture('service-blueprint-filled.md'));
  const found = analysis.findings.filter((finding) => finding.rule === 'attribution');
  const text = fixture('service-blueprint-filled.md');
  const quoted = (finding: (typeof found)[number]) => text.split('\n')[finding.range.start.line - 1].slice(finding.range.start.column - 1, finding.range.end.column - 1);

  it('finds names and "Name:" attributions in the results, and nowhere else', () => {
    assert.deepEqual(found.map(quoted), ['Roos', 'Kees', 'Jan de Boer']);
    assert.ok(found.every((finding) => finding.range.start.line > 30), 'not in the participants table or the header');
  });

  it('leaves names that are ordinary words alone: de bakker, het groen, de roos, the label "Frontstage:"', () => {
    const line = text.split('\n').find((candidate) => candidate.includes('de bakker om de hoek'));
    assert.ok(line);
    assert.ok(!found.some((finding) => text.split('\n')[finding.range.start.line - 1] === line), line);
  });

  it('the fix takes the name out and leaves the rest of the line', () => {
    const kees = found.find((finding) => quoted(finding) === 'Kees')!;
    assert.equal(kees.fixes[0].title, 'Remove the name: keep the notes anonymous');
    assert.match(applyEdits(text, kees.fixes[0].edits), /^- we moeten de brief herschrijven\.$/m);
    const roos = found.find((finding) => quoted(finding) === 'Roos')!;
    assert.match(applyEdits(text, roos.fixes[1].edits), /volgens een deelnemer gaat dat vaak mis/);
    assert.deepEqual(run(applyEdits(text, roos.fixes[0].edits)).findings.filter((finding) => finding.rule === 'attribution').length, 2);
  });

  it('names in a sheet without results sections are never reported', () => {
    const sheet = joinLines('---', 'template: service-blueprint', '---', '# Service-blueprint-sessie', '', '| Naam | Rol | Aanwezig |', '|---|---|---|', '| Roos Groen | Jurist | [x] |', '', 'Roos opende de sessie.', '');
    assert.deepEqual(messages(run(sheet), 'attribution'), []);
  });
});
