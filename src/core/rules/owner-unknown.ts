import { text } from '../i18n/text';
import { ownerVerdict } from './owner-verdict';
import { ownerSpan, pickOwnerFixes } from './ownership';
import type { Rule } from './rule';

/** A benefit owner who is not in the participants table. */
export const ownerUnknown: Rule = {
  id: 'owner-unknown',
  defaultSeverity: 'warning',
  openItem: false,
  ownership: true,
  description: text('De eigenaar van een baat staat niet in de deelnemerstabel.', 'A benefit owner is not in the participants table.'),
  check({ session, report }) {
    for (const benefit of session.benefits) {
      const owner = benefit.owner;
      if (!owner || ownerVerdict(session, owner.value) !== 'unknown') continue;
      report({
        span: ownerSpan(owner),
        message: text(
          `${owner.value} staat niet in de deelnemerstabel; een baateigenaar neemt zelf deel aan de sessie.`,
          `${owner.value} is not in the participants table; a benefit owner takes part in the session.`,
        ),
        fixes: () => pickOwnerFixes(session, owner),
      });
    }
  },
};
