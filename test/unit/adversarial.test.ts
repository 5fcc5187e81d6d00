import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { normaliseName } from '../../src/core/model/names';
import { classifyValue } from '../../src/core/model/inline';
import { analyzeSheet, joinLines } from '../support/documents';
import { repoPath } from '../support/paths';

/** Runs `work` and says how long it took, in milliseconds. */
function timed(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

const BENEFIT_HEADING = JSON.parse(readFileSync(repoPath('src/templates/baateigenaren.template.json'), 'utf8')).benefits.heading as string;

// A whole analysis includes the parse (~0.2 s for 40 KB here); the bound leaves room for a busy machine.
const WHOLE_SHEET_MS = 5000;

describe('built-in patterns on input made to backtrack', function () {
  // Each pattern took seconds to minutes on these inputs before it was rewritten; now well under a second.
  this.timeout(20_000);

  it('the benefit heading pattern, a setext heading with a long run of spaces and a line break (also as a native RegExp)', () => {
    const heading = `Baat 1${' '.repeat(40_000)}\nx\ny`;
    const native = new RegExp(BENEFIT_HEADING, 'iu');
    assert.ok(timed(() => native.exec(heading)) < 1000);
    const sheet = joinLines('# Sessie Baateigenaren', '', `Baat 1${' '.repeat(40_000)}`, 'x', '===', '', '- **Baateigenaar:** ___', '');
    assert.ok(timed(() => analyzeSheet(sheet)) < WHOLE_SHEET_MS);
    assert.deepEqual([...(native.exec('Baat 3: Consistente klantbeleving') ?? [])].slice(1), ['3', 'Consistente klantbeleving']);
    assert.deepEqual([...(native.exec('Baat 3') ?? [])].slice(1), ['3', undefined]);
  });

  it('the owner-name normaliser on 40 KB of unclosed `(`', () => {
    const name = `Anna ${'('.repeat(40_000)}`;
    assert.ok(timed(() => normaliseName(name)) < 1000);
    assert.equal(normaliseName('Anna de Wit (PO) (afwezig)'), 'anna de wit');
    assert.equal(normaliseName('Anna (PO'), 'anna (po');
    const sheet = joinLines('# Sessie Baateigenaren', '', '### Baat 1: X', `- **Baateigenaar:** Anna ${'('.repeat(40_000)}`, '');
    assert.ok(timed(() => analyzeSheet(sheet)) < WHOLE_SHEET_MS);
  });

  it('the placeholder pattern on unclosed `[` before a long word', () => {
    const value = `[${'woord'.repeat(8_000)}`;
    assert.ok(timed(() => classifyValue(value)) < 1000);
    assert.equal(classifyValue('[invullen]'), 'placeholder');
    assert.equal(classifyValue('[1]'), 'filled');
    const sheet = joinLines('# Sessie Baateigenaren', '', `**Programma:** ${'[woord'.repeat(7_000)}`, '');
    assert.ok(timed(() => analyzeSheet(sheet)) < WHOLE_SHEET_MS);
  });

  it('the disable comment on many unclosed `<!-- session-lint-disable`', () => {
    const sheet = joinLines('# Sessie Baateigenaren', '', '<!-- session-lint-disable x'.repeat(2_000), '');
    assert.ok(timed(() => analyzeSheet(sheet)) < WHOLE_SHEET_MS);
  });
});
