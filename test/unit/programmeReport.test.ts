import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { agreementsReport, benefitsReport, builtInTemplates, ProgrammeIndex, type ReportFormat } from '../../src/core/index';
import { repoPath } from '../support/paths';
import { sessionLint } from '../support/sessionLint';

/*
 * `session-lint report benefits|agreements` on the fixture programme, on a fixed day: each
 * output compared whole with test/expected/programme/ (reviewed by eye: tables, groups, the
 * deadline in words, the SVG), JSON also against its schema.
 */

const ROOT = repoPath('test/fixtures/programme');
const expected = (name: string) => readFileSync(repoPath('test/expected/programme', name), 'utf8');
const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(repoPath('schemas/session-report.schema.json'), 'utf8')) as object);
const report = (...args: string[]) => sessionLint(['report', ...args, '--today', '2026-05-15', '.'], ROOT);

describe('session-lint report', function () {
  this.timeout(60_000);

  for (const kind of ['benefits', 'agreements']) {
    for (const format of ['md', 'csv', 'json']) {
      it(`${kind} --format ${format}: the whole output, exit 0`, () => {
        const run = report(kind, '--format', format);
        assert.equal(run.stderr, '');
        assert.equal(run.code, 0);
        assert.equal(run.stdout, expected(`${kind}.nl.${format}`));
        if (format === 'json') assert.ok(validate(JSON.parse(run.stdout)), JSON.stringify(validate.errors));
      });
    }
  }

  it('md is the default, and --lang en says it all in English', () => {
    assert.equal(report('agreements').stdout, expected('agreements.nl.md'));
    assert.equal(report('agreements', '--lang', 'en').stdout, expected('agreements.en.md'));
    assert.equal(report('benefits', '--lang', 'en', '--format', 'csv').stdout, expected('benefits.en.csv'));
  });

  it('the benefits report carries the priorities picture as an inline SVG, after a blank line', () => {
    const markdown = report('benefits').stdout;
    assert.match(markdown, /\n\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^\n]*role="img"/);
    assert.ok(!/<svg[\s\S]*\n\n[\s\S]*<\/svg>/.test(markdown), 'a blank line inside the SVG would end the HTML block');
  });

  it('CSV: RFC 4180 quoting, CRLF, a header row, the same number of fields in every record', () => {
    const csv = report('agreements', '--format', 'csv').stdout;
    assert.ok(csv.endsWith('\r\n'));
    const records = csv.slice(0, -2).split('\r\n');
    assert.equal(records[0], 'Groep,Afspraak,Verantwoordelijke,Deadline,Vervaldag,Dagen,Wanneer,Sessie,Datum,Regel');
    assert.ok(records.includes('"Voorbij, sessie afgerond",Batenprofielen per sector opstellen,Carla Smit,2 april 2026,2026-04-02,-43,6 weken geleden,2026-03-12-baateigenaren-ronde-1.md,2026-03-12,178'));
    const fields = (record: string) => [...record.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].length - 1;
    for (const record of records) assert.equal(fields(record), 10, record);
  });

  it('a usage error exits 2 with its reason in the run’s language', () => {
    const none = sessionLint(['report'], ROOT);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /report verwacht benefits of agreements/);
    const format = sessionLint(['report', 'benefits', '--format', 'sarif', '.'], ROOT, { LANG: 'en_GB.UTF-8' });
    assert.equal(format.code, 2);
    assert.match(format.stderr, /report --format must be one of md, csv, json, not "sarif"/);
    assert.match(sessionLint(['report', 'benefits'], ROOT).stderr, /geen mappen of bestanden opgegeven/);
  });

  it('--help lists the report in both languages', () => {
    assert.match(sessionLint(['--help'], ROOT).stdout, /session-lint report benefits\|agreements \[opties\]/);
    assert.match(sessionLint(['--help', '--lang', 'en'], ROOT).stdout, /session-lint report benefits\|agreements \[options\]/);
    assert.match(sessionLint(['report', '--help', '--lang', 'en'], ROOT).stdout, /An overview for the sponsor group/);
  });

  it('the check of the same folder reports the cross-file findings, which --rule can turn off', () => {
    const run = sessionLint(['--today', '2026-05-15', '--rule', 'track-date=off', '.'], ROOT);
    const crossFile = run.stdout.split('\n').filter((line) => / (owner-changed|agreement-overdue) /.test(line));
    assert.deepEqual(crossFile, [
      '2026-04-16-baateigenaren-ronde-2.md:101:21 warning owner-changed Baat 5 (Sterkere klantrelaties): de eigenaar is nu Anna de Wit; in de sessie van 12 maart 2026 (2026-03-12-baateigenaren-ronde-1.md) was dat Bram Jansen. Geen eigenaarschapscheck in deze sessie noemt Anna de Wit.',
      '2026-04-16-baateigenaren-ronde-2.md:141:62 warning agreement-overdue Afspraken, rij 1: de deadline 1 mei 2026 van "Prioritering toelichten in de sponsorgroep" (Bram Jansen) is voorbij: 2 weken te laat. Werk de afspraak bij, of zet de sessie op afgerond.',
    ]);
    const off = sessionLint(['--today', '2026-05-15', '--rule', 'owner-changed=off', '--rule', 'agreement-overdue=off', '.'], ROOT);
    assert.ok(!/owner-changed|agreement-overdue/.test(off.stdout), off.stdout);
  });

  it('fileName names the sheets in links and file columns: absolute index paths (as VS Code has them) come out as the CLI writes them', () => {
    // The extension's index knows a sheet by its URI's path; its report links are relative to the workspace folder.
    const folder = '/home/pm/programme';
    const index = new ProgrammeIndex({ templates: builtInTemplates().templates });
    for (const file of ['2026-03-12-baateigenaren-ronde-1.md', '2026-04-16-baateigenaren-ronde-2.md', '2026-06-11-baateigenaren-ronde-3.md', 'traject/traject-schulden-en-werk.md', 'traject/2027-01-12-kick-off.md']) {
      index.set(`${folder}/${file}`, readFileSync(repoPath('test/fixtures/programme', file), 'utf8'));
    }
    const today = { year: 2026, month: 5, day: 15 };
    const options = { language: 'nl' as const, today, fileName: (path: string) => path.slice(folder.length + 1) };
    for (const format of ['md', 'csv', 'json'] as ReportFormat[]) {
      assert.equal(benefitsReport(index.benefits(), index.summaries(), format, options), expected(`benefits.nl.${format}`), `benefits ${format}`);
      assert.equal(agreementsReport(index.agreements(today), format, options), expected(`agreements.nl.${format}`), `agreements ${format}`);
    }
    const absolute = agreementsReport(index.agreements(today), 'md', { language: 'nl', today });
    assert.ok(absolute.includes(`](${folder}/2026-04-16-baateigenaren-ronde-2.md#L`), 'without fileName, the index path');
  });
});
