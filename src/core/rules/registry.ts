import { agendaTime } from './agenda-time';
import { agendaTotal } from './agenda-total';
import { agreementIncomplete } from './agreement-incomplete';
import { blank } from './blank';
import { choiceMissing } from './choice-missing';
import { choiceMultiple } from './choice-multiple';
import { fieldEmpty } from './field-empty';
import { ownerAbsent } from './owner-absent';
import { ownerDeflected } from './owner-deflected';
import { ownerMissing } from './owner-missing';
import { ownerUnknown } from './owner-unknown';
import { ownershipMismatch } from './ownership-mismatch';
import { ownershipUnchecked } from './ownership-unchecked';
import { ownershipUnconfirmed } from './ownership-unconfirmed';
import { placeholder } from './placeholder';
import { rowIncomplete } from './row-incomplete';
import { attribution } from './attribution';
import { invitationSender } from './invitation-sender';
import { journeyTitle } from './journey-title';
import { journeysPerSession } from './journeys-per-session';
import { participantsCount } from './participants-count';
import { planningOrder } from './planning-order';
import { roleAdvised } from './role-advised';
import { roleMissing } from './role-missing';
import type { Rule } from './rule';
import { taskOpen } from './task-open';

/** Every rule, in the order the README documents them. Rule ids are a public contract. */
export const RULES: readonly Rule[] = [
  taskOpen,
  choiceMissing,
  choiceMultiple,
  blank,
  placeholder,
  fieldEmpty,
  rowIncomplete,
  agendaTime,
  agendaTotal,
  ownerMissing,
  ownerDeflected,
  ownerUnknown,
  ownerAbsent,
  ownershipUnconfirmed,
  ownershipUnchecked,
  ownershipMismatch,
  agreementIncomplete,
  participantsCount,
  roleMissing,
  roleAdvised,
  journeysPerSession,
  journeyTitle,
  planningOrder,
  invitationSender,
  attribution,
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
