import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { analyzeSheet, findingKeys } from '../support/documents';
import { repoPath } from '../support/paths';

const FIXTURES = repoPath('test/fixtures');

/** A fixture ends with `<!-- expected-findings … -->`: one `line:column rule` per finding. */
function expectedFindings(text: string): string[] | undefined {
  const block = /<!-- expected-findings\n([\s\S]*?)-->\s*$/.exec(text);
  return block?.[1].split('\n').filter((line) => line.trim() !== '');
}

const read = (name: string) => readFileSync(`${FIXTURES}/${name}`, 'utf8');

describe('fixture sheets', () => {
  const names = readdirSync(FIXTURES).filter((name) => name.endsWith('.md'));

  it('are all there', () => {
    assert.ok(names.length >= 6, names.join(', '));
  });

  for (const name of names) {
    it(`${name} gives exactly its expected findings`, () => {
      const text = read(name);
      const expected = expectedFindings(text);
      assert.ok(expected, `${name} has no expected-findings block`);
      assert.deepEqual(findingKeys(analyzeSheet(text)), expected);
    });
  }

  it('the filled-in sheet is complete: every place filled, no findings', () => {
    const analysis = analyzeSheet(read('baateigenaren-filled.md'));
    assert.equal(analysis.template?.id, 'baateigenaren');
    assert.equal(analysis.progress!.done, analysis.progress!.total);
    assert.ok(analysis.progress!.total > 50);
  });

  it('the defects sheet has one finding of every rule', () => {
    const rules = analyzeSheet(read('baateigenaren-defects.md')).findings.map((finding) => finding.rule);
    assert.equal(new Set(rules).size, rules.length);
    assert.equal(rules.length, 16);
  });

  it('a README with task lists is no session: no template, no progress, no findings', () => {
    const analysis = analyzeSheet(read('not-a-session.md'));
    assert.equal(analysis.template, undefined);
    assert.equal(analysis.progress, undefined);
  });

  it('CRLF line endings and a UTF-8 BOM give the same findings, on the same lines and columns, with the same fixes', () => {
    for (const name of ['baateigenaren-defects.md', 'baateigenaren-blank.md']) {
      const lf = read(name);
      const crlfBom = `\uFEFF${lf.replace(/\n/g, '\r\n')}`;
      assert.ok(crlfBom.startsWith('\uFEFF') && crlfBom.includes('\r\n'));
      const strip = (analysis: ReturnType<typeof analyzeSheet>) =>
        analysis.findings.map((finding) => ({ ...finding, fixes: finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, newText: edit.newText.replace(/\r\n/g, '\n') })) })) }));
      assert.deepEqual(strip(analyzeSheet(crlfBom)), strip(analyzeSheet(lf)));
    }
  });

  it('a fix inserted into a CRLF sheet uses CRLF', () => {
    const crlf = read('baateigenaren-defects.md').replace(/\n/g, '\r\n');
    const unchecked = analyzeSheet(crlf).findings.find((finding) => finding.rule === 'ownership-unchecked')!;
    const inserted = unchecked.fixes[0].edits[0].newText;
    assert.ok(inserted.includes('\r\n| Vraag | Antwoord |\r\n'));
    assert.ok(!/[^\r]\n/.test(inserted));
  });
});
