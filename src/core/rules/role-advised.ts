import { listOf, text } from '../i18n/text';
import { missingRoles, participantsSpan } from './roles';
import type { Rule } from './rule';

/** A role that is advised but not required (its `roles`) has no named participant. */
export const roleAdvised: Rule = {
  id: 'role-advised',
  defaultSeverity: 'info',
  openItem: true,
  description: text('Een aangeraden rol heeft geen deelnemer met naam.', 'An advised role has no named participant.'),
  check({ session, options, report }) {
    const missing = missingRoles(session, options.roles);
    if (missing.length === 0) return;
    report({
      span: participantsSpan(session),
      message: text(
        `Aangeraden, als die er is: ${listOf(missing.map((role) => role.name.nl), 'nl')}.`,
        `Advised, where available: ${listOf(missing.map((role) => role.name.en), 'en')}.`,
      ),
    });
  },
};
