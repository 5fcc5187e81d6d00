import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { joinLines, USER_SHEET } from '../support/documents';
import { repoPath } from '../support/paths';
import { sessionLint } from '../support/sessionLint';

const AGENDA_OFF = joinLines('# Sessie Baateigenaren', '', '| Tijd | Onderdeel | Duur |', '|---|---|---|', '| 09:00 | Opening | 15 min |', '| 09:20 | Uitleg | 20 min |', '| 09:40 | Slot | 10 min |', '');

describe('session-lint on odd input and with --fix', function () {
  // Each test starts Node once or a few times; on a busy machine that takes seconds.
  this.timeout(30_000);
  let workspace: string;

  beforeEach(() => {
    workspace = mkdtempSync(join(tmpdir(), 'session-lint-hard-'));
    mkdirSync(join(workspace, 'sessies'));
  });

  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  it('--fix applies the preferred fixes, keeps CRLF and BOM, never touches a non-sheet, and a second run changes nothing', () => {
    const sheet = join(workspace, 'sessies', 'crlf.md');
    copyFileSync(repoPath('test/fixtures/baateigenaren-crlf-bom.md'), sheet);
    const readme = join(workspace, 'README.md');
    writeFileSync(readme, '# Project\r\n\r\n- [ ] taak\r\n');
    const before = readFileSync(sheet);
    const first = sessionLint(['--fix', '--format', 'json', 'sessies/crlf.md', 'README.md'], workspace);
    assert.notEqual(first.code, 2, first.stderr);
    const once = readFileSync(sheet);
    assert.notDeepEqual(once, before, 'the agenda fix was applied');
    assert.deepEqual([...once.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the BOM is kept');
    const text = once.toString('utf8');
    assert.equal(text.split('\n').length - 1, text.split('\r\n').length - 1, 'every line break is still CRLF');
    const [report] = JSON.parse(first.stdout);
    assert.ok(!report.findings.some((finding: { rule: string }) => finding.rule === 'agenda-time'), 'the findings left are reported');
    assert.equal(readFileSync(readme, 'utf8'), '# Project\r\n\r\n- [ ] taak\r\n');
    sessionLint(['--fix', 'sessies/crlf.md', 'README.md'], workspace);
    assert.deepEqual(readFileSync(sheet), once, 'a second run changes nothing');
  });

  it('--fix-dry-run prints a unified diff and writes nothing', () => {
    const sheet = join(workspace, 'sessies', 'agenda.md');
    writeFileSync(sheet, AGENDA_OFF);
    const run = sessionLint(['--fix-dry-run', 'sessies/agenda.md'], workspace);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^--- a\/sessies\/agenda\.md\n\+\+\+ b\/sessies\/agenda\.md\n@@ /m);
    assert.match(run.stdout, /^-\| 09:20 \| Uitleg \| 20 min \|$/m);
    assert.match(run.stdout, /^\+\| 09:15 \| Uitleg \| 20 min \|$/m);
    assert.equal(readFileSync(sheet, 'utf8'), AGENDA_OFF);
    assert.match(sessionLint(['--fix-dry-run', '--format', 'json', 'sessies/agenda.md'], workspace).stderr, /--fix-dry-run toont een diff/);
  });

  it('reads UTF-16 LE and BE sheets with a BOM, and --fix writes them back in their encoding', () => {
    const le = Buffer.from(`\uFEFF${AGENDA_OFF}`, 'utf16le');
    writeFileSync(join(workspace, 'sessies', 'le.md'), le);
    writeFileSync(join(workspace, 'sessies', 'be.md'), Buffer.from(le).swap16());
    writeFileSync(join(workspace, 'sessies', 'utf8.md'), AGENDA_OFF);
    const run = sessionLint(['--format', 'json', 'sessies/le.md', 'sessies/be.md', 'sessies/utf8.md'], workspace);
    const [fromLe, fromBe, fromUtf8] = JSON.parse(run.stdout) as { template: string; findings: unknown[] }[];
    assert.equal(fromLe.template, 'baateigenaren');
    assert.deepEqual(fromLe.findings, fromUtf8.findings);
    assert.deepEqual(fromBe.findings, fromUtf8.findings);
    sessionLint(['--fix', 'sessies/be.md'], workspace);
    const written = Buffer.from(readFileSync(join(workspace, 'sessies', 'be.md'))).swap16().toString('utf16le');
    assert.match(written, /^\uFEFF# Sessie Baateigenaren\n/);
    assert.match(written, /\| 09:15 \| Uitleg \|/);
  });

  it('skips a FIFO and a folder named like a sheet with a message, without blocking', function () {
    if (process.platform === 'win32') this.skip();
    writeFileSync(join(workspace, 'sessies', 'blanco.md'), USER_SHEET);
    assert.equal(spawnSync('mkfifo', [join(workspace, 'sessies', 'pijp.md')]).status, 0);
    const run = sessionLint(['sessies/pijp.md', 'sessies/blanco.md'], workspace);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /kan niet lezen sessies\/pijp\.md: is geen gewoon bestand \(bijvoorbeeld een FIFO\); overgeslagen/);
    assert.match(run.stdout, /sessies\/blanco\.md:4:19/, 'the other sheet is still checked');
    const english = sessionLint(['--lang', 'en', 'sessies/pijp.md'], workspace);
    assert.match(english.stderr, /cannot read sessies\/pijp\.md: is not a regular file/);
    // A glob passes over the FIFO (only files match), and is not blocked by it either.
    assert.equal(sessionLint(['sessies/*.md'], workspace).code, 0);
  });

  it('--today must be a day that exists: 2027-13-45 is a usage error', () => {
    const run = sessionLint(['--today', '2027-13-45', 'sessies'], workspace);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--today moet een bestaande datum zijn als JJJJ-MM-DD, niet "2027-13-45"/);
    assert.match(sessionLint(['--lang', 'en', '--today', '2027-02-30', 'sessies'], workspace).stderr, /--today must be a date as YYYY-MM-DD, not "2027-02-30"/);
  });

  it('reports a broken workspace template (bad rule pattern, scaffold a folder, a FIFO or outside the folder, deep JSON), skips it, and checks the other sheets', function () {
    const folder = join(workspace, '.sessions', 'templates');
    mkdirSync(folder, { recursive: true });
    const definition = (id: string, extra: Record<string, unknown> = {}) =>
      JSON.stringify({ id, name: { nl: id, en: id }, match: { heading: `^${id}` }, ...extra }, null, 2);
    writeFileSync(join(folder, 'rol.template.json'), definition('rol', { rules: { 'role-missing': { roles: [{ pattern: '^(proces', name: { nl: 'x', en: 'x' } }] } } }));
    writeFileSync(join(folder, 'map.template.json'), definition('map'));
    mkdirSync(join(folder, 'map.md'));
    writeFileSync(join(folder, 'buiten.template.json'), definition('buiten', { scaffold: '../../../etc/passwd' }));
    writeFileSync(join(folder, 'diep.template.json'), `{"id": "diep", "name": ${'['.repeat(5000)}${']'.repeat(5000)}}`);
    mkdirSync(join(folder, 'kapot.template.json'));
    if (process.platform !== 'win32') {
      writeFileSync(join(folder, 'pijp.template.json'), definition('pijp'));
      assert.equal(spawnSync('mkfifo', [join(folder, 'pijp.md')]).status, 0);
    }
    writeFileSync(join(folder, 'retro.template.json'), definition('retro'));
    writeFileSync(join(workspace, 'sessies', 'retro.md'), joinLines('# retro 12', '', '- [ ] actie', ''));
    writeFileSync(join(workspace, 'sessies', 'blanco.md'), USER_SHEET);

    const run = sessionLint(['--format', 'json', 'sessies'], workspace);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /rol\.template\.json:\d+:\d+ \(\/rules\/role-missing\/roles\/0\/pattern\): Geen geldig patroon \(RE2-syntaxis\): .* \[sjabloon overgeslagen\]/);
    assert.match(run.stderr, /map\.template\.json \(\/scaffold\): Het basisbestand .*map\.md is een map, geen bestand\. \[sjabloon overgeslagen\]/);
    assert.match(run.stderr, /buiten\.template\.json \(\/scaffold\): Het basisbestand .*passwd ligt buiten de sjablonenmap/);
    assert.match(run.stderr, /diep\.template\.json:1:87: Meer dan 64 niveaus diep genest\./);
    assert.match(run.stderr, /kapot\.template\.json: Kan niet gelezen worden/);
    if (process.platform !== 'win32') assert.match(run.stderr, /pijp\.template\.json \(\/scaffold\): Het basisbestand .*pijp\.md is geen gewoon bestand/);
    const reports = JSON.parse(run.stdout) as { file: string; template: string | null }[];
    assert.deepEqual(reports.map((report) => [report.file, report.template]), [['sessies/blanco.md', 'baateigenaren'], ['sessies/retro.md', 'retro']]);
  });
});

describe('session-lint output without --fix', () => {
  it('never reads a finding’s fixes (they are built only when read)', async () => {
    const { fileReport, formatJson, formatSarif, formatText } = await import('../../src/cli/output');
    const finding = { rule: 'owner-missing', severity: 'warning' as const, ownership: true, message: 'Baat 1: nog geen eigenaar.', range: { start: { line: 3, column: 1 }, end: { line: 3, column: 5 } } };
    Object.defineProperty(finding, 'fixes', {
      enumerable: true,
      get() {
        throw new Error('fixes were read');
      },
    });
    const reports = [fileReport('a.md', 'baateigenaren', undefined, [finding as never])];
    assert.match(formatText(reports, 'nl'), /a\.md:3:1 warning owner-missing/);
    assert.match(formatJson(reports), /"rule": "owner-missing"/);
    assert.match(formatSarif(reports, 'en', '0.1.0'), /"ruleId": "owner-missing"/);
  });
});
