import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, builtInTemplates, checkTrack, type TrackFile } from '../../src/core/index';
import { repoPath } from '../support/paths';

const TRACK = repoPath('test/fixtures/track');
const PLAN = 'traject-schulden-en-werk.md';

function sessionLint(args: string[]) {
  const result = spawnSync(process.execPath, [repoPath('bin/session-lint.js'), ...args], { cwd: TRACK, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The example track as the checks see it; `edit` changes one file's text first. */
function track(edit: Record<string, (text: string) => string> = {}): TrackFile[] {
  return readdirSync(TRACK)
    .sort()
    .map((name) => {
      const text = readFileSync(join(TRACK, name), 'utf8');
      return { path: `/track/${name}`, analysis: analyze(edit[name]?.(text) ?? text, { templates: builtInTemplates().templates, language: 'en' }) };
    });
}

const summary = (files: TrackFile[], today = { year: 2027, month: 4, day: 1 }) =>
  checkTrack(files, { language: 'en', today }).map(({ path, finding }) => `${path.replace('/track/', '')}:${finding.range.start.line} ${finding.rule}`);

describe('a whole track across its files', function () {
  // Starts session-lint as a process for some cases.
  this.timeout(60_000);

  it('session-lint on the example track folder reports the problems between its files', () => {
    const { code, stdout } = sessionLint(['--format', 'json', '--lang', 'en', '--today', '2027-04-01', '.']);
    assert.equal(code, 1, 'the closed kick-off and feedback have errors of their own');
    const across = (JSON.parse(stdout) as { file: string; findings: { rule: string; line: number; message: string }[] }[]).flatMap((report) =>
      report.findings.filter((finding) => finding.rule.startsWith('track-')).map((finding) => `${report.file}:${finding.line} ${finding.rule}: ${finding.message}`),
    );
    assert.deepEqual(across, [
      '2027-01-18-inwonersreis.md:50 track-continuity: Reis 2: Henk meldt zich bij het werkplein: does not come back in the service-blueprint sessions (no heading with the same title).',
      '2027-02-03-service-blueprint.md:11 track-date: This session is on 3 februari 2027, but the track plan gives 1 februari 2027 (Service blueprint 1).',
      `${PLAN}:51 track-session-missing: Planning, row 3: no session sheet for Inwonersreis 2 (20 januari 2027) refers to this track plan (front matter traject:).`,
    ]);
  });

  it('a planned session still to come is not missing yet', () => {
    assert.ok(!summary(track(), { year: 2027, month: 1, day: 19 }).some((line) => line.endsWith('track-session-missing')));
  });

  it('a blueprint without its part in the feedback, and a plan that is not there', () => {
    const files = track({
      '2027-02-19-terugkoppeling.md': (text) => text.replace('## Blueprint 1: Samira zoekt hulp bij een aanmaning', '## Blueprint 1: Iets anders'),
      '2027-01-11-kick-off.md': (text) => text.replace('traject: traject-schulden-en-werk.md', 'traject: ../elders/plan.md'),
    });
    const found = summary(files);
    assert.ok(found.includes('2027-01-11-kick-off.md:1 track-plan-missing'), found.join('\n'));
    assert.ok(found.includes(`${PLAN}:49 track-session-missing`), 'the kick-off no longer refers to this plan');
    assert.ok(found.includes('2027-02-03-service-blueprint.md:39 track-continuity'), found.join('\n'));
  });

  it('a session with the planned date and every journey carried over gives nothing', () => {
    const files = track({
      '2027-02-03-service-blueprint.md': (text) =>
        text.replace('**Datum:** 3 februari 2027', '**Datum:** 1 februari 2027').replace('## Na de sessie', '## Blueprint 2: Henk meldt zich bij het werkplein\n\n## Na de sessie'),
      [PLAN]: (text) => text.replace(/^\| Inwonersreis 2 .*\n/m, ''),
    });
    assert.deepEqual(summary(files), []);
  });
});
