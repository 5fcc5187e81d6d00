import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, builtInTemplates, RULE_IDS, type Analysis, type Finding } from '../../src/core/index';

// Bundled to out/test/unit/fixtures.test.js: three levels up is the repository root.
const FIXTURES = path.join(__dirname, '../../../test/fixtures');

/** The fixtures this suite is about; a missing file or a lost block must fail, not be skipped. */
const KNOWN = [
  'baateigenaren-blank.md',
  'baateigenaren-crlf-bom.md',
  'baateigenaren-defects.md',
  'baateigenaren-filled.md',
  'baateigenaren-frontmatter.md',
  'disable-comments.md',
  'not-a-session.md',
  ...['traject', 'kick-off', 'inwonersreis', 'service-blueprint', 'terugkoppeling'].flatMap((id) => [`${id}-blank.md`, `${id}-filled.md`]),
];

const readRaw = (name: string): Buffer => readFileSync(path.join(FIXTURES, name));
const read = (name: string): string => readRaw(name).toString('utf8');

const run = (text: string): Analysis => analyze(text, { templates: builtInTemplates().templates, language: 'nl' });

/**
 * The expected findings: the `<!-- expected-findings … -->` block that ends the file, one
 * `line:column rule` per line. Undefined when there is no block: then it is no fixture.
 */
function expectedFindings(text: string): string[] | undefined {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const block = /<!-- expected-findings\n([\s\S]*?)-->\s*$/.exec(normalised);
  return block?.[1].split('\n').map((line) => line.trim()).filter((line) => line !== '');
}

const keys = (analysis: Analysis): string[] =>
  analysis.findings.map((finding) => `${finding.range.start.line}:${finding.range.start.column} ${finding.rule}`);

const ruleRangeMessage = (findings: readonly Finding[]) => findings.map(({ rule, range, message }) => ({ rule, range, message }));

