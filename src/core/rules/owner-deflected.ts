import { text } from '../i18n/text';
import { namesMatch } from '../model/names';
import type { OwnershipCheck } from '../model/session';
import { ownerVerdict } from './owner-verdict';
import { DEFLECTION_DEFAULTS, deflectionReason, ownerSpan, pickOwnerFixes } from './ownership';
import type { Rule } from './rule';

/**
 * The "Dat is van het programma" pitfall: a benefit owner (also in an ownership check) that
 * is the programme itself or its manager, or an agreement left to "het programma". A check
 * naming the same deflected owner as its benefit is not reported again.
 */
export const ownerDeflected: Rule = {
  id: 'owner-deflected',
  defaultSeverity: 'warning',
  openItem: false,
  ownership: true,
  description: text(
    'Het eigenaarschap wordt teruggelegd bij het programma ("Dat is van het programma").',
    'Ownership is handed back to the programme ("Dat is van het programma").',
  ),
  defaults: DEFLECTION_DEFAULTS,
  check({ session, report }) {
    // A check that repeats its benefit's deflected owner is the same defect: one finding, at the benefit.
    const repeated = new Set<OwnershipCheck>();
    for (const benefit of session.benefits) {
      const owner = benefit.owner;
      if (!owner || ownerVerdict(session, owner.value) !== 'deflected') continue;
      const reason = deflectionReason(session, owner.value.trim());
      if (!reason) continue;
      report({ span: ownerSpan(owner), message: reason, fixes: () => pickOwnerFixes(session, owner) });
      for (const check of benefit.checks) {
        if (check.ownerCell?.state === 'filled' && namesMatch(owner.value, check.ownerCell.text)) repeated.add(check);
      }
    }
    for (const check of session.ownershipChecks) {
      const cell = check.ownerCell;
      if (cell?.state !== 'filled' || repeated.has(check)) continue;
      const reason = deflectionReason(session, cell.text);
      if (reason) report({ span: cell.contentSpan, message: reason, fixes: () => pickOwnerFixes(session, cell) });
    }
    for (const agreement of session.agreements) {
      const cell = agreement.responsible;
      if (cell.state !== 'filled') continue;
      const reason = deflectionReason(session, cell.text, false);
      if (reason) {
        report({
          span: cell.contentSpan,
          message: text(
            `"${cell.text}" is het programma, geen verantwoordelijke ("Dat is van het programma"); wie van de deelnemers pakt dit op?`,
            `"${cell.text}" is the programme, not a responsible person ("Dat is van het programma"); which participant takes this on?`,
          ),
          fixes: () => pickOwnerFixes(session, cell),
        });
      }
    }
  },
};
