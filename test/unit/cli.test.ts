import Ajv from 'ajv';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { joinLines, USER_SHEET } from '../support/documents';
import { repoPath } from '../support/paths';
import { sessionLint } from '../support/sessionLint';

const validateOutput = new Ajv({ allErrors: true, strict: true }).compile(
  JSON.parse(readFileSync(repoPath('schemas/session-lint-output.schema.json'), 'utf8')),
);

const FILLED_OWNER_ERROR = joinLines(
  '# Sessie Baateigenaren',
  '',
  '### Baat 1: Consistente klantbeleving',
  '- **PO prioriteit:** [x] Hoog [x] Midden [ ] Laag',
  '',
);

describe('session-lint', function () {
  // Each test starts Node once or twice; on a busy machine that takes seconds.
  this.timeout(60_000);
  let workspace: string;

  beforeEach(() => {
    workspace = mkdtempSync(join(tmpdir(), 'session-lint-'));
    mkdirSync(join(workspace, 'sessies'));
    writeFileSync(join(workspace, 'sessies', 'blanco.md'), USER_SHEET);
    writeFileSync(join(workspace, 'sessies', 'dubbel.md'), FILLED_OWNER_ERROR);
    writeFileSync(join(workspace, 'README.md'), joinLines('# Project', '', '- [ ] a task', '', 'Name: ___', ''));
  });

  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  it('prints help and exits 0', () => {
    const run = sessionLint(['--help', '--lang', 'en'], workspace);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^Usage: session-lint/);
    assert.match(run.stdout, /--format <text\|json\|sarif>/);
  });

  it('exits 0 on a sheet with warnings but no errors, and reports each as file:line:col severity rule message', () => {
    const run = sessionLint(['sessies/blanco.md'], workspace);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.trim().split('\n');
    assert.ok(lines.length > 40);
    assert.match(lines[0], /^sessies\/blanco\.md:4:19 info placeholder .+$/);
    assert.match(lines[14], /^sessies\/blanco\.md:72:21 warning owner-missing Baat 1 \(Consistente klantbeleving\): nog geen eigenaar\.$/);
    // Only the six missing owners warn; what is merely open is information.
    assert.match(lines.at(-1)!, /^1 bestand\(en\), 1 sessie\(s\): 0 fout\(en\), 6 waarschuwing\(en\), 39 info, 0 hint\(s\)\.$/);
  });

  it('exits 1 when a finding is an error', () => {
    const run = sessionLint(['sessies/dubbel.md'], workspace);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /sessies\/dubbel\.md:4:22 error choice-multiple /);
  });

  it('writes JSON that matches the documented contract, one object per file', () => {
    const run = sessionLint(['--format', 'json', '--lang', 'en', 'sessies/*.md', 'README.md'], workspace);
    assert.equal(run.code, 1);
    const data = JSON.parse(run.stdout) as { file: string; template: string | null; progress: { done: number; total: number }; findings: { rule: string; message: string; line: number; column: number }[] }[];
    assert.ok(validateOutput(data), JSON.stringify(validateOutput.errors));
    assert.deepEqual(
      data.map((report) => [report.file, report.template]),
      [
        ['sessies/blanco.md', 'baateigenaren'],
        ['sessies/dubbel.md', 'baateigenaren'],
        ['README.md', null],
      ],
    );
    const [blank, , readme] = data;
    assert.deepEqual(blank.progress, { done: 4, total: 51 });
    assert.deepEqual(blank.findings[0], {
      rule: 'placeholder',
      severity: 'info',
      message: 'Placeholder [invullen] for "Datum sessie" has not been replaced.',
      line: 4,
      column: 19,
      endLine: 4,
      endColumn: 29,
    });
    assert.deepEqual(readme, { file: 'README.md', template: null, progress: { done: 0, total: 0 }, findings: [] });
  });

  it('takes the message language from --lang, else from LANG', () => {
    const english = sessionLint(['--format', 'json', 'sessies/blanco.md'], workspace, { LANG: 'en_GB.UTF-8' });
    const dutch = sessionLint(['--format', 'json', 'sessies/blanco.md'], workspace, { LANG: 'C.UTF-8' });
    assert.match(JSON.parse(english.stdout)[0].findings[0].message, /has not been replaced/);
    assert.match(JSON.parse(dutch.stdout)[0].findings[0].message, /is nog niet vervangen/);
  });

  it('writes SARIF 2.1.0 with every rule and every finding', () => {
    const run = sessionLint(['--format', 'sarif', 'sessies/dubbel.md'], workspace);
    const sarif = JSON.parse(run.stdout);
    assert.equal(sarif.version, '2.1.0');
    const [sheetRun] = sarif.runs;
    assert.ok(sheetRun.tool.driver.rules.some((rule: { id: string }) => rule.id === 'owner-deflected'));
    const levels = sheetRun.results.map((result: { ruleId: string; level: string }) => `${result.ruleId}:${result.level}`);
    assert.ok(levels.includes('choice-multiple:error'));
    assert.equal(sheetRun.results[0].locations[0].physicalLocation.artifactLocation.uri, 'sessies/dubbel.md');
  });

  it('takes a folder as the Markdown files below it', () => {
    const run = sessionLint(['--format', 'json', 'sessies'], workspace);
    assert.deepEqual(
      JSON.parse(run.stdout).map((report: { file: string }) => report.file),
      ['sessies/blanco.md', 'sessies/dubbel.md'],
    );
  });

  it('exits 2 and says which file and why when a file cannot be read', () => {
    const run = sessionLint(['sessies/blanco.md', 'sessies/gone.md'], workspace);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /kan niet lezen sessies\/gone\.md: bestaat niet/);
    assert.match(run.stdout, /sessies\/blanco\.md:4:19/, 'the readable file is still reported');
  });

  it('exits 2 on usage errors', () => {
    assert.equal(sessionLint([], workspace).code, 2);
    const badFormat = sessionLint(['--format', 'xml', 'x.md'], workspace);
    assert.equal(badFormat.code, 2);
    assert.match(badFormat.stderr, /--format moet een van text, json, sarif zijn, niet "xml"/);
    assert.match(sessionLint(['--format', 'xml', 'x.md'], workspace, { LANG: 'en_US.UTF-8' }).stderr, /--format must be one of text, json, sarif, not "xml"\nTry 'session-lint --help'/);
    assert.match(sessionLint(['--bogus', 'x.md'], workspace).stderr, /onbekende optie --bogus\nZie 'session-lint --help'/);
    assert.match(sessionLint(['nothing/*.md'], workspace).stderr, /geen bestanden gevonden voor nothing\/\*\.md/);
    assert.match(sessionLint(['--template', 'nope', 'README.md'], workspace).stderr, /onbekend sjabloon "nope"/);
    assert.match(sessionLint(['--lang', 'en', '--template', 'nope', 'README.md'], workspace).stderr, /unknown template "nope"/);
  });

  it('reads any file with --template, even one that does not look like a sheet', () => {
    const run = sessionLint(['--format', 'json', '--template', 'baateigenaren', 'README.md'], workspace);
    const [report] = JSON.parse(run.stdout);
    assert.equal(report.template, 'baateigenaren');
    assert.deepEqual(
      report.findings.map((finding: { rule: string }) => finding.rule),
      ['task-open', 'blank'],
    );
  });

  it('loads workspace templates, says where a broken one is wrong, and keeps the others working', () => {
    const folder = join(workspace, '.sessions', 'templates');
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, 'retro.template.json'),
      JSON.stringify({ id: 'retro', name: { nl: 'Retro', en: 'Retro' }, match: { heading: '^Retro' } }, null, 2),
    );
    writeFileSync(join(folder, 'kapot.template.json'), '{\n  "id": "kapot",\n  "name": { "nl": "Kapot" },\n  "match": {}\n}\n');
    writeFileSync(join(workspace, 'sessies', 'retro.md'), joinLines('# Retro sprint 12', '', '- [ ] actiepunt', ''));

    const run = sessionLint(['--format', 'json', 'sessies/retro.md', 'sessies/blanco.md'], workspace);
    assert.match(run.stderr, /kapot\.template\.json:3:3 \(\/name\): Eigenschap "en" ontbreekt\. \[sjabloon overgeslagen\]/);
    const [retro, blank] = JSON.parse(run.stdout);
    assert.equal(retro.template, 'retro');
    assert.deepEqual(retro.findings.map((finding: { rule: string; line: number }) => `${finding.line} ${finding.rule}`), ['3 task-open']);
    assert.equal(blank.template, 'baateigenaren');
    assert.equal(run.code, 0);
  });

  it('on the fixture sheets: JSON per the contract, exit 1 for the defects (choice-multiple is an error), 0 without them', () => {
    // The day of the sessions: no agreement of the filled-in sheet is overdue yet (agreement-overdue).
    const all = sessionLint(['--format', 'json', '--today', '2026-03-12', 'test/fixtures'], repoPath());
    assert.equal(all.code, 1);
    const reports = JSON.parse(all.stdout) as { file: string; template: string | null; findings: { rule: string; severity: string }[] }[];
    assert.ok(validateOutput(reports), JSON.stringify(validateOutput.errors));
    const byFile = Object.fromEntries(reports.map((report) => [report.file, report]));
    assert.equal(byFile['test/fixtures/not-a-session.md'].template, null);
    assert.equal(byFile['test/fixtures/baateigenaren-frontmatter.md'].template, 'baateigenaren');
    assert.deepEqual(byFile['test/fixtures/baateigenaren-filled.md'].findings, []);
    assert.deepEqual(
      byFile['test/fixtures/baateigenaren-defects.md'].findings.filter((finding) => finding.severity === 'error').map((finding) => finding.rule),
      ['choice-multiple'],
    );
    const clean = sessionLint(['test/fixtures/baateigenaren-blank.md', 'test/fixtures/baateigenaren-filled.md', 'test/fixtures/not-a-session.md'], repoPath());
    assert.equal(clean.code, 0);
  });

  it('--status checks only the sheets with that status, so CI can fail on closed sessions alone', () => {
    const closed = joinLines('---', 'status: afgerond', '---', '# Sessie Baateigenaren', '', '### Baat 1: Klantbeleving', '- **Baateigenaar:** ___', '');
    writeFileSync(join(workspace, 'sessies', 'gesloten.md'), closed);
    writeFileSync(join(workspace, 'sessies', 'concept.md'), closed.replace('afgerond', 'concept'));
    const run = sessionLint(['--format', 'json', '--status', 'afgerond', 'sessies'], workspace);
    const reports = JSON.parse(run.stdout) as { file: string; findings: { rule: string; severity: string }[] }[];
    assert.deepEqual(reports.map((report) => report.file), ['sessies/gesloten.md']);
    assert.deepEqual(reports[0].findings.map((finding) => `${finding.rule}:${finding.severity}`), ['owner-missing:error']);
    assert.equal(run.code, 1);
    assert.equal(sessionLint(['--status', 'concept', 'sessies'], workspace).code, 0);
    assert.match(sessionLint(['--status', 'klaar', 'sessies'], workspace).stderr, /--status moet een van concept, gehouden, afgerond zijn, niet "klaar"/);
  });
});
