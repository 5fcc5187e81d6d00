import { text } from '../i18n/text';
import { ownerSpan, pickOwnerFixes } from './ownership';
import type { Rule } from './rule';

/** A benefit without an owner: a blank, a placeholder, nothing, or no owner field at all. */
export const ownerMissing: Rule = {
  id: 'owner-missing',
  defaultSeverity: 'warning',
  openItem: true,
  ownership: true,
  description: text('Een baat heeft nog geen eigenaar.', 'A benefit has no owner yet.'),
  check({ session, report }) {
    for (const benefit of session.benefits) {
      const owner = benefit.owner;
      if (owner?.state === 'filled') continue;
      report({
        span: owner ? ownerSpan(owner) : benefit.heading.span,
        message: owner ? text('nog geen eigenaar.', 'no owner yet.') : text('geen veld voor de eigenaar.', 'no owner field.'),
        fixes: owner ? pickOwnerFixes(session, owner) : [],
      });
    }
  },
};
