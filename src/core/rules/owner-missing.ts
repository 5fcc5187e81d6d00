import { text } from '../i18n/text';
import type { Benefit } from '../model/session';
import { ownerSpan, pickOwnerFixes } from './ownership';
import type { Rule } from './rule';

export function benefitName(benefit: Benefit): string {
  return benefit.number === undefined ? `"${benefit.title}"` : `${benefit.number} "${benefit.title}"`;
}

/** A benefit without an owner: a blank, a placeholder, nothing, or no owner field at all. */
export const ownerMissing: Rule = {
  id: 'owner-missing',
  defaultSeverity: 'warning',
  openItem: true,
  description: text('Een baat heeft nog geen eigenaar.', 'A benefit has no owner yet.'),
  check({ session, report }) {
    for (const benefit of session.benefits) {
      const owner = benefit.owner;
      if (owner?.state === 'filled') continue;
      report({
        span: owner ? ownerSpan(owner) : benefit.heading.span,
        message: owner
          ? text(`Baat ${benefitName(benefit)} heeft nog geen eigenaar.`, `Benefit ${benefitName(benefit)} has no owner yet.`)
          : text(`Baat ${benefitName(benefit)} heeft geen veld voor de eigenaar.`, `Benefit ${benefitName(benefit)} has no owner field.`),
        fixes: owner ? pickOwnerFixes(session, owner) : [],
      });
    }
  },
};
