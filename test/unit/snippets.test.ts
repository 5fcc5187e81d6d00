import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeSheet, joinLines } from '../support/documents';
import { repoPath } from '../support/paths';

interface Snippet {
  prefix: string[];
  description: { nl: string; en: string };
  body: string[];
}

const snippets = JSON.parse(readFileSync(repoPath('snippets/session.snippets.json'), 'utf8')) as Record<string, Snippet>;

/** Expands a snippet as accepting every default does: placeholders keep their text, choices their first option. */
function expand(name: string): string {
  const variables: Record<string, string> = { CURRENT_DATE: '01', CURRENT_MONTH: '12', CURRENT_YEAR: '2026' };
  return snippets[name].body
    .join('\n')
    .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
    .replace(/\$(CURRENT_\w+)/g, (_, variable: string) => variables[variable])
    .replace('{start}', '00:15')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '');
}

const inSheet = (...lines: string[]) => analyzeSheet(joinLines('# Sessie Baateigenaren', '', ...lines, ''));

describe('snippets', () => {
  it('each has Dutch prefixes and a description in Dutch and one in English, never both in one', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.ok(snippet.prefix.length > 0, name);
      assert.ok(snippet.description.nl && snippet.description.en && snippet.description.nl !== snippet.description.en, name);
      assert.doesNotMatch(`${snippet.description.nl}${snippet.description.en}`, /·/, name);
    }
  });

  it('agenda and agenda row make an agenda whose times the core reads', () => {
    const { session } = inSheet(expand('Agenda').trimEnd(), expand('Agendarij').replace('00:15', '09:15'));
    assert.deepEqual(session!.agendas[0].items.map((item) => [item.start, item.duration]), [[540, 15], [555, 15]]);
    assert.deepEqual(inSheet(expand('Agenda')).findings, []);
  });

  it('a participant row is a participant, its name a placeholder to fill', () => {
    const analysis = inSheet('| Naam | Rol | Sector | Aanwezig |', '|---|---|---|---|', expand('Deelnemer'));
    assert.deepEqual(analysis.session!.participants.map((participant) => [participant.role, participant.sector, participant.present?.checked]), [['Sectormanager', 'PO', false]]);
    assert.deepEqual(analysis.findings.map((finding) => finding.rule), ['placeholder']);
  });

  it('a benefit has three priority choices and an owner field, all open', () => {
    const analysis = inSheet(expand('Baat'));
    const [benefit] = analysis.session!.benefits;
    assert.deepEqual([benefit.number, benefit.title, benefit.priorities.length, benefit.owner?.state], [7, 'Titel', 3, 'blank']);
    assert.deepEqual(analysis.findings.map((finding) => finding.rule), ['choice-missing', 'choice-missing', 'choice-missing', 'owner-missing']);
  });

  it('an ownership check under a benefit is tied to it', () => {
    const analysis = inSheet(expand('Baat').replace('___', 'Anna'), expand('Eigenaarschapscheck').replace('? |  |', '? | Anna |'));
    assert.equal(analysis.session!.benefits[0].checks.length, 1);
    assert.ok(!analysis.findings.some((finding) => finding.rule === 'ownership-unchecked'));
  });

  it('an agreement row is a complete agreement with a real date', () => {
    const analysis = inSheet('| Afspraak | Verantwoordelijke | Deadline |', '|---|---|---|', expand('Afspraak'));
    assert.deepEqual(analysis.session!.agreements.map((agreement) => agreement.deadline.text), ['01-12-2026']);
    assert.ok(!analysis.findings.some((finding) => finding.rule === 'agreement-incomplete'));
  });

  it('a core question has an answer field to fill; choices and a next step are what they say', () => {
    assert.deepEqual(inSheet(expand('Kernvraag')).findings.map((finding) => finding.rule), ['blank']);
    assert.deepEqual(inSheet(`**Prioriteit:** ${expand('Keuze Hoog Midden Laag')}`).session!.choices[0].options.map((option) => option.label), ['Hoog', 'Midden', 'Laag']);
    assert.deepEqual(inSheet(`**Akkoord:** ${expand('Keuze Ja Nee')}`).session!.choices[0].options.map((option) => option.label), ['Ja', 'Nee']);
    assert.deepEqual(inSheet(expand('Vervolgstap')).session!.tasks.map((task) => [task.text, task.checked]), [['Vervolgstap', false]]);
  });
});
