import { listOf, text } from '../i18n/text';
import { missingRoles, participantsSpan } from './roles';
import type { Rule } from './rule';

/** A role the session needs (its `roles`) has no named participant. */
export const roleMissing: Rule = {
  id: 'role-missing',
  defaultSeverity: 'warning',
  openItem: true,
  description: text('Een rol die de sessie nodig heeft, heeft nog geen deelnemer met naam.', 'A role the session needs has no named participant yet.'),
  check({ session, options, report }) {
    const missing = missingRoles(session, options.roles);
    if (missing.length === 0) return;
    report({
      span: participantsSpan(session),
      message: text(
        `Nog geen deelnemer met naam voor: ${listOf(missing.map((role) => role.name.nl), 'nl')}.`,
        `No named participant yet for: ${listOf(missing.map((role) => role.name.en), 'en')}.`,
      ),
    });
  },
};
