import { text, type Text } from '../../i18n/text';
import type { AgreementGroup } from '../agreements';
import type { CheckState } from '../types';

/** A check's state in words, as the reports (and the views) say it. */
export const CHECK_WORDS: Readonly<Record<CheckState, Text>> = {
  missing: text('geen check', 'no check'),
  unnamed: text('noemt niemand', 'names no one'),
  other: text('vraagt een ander', 'asks someone else'),
  open: text('nog open', 'still open'),
  unconfirmed: text('niet bevestigd', 'not confirmed'),
  confirmed: text('bevestigd', 'confirmed'),
};

export const GROUP_WORDS: Readonly<Record<AgreementGroup, Text>> = {
  overdue: text('Te laat', 'Overdue'),
  upcoming: text('Open', 'Upcoming'),
  undated: text('Zonder datum', 'Without a date'),
  closed: text('Voorbij, sessie afgerond', 'Past, session closed'),
};

/** The reports' own words: headings, column names, the line under the title. */
export const REPORT_WORDS = {
  benefitsTitle: text('Baten van het programma', 'Programme benefits'),
  agreementsTitle: text('Afspraken', 'Agreements'),
  asOf: text('Stand op', 'As of'),
  sheetsWithBenefits: text('sessiebladen met baten', 'session sheets with benefits'),
  agreementsCount: text('afspraken', 'agreements'),
  overdueCount: text('te laat', 'overdue'),
  programme: text('Programma', 'Programme'),
  number: text('Nr', 'No'),
  benefit: text('Baat', 'Benefit'),
  owner: text('Eigenaar', 'Owner'),
  verdict: text('Oordeel', 'Verdict'),
  check: text('Check', 'Check'),
  lastSession: text('Laatste sessie', 'Last session'),
  sessionDate: text('Datum', 'Date'),
  changes: text('Eigenaarswisselingen', 'Changes of owner'),
  noChanges: text('Geen: elke baat heeft de eigenaar die hij eerst kreeg.', 'None: every benefit has the owner it first had.'),
  picture: text('Prioriteiten per sector', 'Priorities by sector'),
  agreement: text('Afspraak', 'Agreement'),
  responsible: text('Verantwoordelijke', 'Responsible'),
  deadline: text('Deadline', 'Deadline'),
  due: text('Vervaldag', 'Due'),
  days: text('Dagen', 'Days'),
  when: text('Wanneer', 'When'),
  group: text('Groep', 'Group'),
  session: text('Sessie', 'Session'),
  line: text('Regel', 'Line'),
  noDeadline: text('geen deadline', 'no deadline'),
  notADate: text('geen datum', 'not a date'),
  none: text('Geen.', 'None.'),
  nobody: text('(niemand)', '(no one)'),
} as const;
