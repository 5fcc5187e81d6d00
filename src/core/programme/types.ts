import type { Text } from '../i18n/text';
import type { PriorityCell, PriorityLevel } from '../form/priorities/types';
import type { OwnerVerdict } from '../rules/owner-verdict';
import type { SessionStatus } from '../severity';
import type { Range } from '../source';
import type { TrackSheet } from '../track/trackSheet';

/*
 * What the programme index keeps of one session sheet: plain data (no analysis, no tree, no
 * functions), so a thousand sheets fit and a worker can post them. Ranges are 1-based, as the
 * findings', so a view can go to the place; `place` is how a finding names it (`Baat 3 (…)`).
 */

/**
 * The state of a benefit's ownership check: `missing` none, `unnamed` none names anyone,
 * `other` the checks name someone else than the owner, `open` a question of the owner's check
 * is unanswered, `unconfirmed` one is answered No, `confirmed` every answer is Yes.
 */
export type CheckState = 'missing' | 'unnamed' | 'other' | 'open' | 'unconfirmed' | 'confirmed';

export interface OwnerSummary {
  /** As written; empty while it is a blank or a placeholder. */
  readonly name: string;
  readonly verdict: OwnerVerdict;
  /** The value (or the label when there is none). */
  readonly range: Range;
}

export interface BenefitSummary {
  readonly number: number | undefined;
  /** The title after `Baat N:`; the whole heading when it has no number. */
  readonly title: string;
  readonly heading: string;
  readonly range: Range;
  readonly place: Text;
  /** Undefined when the benefit has no owner field. */
  readonly owner: OwnerSummary | undefined;
  /** One per sector the benefit has a priority choice for, in the sheet's order. */
  readonly priorities: readonly { readonly sector: string; readonly cell: PriorityCell }[];
  /** Undefined when the template has no ownership check. */
  readonly check: CheckState | undefined;
  /** The names the benefit's checks ask (`Wie is de eigenaar…`), as written. */
  readonly checkNames: readonly string[];
  /** Where its check is: the owner's row of the check that asks the owner (else the first that names someone, else the first check's table); undefined without a check. */
  readonly checkRange: Range | undefined;
}

/**
 * A deadline as written: `day` and `week` read as dates (a day or week without a year takes the
 * session's year, the next one when that would fall before the session); `due` is the last day
 * it is on time (the day, or the Sunday of the week). `text` anything else; `none` empty.
 */
export type Deadline =
  | { readonly kind: 'day'; readonly text: string; readonly due: string }
  | { readonly kind: 'week'; readonly text: string; readonly due: string; readonly year: number; readonly week: number }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'none'; readonly text: '' };

export interface AgreementSummary {
  readonly text: string;
  readonly responsible: string;
  readonly deadline: Deadline;
  /** The row. */
  readonly range: Range;
  readonly deadlineRange: Range;
  /** `Afspraken, rij 2`. */
  readonly place: Text | undefined;
}

export interface ParticipantSummary {
  /** As written; empty while the row names a role only. */
  readonly name: string;
  readonly role: string;
  readonly sector: string;
  /** Undefined when the table has no attendance column. */
  readonly present: boolean | undefined;
  readonly range: Range;
}

export interface SheetSummary {
  /** The path the index knows the sheet by (with `/`). */
  readonly path: string;
  readonly template: string;
  readonly status: SessionStatus | undefined;
  /** The session's day (YYYY-MM-DD) when its date field reads as one; else undefined. */
  readonly date: string | undefined;
  /** The date field as written, and where. */
  readonly dateText: string | undefined;
  readonly dateRange: Range | undefined;
  /** The first heading; empty when there is none. */
  readonly title: string;
  /** The `Programma:` field, when filled in: benefits are matched across sheets of one programme. */
  readonly programme: string | undefined;
  readonly benefits: readonly BenefitSummary[];
  /** The options of the priority choices, highest first (for a picture's legend). */
  readonly priorityScale: readonly { readonly label: string; readonly level: PriorityLevel }[];
  /** Rows with something filled in. */
  readonly agreements: readonly AgreementSummary[];
  readonly participants: readonly ParticipantSummary[];
  /** Front matter `traject:`, trimmed. */
  readonly traject: string | undefined;
  /** What the track checks read. */
  readonly track: TrackSheet;
}
