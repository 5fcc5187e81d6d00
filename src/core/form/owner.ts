import { text, type Text } from '../i18n/text';
import type { SessionModel } from '../model/session';
import { ownerVerdict, type OwnerVerdict } from '../rules/owner-verdict';
import { ownerCandidates } from '../rules/ownership';
import type { OwnerCandidate } from './types';

/** The owner rules' verdict in words, as the progress view and CodeLens say it. */
export const VERDICT_WORDS: Readonly<Record<OwnerVerdict, Text>> = {
  missing: text('nog geen eigenaar', 'no owner yet'),
  junk: text('geen naam', 'not a name'),
  deflected: text('teruggelegd bij het programma', 'handed back to the programme'),
  unknown: text('niet bij de deelnemers', 'not among the participants'),
  absent: text('niet aanwezig', 'not present'),
  ok: text('deelnemer, aanwezig', 'a participant who was there'),
};

export function verdictOf(session: SessionModel, value: string): { verdict: OwnerVerdict; verdictText: Text } {
  const verdict = ownerVerdict(session, value);
  return { verdict, verdictText: VERDICT_WORDS[verdict] };
}

/**
 * Everyone an owner can be picked from: the people who can own a benefit first (sector
 * managers, not the programme or its manager), then the other named participants, since
 * an agreement may well be the programme manager's.
 */
export function candidatesOf(session: SessionModel): OwnerCandidate[] {
  const preferred = new Set(ownerCandidates(session));
  const named = session.participants.filter((participant) => participant.nameCell.state === 'filled');
  const seen = new Set<string>();
  return [...preferred, ...named.filter((participant) => !preferred.has(participant))].flatMap((participant) => {
    if (seen.has(participant.name)) return [];
    seen.add(participant.name);
    return [{ name: participant.name, role: participant.role, sector: participant.sector, preferred: preferred.has(participant) }];
  });
}
