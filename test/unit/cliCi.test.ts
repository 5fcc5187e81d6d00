import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ruleDocsUrl } from '../../src/cli/ruleHelp';
import { RULES, CROSS_FILE_RULES } from '../../src/core/index';
import { USER_SHEET } from '../support/documents';
import { repoPath } from '../support/paths';
import { lintInProcess, sessionLint } from '../support/sessionLint';

const BLANK_FIXTURE = 'test/fixtures/baateigenaren-blank.md';
const VERSION = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')).version as string;

interface SarifRule {
  readonly id: string;
  readonly shortDescription: { readonly text: string };
  readonly fullDescription: { readonly text: string };
  readonly helpUri: string;
  readonly help: { readonly text: string; readonly markdown: string };
}

describe('session-lint for CI', function () {
  // Some runs start the real command: seconds each on a busy machine.
  this.timeout(60_000);
  let workspace: string;

  beforeEach(() => {
    workspace = mkdtempSync(join(tmpdir(), 'session-lint-ci-'));
    mkdirSync(join(workspace, 'sessies'));
    writeFileSync(join(workspace, 'sessies', 'blanco.md'), USER_SHEET);
  });

  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  it('--max-warnings N: the user’s blank sheet (six benefits without an owner) exits 1 over 5 and 0 at 6', () => {
    const over = sessionLint(['--max-warnings', '5', BLANK_FIXTURE], repoPath());
    assert.equal(over.code, 1);
    assert.equal(over.stderr, 'session-lint: 6 waarschuwing(en), meer dan de 5 die --max-warnings toestaat.\n');
    assert.match(over.stdout, /0 fout\(en\), 6 waarschuwing\(en\)/, 'the findings are still reported');
    const at = sessionLint(['--max-warnings=6', BLANK_FIXTURE], repoPath());
    assert.equal(at.code, 0, at.stderr);
    const english = sessionLint(['--lang', 'en', '--max-warnings', '0', '--format', 'sarif', BLANK_FIXTURE], repoPath());
    assert.equal(english.code, 1);
    assert.equal(english.stderr, 'session-lint: 6 warning(s), more than the 0 that --max-warnings allows.\n');
    assert.doesNotThrow(() => JSON.parse(english.stdout), 'SARIF on stdout stays SARIF');
  });

  it('--max-warnings takes a whole number of 0 or more', async () => {
    for (const value of ['-1', 'veel', '2.5']) {
      const run = await lintInProcess(['--max-warnings', value, 'sessies'], workspace);
      assert.equal(run.code, 2, value);
      assert.match(run.stderr, new RegExp(`--max-warnings moet een geheel getal van 0 of meer zijn, niet "${value.replace('.', '\\.')}"`));
    }
  });

  it('--status with no sheet of that status says so plainly, in either language; JSON stays JSON', async () => {
    const dutch = await lintInProcess(['--status', 'afgerond', 'sessies', 'sessies/blanco.md'], workspace);
    assert.equal(dutch.code, 0);
    assert.equal(dutch.stdout, 'Geen enkel blad heeft status afgerond: niets gecontroleerd (1 bestand(en) gelezen, 1 sessie(s) met een andere of geen status).\n');
    const english = await lintInProcess(['--lang', 'en', '--status', 'afgerond', 'sessies'], workspace);
    assert.equal(english.stdout, 'No sheet has status afgerond: nothing checked (1 file(s) read, 1 session(s) with another status or none).\n');
    const json = await lintInProcess(['--format', 'json', '--status', 'afgerond', 'sessies'], workspace);
    assert.deepEqual(JSON.parse(json.stdout), []);
    assert.match(json.stderr, /^session-lint: Geen enkel blad heeft status afgerond: niets gecontroleerd/);
  });

  it('--status with sheets of that status says how many of how many files', async () => {
    writeFileSync(join(workspace, 'sessies', 'gesloten.md'), USER_SHEET.replace(/^/, '---\nstatus: afgerond\n---\n'));
    const run = await lintInProcess(['--status', 'afgerond', 'sessies'], workspace);
    assert.match(run.stdout, /\n1 sessie\(s\) met status afgerond \(van 2 bestand\(en\)\): 6 fout\(en\), 39 waarschuwing\(en\), 0 info, 0 hint\(s\)\.\n$/);
    assert.equal(run.code, 1);
  });

  it('says every message on stderr in the run’s language, with no English among Dutch', () => {
    mkdirSync(join(workspace, '.sessions'));
    const dutch = sessionLint(['--templates', 'geen-map', 'weg.md', 'sessies/blanco.md'], workspace);
    assert.equal(dutch.code, 2);
    assert.equal(
      dutch.stderr,
      'geen-map: Kan niet gelezen worden: bestaat niet. [sjabloon overgeslagen]\nsession-lint: kan niet lezen weg.md: bestaat niet\n',
    );
    assert.match(dutch.stdout, /1 bestand\(en\), 1 sessie\(s\)/);
    const english = sessionLint(['--templates', 'geen-map', 'weg.md', 'sessies/blanco.md'], workspace, { LANG: 'en_US.UTF-8' });
    assert.equal(english.stderr, 'geen-map: Cannot be read: no such file. [template skipped]\nsession-lint: cannot read weg.md: no such file\n');
    assert.match(english.stdout, /1 file\(s\), 1 session\(s\)/);
  });

  it('takes the language from the configuration file, under --lang and over the locale', async () => {
    mkdirSync(join(workspace, '.sessions'));
    writeFileSync(join(workspace, '.sessions', 'config.jsonc'), '{ "language": "en" }');
    const fromFile = await lintInProcess(['weg.md'], workspace, { LANG: 'nl_NL.UTF-8' });
    assert.equal(fromFile.stderr, 'session-lint: cannot read weg.md: no such file\n');
    assert.match(fromFile.stdout, /^0 file\(s\)/);
    assert.match((await lintInProcess(['--bogus', 'x.md'], workspace)).stderr, /^session-lint: unknown option --bogus\nTry 'session-lint --help'/, 'usage errors too');
    const flag = await lintInProcess(['--lang', 'nl', 'weg.md'], workspace, { LANG: 'en_GB.UTF-8' });
    assert.equal(flag.stderr, 'session-lint: kan niet lezen weg.md: bestaat niet\n');
  });

  it('prints its help in the run’s language', async () => {
    const dutch = await lintInProcess(['--help'], workspace);
    assert.equal(dutch.code, 0);
    assert.match(dutch.stdout, /^Gebruik: session-lint \[opties\]/);
    assert.match(dutch.stdout, /--max-warnings <n> {10}afsluiten met 1 bij meer dan n waarschuwingen/);
    const english = await lintInProcess(['--help'], workspace, { LANG: 'en_GB.UTF-8' });
    assert.match(english.stdout, /^Usage: session-lint \[options\]/);
    assert.match(english.stdout, /--rule <rule=severity>/);
  });

  for (const language of ['nl', 'en'] as const) {
    it(`SARIF (${language}): every rule in the registry links its documentation (helpUri) and has a full description`, async () => {
      const run = await lintInProcess(['--lang', language, '--format', 'sarif', 'sessies'], workspace);
      const rules = JSON.parse(run.stdout).runs[0].tool.driver.rules as SarifRule[];
      const docs = readFileSync(repoPath(`docs/rules.${language}.md`), 'utf8');
      assert.deepEqual(rules.map((rule) => rule.id), [...RULES, ...CROSS_FILE_RULES].map((rule) => rule.id));
      for (const rule of rules) {
        assert.equal(rule.helpUri, `https://unpkg.com/session-templates@${VERSION}/docs/rules.${language}.md#${rule.id}`);
        assert.ok(docs.includes(`\n## \`${rule.id}\`\n`), `docs/rules.${language}.md has the section the link points to (${rule.id})`);
        assert.ok(rule.fullDescription.text.length > 30, rule.id);
        assert.notEqual(rule.fullDescription.text, rule.shortDescription.text, rule.id);
        assert.doesNotMatch(rule.fullDescription.text, /^\*|\n/, `${rule.id}: one plain line, without the "Default" lead`);
        assert.ok(rule.help.markdown.includes(rule.fullDescription.text.slice(0, 20)), rule.id);
        assert.doesNotMatch(rule.help.markdown, /\]\(#/, `${rule.id}: links within the page lead to the page on the web`);
      }
      const english = rules.find((rule) => rule.id === 'owner-missing')!.fullDescription.text;
      assert.match(english, language === 'en' ? /^A benefit \(`### Baat N: …`\) whose `\*\*Baateigenaar:\*\*` field is empty/ : /^Een baat/);
    });
  }

  it('the docs link follows the repository when package.json names one', () => {
    assert.equal(ruleDocsUrl('owner-missing', 'nl', '1.2.0', { type: 'git', url: 'git+https://github.com/gemeente/session-templates.git' }), 'https://github.com/gemeente/session-templates/blob/v1.2.0/docs/rules.nl.md#owner-missing');
    assert.equal(ruleDocsUrl('blank', 'en', '1.2.0', 'github:gemeente/session-templates'), 'https://github.com/gemeente/session-templates/blob/v1.2.0/docs/rules.en.md#blank');
    assert.equal(ruleDocsUrl('blank', 'en', '1.2.0', 'git@gitlab.com:gemeente/sessies.git'), 'https://gitlab.com/gemeente/sessies/blob/v1.2.0/docs/rules.en.md#blank');
    assert.equal(ruleDocsUrl('blank', 'en', '1.2.0', undefined), 'https://unpkg.com/session-templates@1.2.0/docs/rules.en.md#blank');
  });
});
