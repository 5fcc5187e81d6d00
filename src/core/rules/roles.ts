import type { Text } from '../i18n/text';
import type { SessionModel } from '../model/session';
import type { Span } from '../source';

export interface RoleSetting {
  readonly pattern: string;
  readonly name: Text;
}

/** The roles from a rule's `roles` list that no named participant has. */
export function missingRoles(session: SessionModel, roles: unknown): RoleSetting[] {
  const named = session.participants.filter((participant) => participant.nameCell.state === 'filled');
  return ((roles as RoleSetting[] | undefined) ?? []).filter((role) => {
    const pattern = new RegExp(role.pattern, 'iu');
    return !named.some((participant) => pattern.test(participant.role));
  });
}

/** Where a finding about the participants goes: the table's header row, or the first heading. */
export function participantsSpan(session: SessionModel): Span {
  const table = [...session.tableKinds].find(([, kind]) => kind === 'participants')?.[0];
  if (table) return table.header.length > 0 ? { start: table.span.start, end: table.header.at(-1)!.span.end } : table.span;
  return session.title?.span ?? { start: 0, end: 0 };
}
