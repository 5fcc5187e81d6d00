import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, builtInTemplates } from '../../src/core/index';
import { maybeSessionSheet } from '../../src/core/template/recognise';
import { joinLines } from '../support/documents';

const { templates } = builtInTemplates();
const FIXTURES = path.join(__dirname, '../../../test/fixtures');
const fixtures = [...readdirSync(FIXTURES), ...readdirSync(path.join(FIXTURES, 'track')).map((name) => path.join('track', name))].filter((name) => name.endsWith('.md'));

describe('recognising a sheet from its lines, before any parse', () => {
  it('says yes to every fixture the full analysis reads as a sheet, and to every scaffold', () => {
    let sheets = 0;
    for (const name of fixtures) {
      const text = readFileSync(path.join(FIXTURES, name), 'utf8');
      if (!analyze(text, { templates }).template) continue;
      sheets++;
      assert.ok(maybeSessionSheet(text, templates), name);
    }
    assert.ok(sheets >= 15, `${sheets} sheets`);
    for (const template of templates) assert.ok(maybeSessionSheet(template.scaffold ?? '', templates), template.id);
  });

  it('says no to plain Markdown, which then costs no parse', () => {
    const readme = joinLines('# Release checklist', '', '- [ ] tag', '**Owner:** ___', '```', '# Sessie Baateigenaren', '```', '');
    assert.equal(maybeSessionSheet(readme, templates), false, 'a heading inside a code block is no heading');
    assert.equal(analyze(readme, { templates }).template, undefined);
  });

  it('reads headings as the parser does: setext, closing hashes, emphasis, a BOM and CRLF', () => {
    for (const text of [
      'Sessie Baateigenaren\n====\n',
      '# Sessie Baateigenaren ##\n',
      '# **Sessie** Baateigenaren\n',
      '\uFEFF# Template: Sessie Baateigenaren\r\n\r\nText\r\n',
      '---\ntemplate: baateigenaren\n---\n\nNo heading at all.\n',
      '  # Kick-off Inwonersreizen\n',
    ]) {
      assert.ok(maybeSessionSheet(text, templates), JSON.stringify(text));
    }
    for (const text of ['#Sessie Baateigenaren\n', '    # Sessie Baateigenaren\n', '## Sessie Baateigenaren\n', '---\ntitle: x\n---\n# Notes\n']) {
      assert.equal(maybeSessionSheet(text, templates), false, JSON.stringify(text));
    }
  });

  it('stays linear on hostile lines', function () {
    this.timeout(20_000);
    const hostile = [`# ${' '.repeat(50_000)}x`, `# ${'['.repeat(50_000)}`, `# ${' #'.repeat(25_000)}`, `${'='.repeat(50_000)}x`].join('\n');
    const start = performance.now();
    assert.equal(maybeSessionSheet(hostile, templates), false);
    assert.ok(performance.now() - start < 1000, `${Math.round(performance.now() - start)} ms`);
  });
});
