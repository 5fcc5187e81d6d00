import { classifyValue } from '../model/inline';
import { tableOfKind, type SessionModel } from '../model/session';
import { deflectionReason, findParticipant } from './ownership';

/**
 * What an owner as written amounts to, from worst to fine:
 * `missing` nothing, a blank or a placeholder; `junk` not a name (`?`, `nvt`, `x`);
 * `deflected` the programme or its manager ("Dat is van het programma"); `unknown` not in
 * the participants table (when the sheet has one); `absent` a participant not ticked
 * present; `ok` a participant who was there. Only `ok` and `absent` are a real owner.
 */
export type OwnerVerdict = 'missing' | 'junk' | 'deflected' | 'unknown' | 'absent' | 'ok';

/** Words people write where they do not know or will not say who, compared without dots, spaces and marks. */
const NOT_A_NAME = new Set(['nvt', 'ntb', 'tbd', 'tbc', 'nb', 'nnb', 'onbekend', 'unknown', 'nogniet', 'nogtebepalen', 'nadertebepalen', 'volgt', 'wie', 'iemand', 'niemand', 'todo', 'xxx', 'idem']);

/** Whether a filled-in owner is no name at all: no two letters in a row, or a word for "not yet". */
export function isNotAName(value: string): boolean {
  if (!/\p{L}{2}/u.test(value)) return true;
  return NOT_A_NAME.has(value.toLowerCase().replace(/[\s.?!\-_/*'"]/g, ''));
}

const verdicts = new WeakMap<SessionModel, Map<string, OwnerVerdict>>();

/** The one verdict on an owner as written, shared by the owner rules and progress (worked out once per name). */
export function ownerVerdict(session: SessionModel, value: string | undefined): OwnerVerdict {
  if (value === undefined) return 'missing';
  let known = verdicts.get(session);
  if (!known) verdicts.set(session, (known = new Map()));
  let verdict = known.get(value);
  if (verdict === undefined) known.set(value, (verdict = judge(session, value)));
  return verdict;
}

function judge(session: SessionModel, value: string): OwnerVerdict {
  if (classifyValue(value) !== 'filled') return 'missing';
  const owner = value.trim();
  if (isNotAName(owner)) return 'junk';
  if (deflectionReason(session, owner)) return 'deflected';
  const participant = findParticipant(session, owner);
  if (!participant) return tableOfKind(session, 'participants') ? 'unknown' : 'ok';
  return participant.present && !participant.present.checked ? 'absent' : 'ok';
}

/** Whether a verdict leaves a benefit without a real owner. */
export function lacksOwner(verdict: OwnerVerdict): verdict is 'missing' | 'junk' | 'deflected' | 'unknown' {
  return verdict !== 'ok' && verdict !== 'absent';
}
