import assert from 'node:assert/strict';
import { analyze, applyFixes, builtInTemplates, checkTrack, scaffoldPathProblem, type TrackFile } from '../../src/core/index';
import { analyzeSheet, findingKeys, joinLines, USER_SHEET } from '../support/documents';

const run = (text: string): TrackFile['analysis'] => analyze(text, { templates: builtInTemplates().templates, language: 'en' });

describe('odd input in the core', function () {
  this.timeout(20_000);

  it('two leading byte order marks shift nothing: the findings are where they are with one', () => {
    const one = findingKeys(analyzeSheet(`\uFEFF${USER_SHEET}`));
    assert.deepEqual(findingKeys(analyzeSheet(`\uFEFF\uFEFF${USER_SHEET}`)), one);
    assert.deepEqual(one, findingKeys(analyzeSheet(USER_SHEET)));
  });

  it('applyFixes keeps the BOMs and CRLF, takes every fix whole or not at all, and leaves overlapping ones out', () => {
    const original = '\uFEFF\uFEFFab\r\ncd\r\n';
    const at = (line: number, column: number) => ({ line, column });
    const fix = (line: number, start: number, end: number, newText: string) => ({ title: 't', edits: [{ range: { start: at(line, start), end: at(line, end) }, newText }], preferred: true });
    const result = applyFixes(original, [fix(1, 1, 2, 'A'), fix(1, 1, 3, 'X'), fix(2, 2, 3, 'D\r\n')]);
    assert.deepEqual(result, { text: '\uFEFF\uFEFFAb\r\ncD\r\n\r\n', applied: 2 });
  });

  it('a track plan that is the sheet itself, or two sheets that name each other, are reported, not counted as plans', () => {
    const sheet = (traject: string) => joinLines('---', 'template: kick-off', `traject: ${traject}`, '---', '# Kick-off Inwonersreizen', '');
    const files: TrackFile[] = [
      { path: '/t/zelf.md', analysis: run(sheet('zelf.md')) },
      { path: '/t/a.md', analysis: run(sheet('b.md')) },
      { path: '/t/b.md', analysis: run(sheet('./a.md')) },
    ];
    const found = checkTrack(files, { language: 'en' }).map(({ path, finding }) => `${path} ${finding.rule}: ${finding.message}`);
    assert.deepEqual(found, [
      '/t/zelf.md track-plan-missing: The track plan "zelf.md" is this sheet itself; refer to the track plan.',
      '/t/a.md track-plan-missing: The track plan "b.md" refers back to this sheet (through traject:); one of them is not a track plan.',
      '/t/b.md track-plan-missing: The track plan "./a.md" refers back to this sheet (through traject:); one of them is not a track plan.',
    ]);
  });

  it('scaffoldPathProblem: a scaffold must lie inside its templates folder', () => {
    assert.equal(scaffoldPathProblem('/w/.sessions/templates', '/w/.sessions/templates/retro.md'), undefined);
    assert.equal(scaffoldPathProblem('/w/.sessions/templates/', '/w/.sessions/templates/sub/../retro.md'), undefined);
    assert.equal(scaffoldPathProblem('C:\\w\\templates', 'c:/w/templates/retro.md'), undefined);
    for (const outside of ['/w/.sessions/templates/../../etc/passwd', '/etc/passwd', '/w/.sessions/templates', '/w/.sessions/templates-2/x.md']) {
      assert.match(scaffoldPathProblem('/w/.sessions/templates', outside)?.en ?? '', /lies outside the templates folder/, outside);
    }
  });
});
