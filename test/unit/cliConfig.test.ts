import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { joinLines, USER_SHEET } from '../support/documents';
import { lintInProcess, sessionLint } from '../support/sessionLint';

const AGENDA_OFF = joinLines('# Sessie Baateigenaren', '', '| Tijd | Onderdeel | Duur |', '|---|---|---|', '| 09:00 | Opening | 15 min |', '| 09:20 | Uitleg | 20 min |', '| 09:40 | Slot | 10 min |', '');

interface JsonReport {
  readonly file: string;
  readonly findings: readonly { readonly rule: string; readonly severity: string; readonly message: string }[];
}

const severitiesOf = (stdout: string, rule: string) =>
  (JSON.parse(stdout) as JsonReport[]).flatMap((report) => report.findings.filter((finding) => finding.rule === rule).map((finding) => finding.severity));

describe('session-lint with the configuration file', function () {
  // Most runs stay in this process; the few that start the real command take seconds on a busy machine.
  this.timeout(60_000);
  let root: string;
  let repository: string;

  const write = (path: string, content: string) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'session-lint-config-'));
    repository = join(root, 'repo');
    mkdirSync(join(repository, '.git'), { recursive: true });
    write(join(repository, 'sessies', '2027', 'blanco.md'), USER_SHEET);
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads .sessions/config.jsonc from above the folder being linted, up to the repository root, from any current folder', async () => {
    write(join(repository, '.sessions', 'config.jsonc'), '{\n  // CI fails on an unknown owner, as in the editor\n  "rules": { "owner-missing": "error" },\n}\n');
    const fromRoot = await lintInProcess(['--format', 'json', 'sessies'], repository);
    assert.equal(fromRoot.code, 1, fromRoot.stderr);
    assert.deepEqual(severitiesOf(fromRoot.stdout, 'owner-missing'), Array(6).fill('error'));
    const fromElsewhere = await lintInProcess(['--format', 'json', join(repository, 'sessies', '2027', 'blanco.md')], root);
    assert.deepEqual(severitiesOf(fromElsewhere.stdout, 'owner-missing'), Array(6).fill('error'), 'found from the file, not from the current folder');
  });

  it('does not look above the repository root', async () => {
    write(join(root, '.sessions', 'config.jsonc'), '{ "rules": { "owner-missing": "error" } }');
    const run = await lintInProcess(['--format', 'json', 'sessies'], repository);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(severitiesOf(run.stdout, 'owner-missing'), Array(6).fill('warning'));
  });

  it('takes --config FILE instead, and says plainly when it cannot be read (exit 2)', async () => {
    write(join(repository, '.sessions', 'config.jsonc'), '{ "rules": { "owner-missing": "error" } }');
    write(join(repository, 'ci.jsonc'), '{ "rules": { "owner-missing": "hint" }, "language": "en" }');
    const run = await lintInProcess(['--config', 'ci.jsonc', '--format', 'json', 'sessies'], repository);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(severitiesOf(run.stdout, 'owner-missing'), Array(6).fill('hint'));
    assert.match((JSON.parse(run.stdout) as JsonReport[])[0].findings[0].message, /has not been replaced/, 'the language from the file');
    const missing = await lintInProcess(['--config', 'weg.jsonc', 'sessies'], repository);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'session-lint: kan configuratiebestand niet lezen weg.jsonc: bestaat niet\n');
    assert.equal(missing.stdout, '');
  });

  it('--rule id=severity wins over the configuration file, the last one per rule', async () => {
    write(join(repository, '.sessions', 'config.jsonc'), '{ "rules": { "owner-missing": "error", "task-open": "off" } }');
    const run = await lintInProcess(['--format', 'json', '--rule', 'owner-missing=info', '--rule=task-open=hint', '--rule', 'task-open=warning', 'sessies'], repository);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(severitiesOf(run.stdout, 'owner-missing'), Array(6).fill('info'));
    assert.deepEqual(severitiesOf(run.stdout, 'task-open'), Array(4).fill('warning'));
  });

  it('--rule with an unknown rule, a bad severity or no severity is a usage error, in the run’s language', async () => {
    const unknown = await lintInProcess(['--rule', 'owner-unknwn=error', 'sessies'], repository);
    assert.equal(unknown.code, 2);
    assert.equal(unknown.stderr, 'session-lint: --rule: onbekende regel "owner-unknwn"\nZie \'session-lint --help\'.\n');
    const loud = await lintInProcess(['--rule', 'owner-unknown=loud', 'sessies'], repository, { LANG: 'en_GB.UTF-8' });
    assert.equal(loud.code, 2);
    assert.match(loud.stderr, /^session-lint: --rule owner-unknown: the severity must be off, hint, info, warning or error, not "loud"\nTry 'session-lint --help'\.\n$/);
    assert.match((await lintInProcess(['--rule', 'owner-unknown', 'sessies'], repository)).stderr, /--rule verwacht regel=niveau/);
  });

  it('reports a broken configuration file with file:line:column, keeps the defaults working, and exits 2', async () => {
    write(join(repository, '.sessions', 'config.jsonc'), '{\n  "language": "en"\n  "rules": { "owner-missing": "error" }\n}\n');
    const run = await lintInProcess(['--format', 'json', 'sessies'], repository);
    assert.equal(run.code, 2, 'CI notices');
    assert.equal(run.stderr, '.sessions/config.jsonc:3:3: Hier hoort een komma. [bestand genegeerd; de standaardwaarden gelden]\n');
    assert.deepEqual(severitiesOf(run.stdout, 'owner-missing'), Array(6).fill('warning'), 'the defaults');
  });

  it('leaves out only the entry that does not fit the schema; the rest of the file applies', async () => {
    write(join(repository, '.sessions', 'config.jsonc'), '{\n  "rules": {\n    "owner-missing": "eror",\n    "task-open": "off"\n  }\n}\n');
    const run = await lintInProcess(['--lang', 'en', '--format', 'json', 'sessies'], repository);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^\.sessions\/config\.jsonc:3:5 \(\/rules\/owner-missing\): Must be a severity .* \[\/rules\/owner-missing ignored; the rest applies\]\n$/);
    assert.deepEqual(severitiesOf(run.stdout, 'task-open'), []);
    assert.deepEqual(severitiesOf(run.stdout, 'owner-missing'), Array(6).fill('warning'));
  });

  it('takes status levels and rule parameters from the file', async () => {
    write(
      join(repository, '.sessions', 'config.jsonc'),
      JSON.stringify({ statusLevels: { afgerond: 0 }, rules: { 'owner-deflected': { names: ['stuurgroep'] } } }),
    );
    write(join(repository, 'sessies', 'gesloten.md'), joinLines('---', 'status: afgerond', '---', '# Sessie Baateigenaren', '', '### Baat 1: Klantbeleving', '- **Baateigenaar:** ___', '', '### Baat 2: Inzicht', '- **Baateigenaar:** Stuurgroep', ''));
    const run = await lintInProcess(['--format', 'json', 'sessies/gesloten.md'], repository);
    const [report] = JSON.parse(run.stdout) as JsonReport[];
    assert.deepEqual(report.findings.filter((finding) => finding.rule.startsWith('owner-')).map((finding) => `${finding.rule}:${finding.severity}`), ['owner-missing:warning', 'owner-deflected:warning']);
  });

  it('--fix honours the configuration file: a rule that is off there is not fixed', () => {
    const sheet = join(repository, 'sessies', 'agenda.md');
    write(sheet, AGENDA_OFF);
    write(join(repository, '.sessions', 'config.jsonc'), '{ "rules": { "agenda-time": "off" } }');
    const off = sessionLint(['--fix', 'sessies/agenda.md'], repository);
    assert.equal(off.code, 0, off.stderr);
    assert.equal(readFileSync(sheet, 'utf8'), AGENDA_OFF, 'not fixed');
    assert.doesNotMatch(off.stdout, /agenda-time/);
    const on = sessionLint(['--fix', '--rule', 'agenda-time=warning', 'sessies/agenda.md'], repository);
    assert.equal(on.code, 0, on.stderr);
    assert.match(readFileSync(sheet, 'utf8'), /\| 09:15 \| Uitleg \| 20 min \|/, '--rule turns it back on, so it is fixed');
  });
});
