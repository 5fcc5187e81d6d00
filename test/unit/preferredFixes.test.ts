import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { builtInTemplates, fixSheet } from '../../src/core/index';
import { analyzeSheet } from '../support/documents';
import { repoPath } from '../support/paths';

/** Rules whose fix corrects the sheet's form; every other fix records what happened and is a person's to choose. */
const FORM_FIXES = new Set(['agenda-time', 'ownership-unchecked']);

const fixtures = readdirSync(repoPath('test/fixtures'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ name, text: readFileSync(repoPath('test/fixtures', name), 'utf8') }));

describe('preferred fixes: what --fix and the editor’s auto fix make without asking', function () {
  this.timeout(60_000);

  it('only fixes of the sheet’s form are preferred; ticking, choosing, naming an owner or marking someone present never are', () => {
    const seen = new Map<string, { preferred: number; other: number }>();
    for (const { text } of fixtures) {
      for (const finding of analyzeSheet(text).findings) {
        const tally = seen.get(finding.rule) ?? { preferred: 0, other: 0 };
        for (const fix of finding.fixes) tally[fix.preferred ? 'preferred' : 'other']++;
        seen.set(finding.rule, tally);
      }
    }
    for (const [rule, tally] of seen) {
      if (FORM_FIXES.has(rule)) assert.equal(tally.other, 0, `${rule}: every fix is preferred`);
      else assert.equal(tally.preferred, 0, `${rule}: no fix is preferred`);
    }
    // The fixtures do exercise the fixes that record answers.
    for (const rule of ['task-open', 'owner-absent', 'choice-missing', 'owner-missing']) assert.ok((seen.get(rule)?.other ?? 0) > 0, rule);
  });

  it('fixing the defects sheet recomputes the agenda and adds the missing check, and leaves every box, answer and owner as the note-taker wrote it', () => {
    const original = readFileSync(repoPath('test/fixtures/baateigenaren-defects.md'), 'utf8');
    const { text } = fixSheet(original, { templates: builtInTemplates().templates });
    const lines = new Set(text.split('\n'));
    const recorded = original.split('\n').filter((line) => /\[[ xX]\]|\*\*Baateigenaar:\*\*|Wie is de eigenaar/.test(line));
    assert.ok(recorded.length > 15);
    for (const line of recorded) assert.ok(lines.has(line), `still there: ${line}`);
    assert.ok(text.includes('| 14:05 | Per sector: welke baten zijn prioriteit? | 30 min |'), 'the agenda follows the durations');
    const findings = analyzeSheet(text).findings.map((finding) => finding.rule);
    assert.ok(!findings.includes('agenda-time'));
    assert.ok(findings.includes('task-open') && findings.includes('owner-absent'), 'open tasks and an absent owner are still reported, for a person to settle');
  });
});
