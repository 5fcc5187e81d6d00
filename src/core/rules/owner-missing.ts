import { text } from '../i18n/text';
import { ownerVerdict } from './owner-verdict';
import { ownerSpan, pickOwnerFixes } from './ownership';
import type { Rule } from './rule';

/**
 * A benefit without an owner: a blank, a placeholder, nothing, no owner field at all, or
 * something that is no name (`?`, `nvt`, `x`).
 */
export const ownerMissing: Rule = {
  id: 'owner-missing',
  defaultSeverity: 'warning',
  openItem: true,
  ownership: true,
  description: text('Een baat heeft nog geen eigenaar.', 'A benefit has no owner yet.'),
  check({ session, report }) {
    for (const benefit of session.benefits) {
      const owner = benefit.owner;
      if (!owner) {
        report({ span: benefit.heading.span, message: text('geen veld voor de eigenaar.', 'no owner field.') });
        continue;
      }
      const verdict = ownerVerdict(session, owner.value);
      if (verdict !== 'missing' && verdict !== 'junk') continue;
      report({
        span: ownerSpan(owner),
        message:
          verdict === 'junk'
            ? text(`"${owner.value}" is geen naam; wie is de eigenaar?`, `"${owner.value}" is not a name; who is the owner?`)
            : text('nog geen eigenaar.', 'no owner yet.'),
        fixes: () => pickOwnerFixes(session, owner),
      });
    }
  },
};
