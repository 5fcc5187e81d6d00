import { analyze, type AnalyzeOptions } from './analyze';
import { applyFixes } from './applyFixes';

/** Enough for fixes that make room for others (a fix can only apply once its neighbour's is in). */
const MAX_PASSES = 10;

/**
 * Applies every preferred fix (a finding's one fix that corrects the sheet's form, see
 * FixDraft.preferred; never one that records what happened) to a session sheet, pass after
 * pass until nothing changes, so running it again changes nothing. A text that is not a
 * session sheet comes back as it was. `passes` counts the passes that changed the text.
 */
export function fixSheet(original: string, options: AnalyzeOptions): { text: string; applied: number; passes: number } {
  let text = original;
  let applied = 0;
  let passes = 0;
  while (passes < MAX_PASSES) {
    const analysis = analyze(text, options);
    if (!analysis.template) break;
    const preferred = analysis.findings.flatMap((finding) => {
      const chosen = finding.fixes.filter((fix) => fix.preferred);
      return chosen.length === 1 ? chosen : [];
    });
    const result = applyFixes(text, preferred);
    if (result.applied === 0 || result.text === text) break;
    text = result.text;
    applied += result.applied;
    passes++;
  }
  return { text, applied, passes };
}
