import { listOf, text } from '../i18n/text';
import { namesMatch } from '../model/names';
import type { OwnershipCheck } from '../model/session';
import { setBox, setCellValue } from './edits';
import { isNotAName, ownerVerdict } from './owner-verdict';
import { deflectionReason } from './ownership';
import type { FixDraft, Rule, SpanEdit } from './rule';

/**
 * ### `ownership-mismatch`
 * A check that asks someone else. The benefit has an owner (`**Baateigenaar:** Fatima
 * Bouali`) and its ownership check names someone, but no check of the benefit names the
 * owner (`| Wie is de eigenaar van deze baat? | Kees Jansen |`): its answers say nothing
 * about whether the owner took ownership. Reported at the check's owner cell. A check that
 * names the programme is `owner-deflected`'s; a check naming nobody is `ownership-unchecked`'s.
 * Fix, when the check is this benefit's alone: write the owner into the cell and clear the
 * ticked answers, so the questions are asked again (only those characters change).
 */
export const ownershipMismatch: Rule = {
  id: 'ownership-mismatch',
  defaultSeverity: 'warning',
  openItem: false,
  ownership: true,
  description: text(
    'De eigenaarschapscheck van een baat vraagt iemand anders dan de eigenaar.',
    'A benefit’s ownership check asks someone other than its owner.',
  ),
  check({ session, report }) {
    // The owners each named check fails to ask; a check shared by benefits is reported once.
    const missed = new Map<OwnershipCheck, string[]>();
    const shared = new Map<OwnershipCheck, number>();
    for (const benefit of session.benefits) {
      for (const check of benefit.checks) shared.set(check, (shared.get(check) ?? 0) + 1);
      const owner = benefit.owner;
      if (!owner || ['missing', 'junk', 'deflected'].includes(ownerVerdict(session, owner.value))) continue;
      const named = benefit.checks.filter((check) => check.ownerCell?.state === 'filled');
      if (named.some((check) => namesMatch(owner.value, check.ownerCell!.text))) continue;
      for (const check of named) {
        // A check naming the programme is owner-deflected's finding.
        if (!deflectionReason(session, check.ownerCell!.text)) missed.set(check, [...(missed.get(check) ?? []), owner.value]);
      }
    }
    for (const [check, owners] of missed) {
      const cell = check.ownerCell!;
      const asked = isNotAName(cell.text) ? `"${cell.text}"` : cell.text;
      const [owner] = owners;
      report({
        span: cell.contentSpan,
        message:
          owners.length === 1
            ? text(
                `de eigenaarschapscheck vraagt ${asked}, maar de eigenaar is ${owner}; stel de vragen opnieuw aan ${owner}.`,
                `the ownership check asks ${asked}, but the owner is ${owner}; ask ${owner} the questions again.`,
              )
            : text(
                `de eigenaarschapscheck vraagt ${asked}, maar de eigenaren zijn ${listOf(owners, 'nl')}; stel hun de vragen opnieuw.`,
                `the ownership check asks ${asked}, but the owners are ${listOf(owners, 'en')}; ask them the questions again.`,
              ),
        // Only a check of one benefit can simply be given to its owner.
        fixes: owners.length === 1 && shared.get(check) === 1 ? [askOwnerFix(check, owner)] : [],
      });
    }
  },
};

/** The owner in the check's owner cell, every ticked answer cleared. */
function askOwnerFix(check: OwnershipCheck, owner: string): FixDraft {
  const edits: SpanEdit[] = [setCellValue(check.ownerCell!, owner)];
  for (const answer of check.answers) {
    for (const box of answer.group?.options ?? (answer.cell.checkbox ? [answer.cell.checkbox] : [])) edits.push(...setBox(box, false));
  }
  return {
    title: text(`Vul ${owner} in bij de check en wis de antwoorden`, `Put ${owner} in the check and clear its answers`),
    edits,
  };
}
