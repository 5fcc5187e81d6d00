import { listOf, text, type Text } from '../i18n/text';
import { tableOfKind, type SessionModel } from '../model/session';
import type { Severity } from '../severity';
import type { Span } from '../source';
import type { Rule } from './rule';
import { patternOf } from '../template/pattern';

export interface RoleSetting {
  readonly pattern: string;
  readonly name: Text;
}

/** The roles from a rule's `roles` list that no named participant has. */
export function missingRoles(session: SessionModel, roles: unknown): RoleSetting[] {
  const named = session.participants.filter((participant) => participant.nameCell.state === 'filled');
  return ((roles as RoleSetting[] | undefined) ?? []).filter((role) => {
    const pattern = patternOf(session.template.patterns, role.pattern);
    return !named.some((participant) => pattern.test(participant.role));
  });
}

/** Where a finding about the participants goes: the table's header row, or the first heading. */
export function participantsSpan(session: SessionModel): Span {
  const table = tableOfKind(session, 'participants');
  if (table) return table.header.length > 0 ? { start: table.span.start, end: table.header.at(-1)!.span.end } : table.span;
  return session.title?.span ?? { start: 0, end: 0 };
}

/**
 * A rule over a list of roles (`roles`): one finding naming every role without a named
 * participant, `nog geen deelnemer met naam voor …` and the rule's `note` after it, if any.
 */
export function roleRule(rule: { id: string; defaultSeverity: Severity; description: Text; note?: Text }): Rule {
  return {
    id: rule.id,
    defaultSeverity: rule.defaultSeverity,
    openItem: true,
    ownership: false,
    description: rule.description,
    check({ session, options, report }) {
      const missing = missingRoles(session, options.roles);
      if (missing.length === 0) return;
      const note = rule.note ? { nl: ` (${rule.note.nl})`, en: ` (${rule.note.en})` } : { nl: '', en: '' };
      report({
        span: participantsSpan(session),
        message: text(
          `nog geen deelnemer met naam voor ${listOf(missing.map((role) => role.name.nl), 'nl')}${note.nl}.`,
          `no named participant yet for ${listOf(missing.map((role) => role.name.en), 'en')}${note.en}.`,
        ),
      });
    },
  };
}