describe('fixture sheets (test/fixtures)', () => {
  const fixtures = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .filter((name) => expectedFindings(read(name)) !== undefined);

  it('are all there, each ending with its expected-findings block', () => {
    for (const name of KNOWN) assert.ok(fixtures.includes(name), `${name} is missing or has no expected-findings block`);
  });

  for (const name of fixtures) {
    it(`${name}: exactly the expected findings, in document order`, () => {
      const text = read(name);
      assert.deepEqual(keys(run(text)), expectedFindings(text));
    });
  }

  it('no finding quotes an inline control comment back to the user', () => {
    for (const name of fixtures) {
      for (const finding of run(read(name)).findings) {
        assert.ok(!finding.message.includes('<!--'), `${name}:${finding.range.start.line}: ${finding.message}`);
      }
    }
  });

  describe('baateigenaren-filled.md', () => {
    it('is recognised and complete: every place filled', () => {
      const analysis = run(read('baateigenaren-filled.md'));
      assert.equal(analysis.template?.id, 'baateigenaren');
      assert.ok(analysis.progress);
      assert.ok(analysis.progress.total > 50, `only ${analysis.progress.total} places to fill`);
      assert.equal(analysis.progress.done, analysis.progress.total);
    });
  });

  describe('baateigenaren-defects.md', () => {
    it('has exactly one finding of every rule the benefit-owner template uses', () => {
      const rules = run(read('baateigenaren-defects.md')).findings.map((finding) => finding.rule);
      // The track's rules (participants-count, attribution, …) have no parameters in this template.
      assert.deepEqual([...rules].sort(), RULE_IDS.slice(0, RULE_IDS.indexOf('agreement-incomplete') + 1).sort());
    });

    it('agenda-total gives the real length: 13:30 to 15:45 is 2 uur 15 min, whatever the one wrong start time', () => {
      const total = run(read('baateigenaren-defects.md')).findings.find((finding) => finding.rule === 'agenda-total');
      assert.ok(total);
      assert.match(total.message, /duurt hier al 2 uur 15 min,/);
    });
  });

  describe('baateigenaren-crlf-bom.md', () => {
    it('really is UTF-8 with a BOM and CRLF line endings only (no git conversion got at it)', () => {
      const bytes = readRaw('baateigenaren-crlf-bom.md');
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      assert.ok(text.includes('\r\n'));
      assert.ok(!/[^\r]\n/.test(text), 'a bare LF line ending');
    });

    it('is the defects sheet, byte for byte apart from the BOM and the line endings', () => {
      const lf = read('baateigenaren-defects.md');
      assert.equal(read('baateigenaren-crlf-bom.md'), `\uFEFF${lf.replace(/\n/g, '\r\n')}`);
    });

    it('gives the same findings as the LF defects sheet: rule, range and message', () => {
      const crlf = run(read('baateigenaren-crlf-bom.md'));
      const lf = run(read('baateigenaren-defects.md'));
      assert.ok(crlf.findings.length > 0);
      assert.deepEqual(ruleRangeMessage(crlf.findings), ruleRangeMessage(lf.findings));
    });

    it('the blank sheet too gives the same findings once converted to CRLF with a BOM', () => {
      const lf = read('baateigenaren-blank.md');
      const crlf = run(`\uFEFF${lf.replace(/\n/g, '\r\n')}`);
      assert.deepEqual(ruleRangeMessage(crlf.findings), ruleRangeMessage(run(lf).findings));
    });

    it('a fix that inserts lines inserts CRLF lines', () => {
      const unchecked = run(read('baateigenaren-crlf-bom.md')).findings.find((finding) => finding.rule === 'ownership-unchecked');
      assert.ok(unchecked);
      const inserted = unchecked.fixes[0].edits[0].newText;
      assert.ok(inserted.includes('\r\n| Vraag | Antwoord |\r\n'), JSON.stringify(inserted));
      assert.ok(!/[^\r]\n/.test(inserted), JSON.stringify(inserted));
    });
  });

  describe('not-a-session.md', () => {
    it('is no session sheet: no template, no progress, no findings', () => {
      const analysis = run(read('not-a-session.md'));
      assert.equal(analysis.template, undefined);
      assert.equal(analysis.progress, undefined);
      assert.deepEqual(analysis.findings, []);
    });
  });

  describe('baateigenaren-frontmatter.md', () => {
    it('is recognised by its front matter, not by its title', () => {
      const text = read('baateigenaren-frontmatter.md');
      const analysis = run(text);
      assert.equal(analysis.template?.id, 'baateigenaren');
      const title = analysis.session?.title?.text;
      assert.equal(title, 'Baateigenaren PO-sector, 12 maart');
      assert.equal(analysis.template.heading?.test(title), false, 'the title alone would match the template');
      const withoutFrontMatter = text.replace(/^---\n[\s\S]*?\n---\n/, '');
      assert.notEqual(withoutFrontMatter, text);
      assert.equal(run(withoutFrontMatter).template, undefined);
    });
  });

  describe('disable-comments.md', () => {
    it('the comments are what keeps the other findings away: without them exactly these come back', () => {
      const text = read('disable-comments.md');
      const directive = /<!--\s*session-lint-(?:disable-next-line|disable-line|disable|enable)\b[^>]*?-->/g;
      const kept = keys(run(text));
      const all = keys(run(text.replace(directive, '')));
      for (const key of kept) assert.ok(all.includes(key), `${key} only appears with the comments`);
      assert.deepEqual(
        all.filter((key) => !kept.includes(key)),
        [
          '6:14 placeholder', // disable placeholder field-empty
          '7:1 field-empty',
          '11:1 field-empty', // enable placeholder leaves field-empty off
          '21:1 row-incomplete', // disable-line at the end of a table row
          '27:3 task-open', // disable-next-line
          '28:3 task-open', // disable-line
          '36:22 choice-missing', // disable without ids: every rule
          '37:22 choice-multiple',
        ],
      );
    });
  });
});
