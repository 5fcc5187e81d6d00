import { isoDay, type Day } from '../create/answers';
import { text, type Language, type Text } from '../i18n/text';
import { namesMatch } from '../model/names';
import { withPlace } from '../rules/place';
import type { Severity, SeveritySetting } from '../severity';
import type { Range } from '../source';
import { TRACK_RULES, type TrackFinding } from '../track/checkTrack';
import { daysBetween, relativeDays } from './days';
import type { ProgrammeBenefit } from './benefits';
import type { SheetSummary } from './types';

export type ProgrammeRuleId = 'owner-changed' | 'agreement-overdue';

/** The checks across a programme's sheets (documented in docs/rules.*.md with the others). */
export const PROGRAMME_RULES: readonly { readonly id: ProgrammeRuleId; readonly defaultSeverity: Severity; readonly description: Text }[] = [
  {
    id: 'owner-changed',
    defaultSeverity: 'warning',
    description: text(
      'De eigenaar van een baat is sinds de vorige sessie veranderd, zonder eigenaarschapscheck die de nieuwe eigenaar noemt.',
      'A benefit’s owner changed since the previous session, without an ownership check that names the new owner.',
    ),
  },
  {
    id: 'agreement-overdue',
    defaultSeverity: 'warning',
    description: text('De deadline van een afspraak is voorbij en de sessie is niet afgerond.', 'An agreement’s deadline has passed and the session is not closed.'),
  },
];

/** Every rule across files, in the order the documentation, the settings and SARIF list them. */
export const CROSS_FILE_RULES: readonly { readonly id: string; readonly defaultSeverity: Severity; readonly description: Text }[] = [...TRACK_RULES, ...PROGRAMME_RULES];

export interface ProgrammeCheckOptions {
  readonly language: Language;
  /** Deadlines before this day have passed; without it, no agreement is overdue. */
  readonly today?: Day;
  readonly severities?: Readonly<Record<string, SeveritySetting>>;
}

/** Both programme rules over the benefits (history by date) and the sheets' agreements. */
export function checkProgramme(benefits: readonly ProgrammeBenefit[], sheets: Iterable<SheetSummary>, options: ProgrammeCheckOptions): TrackFinding[] {
  const found: TrackFinding[] = [];
  const report = (path: string, rule: ProgrammeRuleId, range: Range, place: Text | undefined, message: Text) => {
    const setting = options.severities?.[rule] ?? PROGRAMME_RULES.find((candidate) => candidate.id === rule)!.defaultSeverity;
    if (setting === 'off') return;
    found.push({ path, finding: { rule, severity: setting, ownership: true, message: withPlace(place, message)[options.language], range, fixes: [] } });
  };
  for (const benefit of benefits) checkOwnerChanges(benefit, report);
  if (options.today) {
    const today = isoDay(options.today);
    for (const sheet of sheets) checkOverdue(sheet, today, report);
  }
  return found;
}

type Reporter = (path: string, rule: ProgrammeRuleId, range: Range, place: Text | undefined, message: Text) => void;

/** Between two dated sessions that both name an owner, a new owner needs a check in the later one that names them. */
function checkOwnerChanges(benefit: ProgrammeBenefit, report: Reporter): void {
  let previous: ProgrammeBenefit['history'][number] | undefined;
  for (const entry of benefit.history) {
    const owner = entry.benefit.owner;
    if (entry.date === undefined || !owner || !isName(owner.verdict)) continue;
    if (previous && previous.date !== entry.date && !namesMatch(previous.benefit.owner!.name, owner.name)) {
      const asked = entry.benefit.checkNames.some((name) => namesMatch(owner.name, name));
      if (!asked) {
        const before = previous.benefit.owner!.name;
        const where = `${previous.dateText ?? previous.date} (${fileName(previous.path)})`;
        report(
          entry.path,
          'owner-changed',
          owner.range,
          entry.benefit.place,
          text(
            `de eigenaar is nu ${owner.name}; in de sessie van ${where} was dat ${before}. Geen eigenaarschapscheck in deze sessie noemt ${owner.name}.`,
            `the owner is now ${owner.name}; in the session of ${where} it was ${before}. No ownership check in this session names ${owner.name}.`,
          ),
        );
      }
    }
    previous = entry;
  }
}

/** Whether an owner as written is a person (not a blank, junk or the programme). */
function isName(verdict: string): boolean {
  return verdict === 'ok' || verdict === 'absent' || verdict === 'unknown';
}

function checkOverdue(sheet: SheetSummary, today: string, report: Reporter): void {
  if (sheet.status === 'afgerond') return;
  for (const agreement of sheet.agreements) {
    const deadline = agreement.deadline;
    if (deadline.kind !== 'day' && deadline.kind !== 'week') continue;
    const days = daysBetween(today, deadline.due);
    if (days >= 0) continue;
    const what = agreement.text ? `"${agreement.text}"` : '';
    const who = agreement.responsible ? ` (${agreement.responsible})` : '';
    report(
      sheet.path,
      'agreement-overdue',
      agreement.deadlineRange,
      agreement.place,
      text(
        `de deadline ${deadline.text}${what ? ` van ${what}` : ''}${who} is voorbij: ${relativeDays(days, 'nl')}. Werk de afspraak bij, of zet de sessie op afgerond.`,
        `the deadline ${deadline.text}${what ? ` of ${what}` : ''}${who} has passed: ${relativeDays(days, 'en')}. Update the agreement, or set the session to afgerond.`,
      ),
    );
  }
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
