import { isoDay, type Day } from '../create/answers';
import { namesMatch } from '../model/names';
import type { SessionStatus } from '../severity';
import { bySessionDate } from './benefits';
import { daysBetween } from './days';
import type { AgreementSummary, SheetSummary } from './types';

/**
 * Where an agreement stands on a day: `overdue` its deadline has passed in a session not
 * closed (`afgerond`); `closed` it has passed in a closed session; `upcoming` today or later
 * (every dated one when no day is given); `undated` no deadline, or one that is no date.
 */
export type AgreementGroup = 'overdue' | 'upcoming' | 'undated' | 'closed';

export const AGREEMENT_GROUPS: readonly AgreementGroup[] = ['overdue', 'upcoming', 'undated', 'closed'];

export interface ProgrammeAgreement {
  readonly path: string;
  readonly sessionDate: string | undefined;
  readonly sessionTitle: string;
  readonly status: SessionStatus | undefined;
  readonly agreement: AgreementSummary;
  readonly group: AgreementGroup;
  /** Days from today to the deadline (negative when past); undefined without a day or a date. */
  readonly days: number | undefined;
}

/** Every agreement of the sheets: overdue first (the longest overdue first), then by deadline, then the undated and the closed. */
export function collectAgreements(sheets: Iterable<SheetSummary>, today: Day | undefined): ProgrammeAgreement[] {
  const now = today && isoDay(today);
  const all: ProgrammeAgreement[] = [];
  for (const sheet of [...sheets].sort(bySessionDate)) {
    for (const agreement of sheet.agreements) {
      const deadline = agreement.deadline;
      const due = deadline.kind === 'day' || deadline.kind === 'week' ? deadline.due : undefined;
      const days = due !== undefined && now !== undefined ? daysBetween(now, due) : undefined;
      const group: AgreementGroup = due === undefined ? 'undated' : days === undefined || days >= 0 ? 'upcoming' : sheet.status === 'afgerond' ? 'closed' : 'overdue';
      all.push({ path: sheet.path, sessionDate: sheet.date, sessionTitle: sheet.title, status: sheet.status, agreement, group, days });
    }
  }
  const dueOf = (entry: ProgrammeAgreement) => {
    const deadline = entry.agreement.deadline;
    return deadline.kind === 'day' || deadline.kind === 'week' ? deadline.due : '';
  };
  // Stable: within a group and a deadline, the sessions' order stays.
  return all.sort((a, b) => AGREEMENT_GROUPS.indexOf(a.group) - AGREEMENT_GROUPS.indexOf(b.group) || (dueOf(a) < dueOf(b) ? -1 : dueOf(a) > dueOf(b) ? 1 : 0));
}

/** One person's agreements; `person` is the fullest way the sheets write the name, empty for agreements without one. */
export interface PersonAgreements {
  readonly person: string;
  readonly agreements: readonly ProgrammeAgreement[];
}

/**
 * The agreements by responsible person, names matched as owners are (`Anna` is `Anna de Wit`),
 * each person's in the order given (overdue first when from collectAgreements); people by name,
 * those without a responsible person last.
 */
export function agreementsByPerson(agreements: readonly ProgrammeAgreement[]): PersonAgreements[] {
  const groups: { person: string; agreements: ProgrammeAgreement[] }[] = [];
  const nobody: ProgrammeAgreement[] = [];
  for (const entry of agreements) {
    const name = entry.agreement.responsible.trim();
    if (name === '') {
      nobody.push(entry);
      continue;
    }
    const group = groups.find((candidate) => namesMatch(name, candidate.person));
    if (!group) groups.push({ person: name, agreements: [entry] });
    else {
      group.agreements.push(entry);
      if (name.length > group.person.length) group.person = name;
    }
  }
  groups.sort((a, b) => a.person.localeCompare(b.person));
  return nobody.length > 0 ? [...groups, { person: '', agreements: nobody }] : groups;
}
