import type { Analysis, Finding } from '../analysis/analyze';
import { isoDay, type Day } from '../create/answers';
import { text, type Language, type Text } from '../i18n/text';
import { parseDate } from '../model/dates';
import { normaliseName } from '../model/names';
import { withPlace } from '../rules/place';
import type { Severity, SeveritySetting } from '../severity';
import { patternOf } from '../template/pattern';
import type { TemplatePattern } from '../template/pattern';
import { trackSheetOf, type TrackSheet, type TrackSpot } from './trackSheet';

/** One analysed file of a folder, by its path (with `/`), as the track checks see it. */
export interface TrackFile {
  readonly path: string;
  readonly analysis: Analysis;
}

export interface TrackFinding {
  readonly path: string;
  readonly finding: Finding;
}

export interface TrackOptions {
  readonly language: Language;
  /** Planned sessions before this day without a session file are reported; without it, none are. */
  readonly today?: Day;
  readonly severities?: Readonly<Record<string, SeveritySetting>>;
}

export type TrackRuleId = 'track-plan-missing' | 'track-session-missing' | 'track-date' | 'track-continuity';

/** The checks across the files of a track (documented in the README with the other rules). */
export const TRACK_RULES: readonly { readonly id: TrackRuleId; readonly defaultSeverity: Severity; readonly description: Text }[] = [
  { id: 'track-plan-missing', defaultSeverity: 'warning', description: text('Het trajectplan waar een sessie naar verwijst, bestaat niet.', 'The track plan a session refers to does not exist.') },
  { id: 'track-session-missing', defaultSeverity: 'warning', description: text('Een geplande sessie die al voorbij is, heeft geen sessieblad.', 'A planned session that has passed has no session sheet.') },
  { id: 'track-date', defaultSeverity: 'warning', description: text('De datum van een sessie wijkt af van het trajectplan.', 'A session’s date differs from the track plan.') },
  { id: 'track-continuity', defaultSeverity: 'warning', description: text('Een reis zonder blueprint, of een blueprint zonder terugkoppeling.', 'A journey without a blueprint, or a blueprint without feedback.') },
];

interface Step {
  readonly pattern: TemplatePattern;
  readonly name: Text;
  readonly template: string | undefined;
  readonly sections: TemplatePattern | undefined;
}

/**
 * Checks a track across files: sessions refer to their plan with front matter
 * `traject: <file>`; the plan's planning says which sessions there are, when (the
 * `planning-order` steps name their template), and which sections carry over from one
 * step to the next (each journey gets a blueprint, each blueprint a part in the feedback).
 */
export function checkTrack(files: readonly TrackFile[], options: TrackOptions): TrackFinding[] {
  return checkTrackSheets(
    files.flatMap((file) => trackSheetOf(file.path, file.analysis) ?? []),
    options,
  );
}

/** The same checks on what the sheets' summaries keep (see trackSheetOf): no analysis needed. */
export function checkTrackSheets(files: readonly TrackSheet[], options: TrackOptions): TrackFinding[] {
  const found: TrackFinding[] = [];
  const report = (file: TrackSheet, rule: TrackRuleId, at: TrackSpot, message: Text) => {
    const setting = options.severities?.[rule] ?? TRACK_RULES.find((candidate) => candidate.id === rule)!.defaultSeverity;
    if (setting === 'off') return;
    // As in a sheet's own findings, the message starts with its place (a planning row, a heading).
    const placed = withPlace(at.place, message);
    found.push({ path: file.path, finding: { rule, severity: setting, ownership: false, message: placed[options.language], range: at.range, fixes: [] } });
  };
  const byPath = new Map(files.map((file) => [normalisePath(file.path), file]));
  const planOf = new Map<TrackSheet, TrackSheet | undefined>();
  for (const file of files) {
    if (file.reference !== undefined) planOf.set(file, byPath.get(resolvePath(file.path, file.reference.value)));
  }
  const circular = onCycles(planOf);
  const sessionsOfPlan = new Map<TrackSheet, TrackSheet[]>();
  for (const [file, plan] of planOf) {
    const reference = file.reference!;
    if (!plan) {
      report(file, 'track-plan-missing', reference.at, text(`het trajectplan "${reference.value}" is niet gevonden (of is geen sessieblad).`, `the track plan "${reference.value}" was not found (or is not a session sheet).`));
      continue;
    }
    if (circular.has(file)) {
      // A plan is where a track starts: one that is this sheet, or that leads back to it, is none.
      report(
        file,
        'track-plan-missing',
        reference.at,
        plan === file
          ? text(`het trajectplan "${reference.value}" is dit blad zelf; verwijs naar het trajectplan.`, `the track plan "${reference.value}" is this sheet itself; refer to the track plan.`)
          : text(`het trajectplan "${reference.value}" verwijst (via traject:) terug naar dit blad; een van beide is geen trajectplan.`, `the track plan "${reference.value}" refers back to this sheet (through traject:); one of them is not a track plan.`),
      );
      continue;
    }
    const planned = sessionsOfPlan.get(plan);
    if (planned) planned.push(file);
    else sessionsOfPlan.set(plan, [file]);
  }
  for (const [plan, sessions] of sessionsOfPlan) {
    const steps = stepsOf(plan);
    checkDates(plan, sessions, steps, options.today, report);
    checkContinuity(sessions, steps, report);
  }
  return found;
}

/** The sheets whose chain of `traject:` references comes back to them; each followed once, so linear. */
function onCycles(planOf: ReadonlyMap<TrackSheet, TrackSheet | undefined>): Set<TrackSheet> {
  const circular = new Set<TrackSheet>();
  const done = new Set<TrackSheet>();
  for (const start of planOf.keys()) {
    const path: TrackSheet[] = [];
    const onPath = new Set<TrackSheet>();
    let current: TrackSheet | undefined = start;
    while (current && !done.has(current) && !onPath.has(current)) {
      path.push(current);
      onPath.add(current);
      current = planOf.get(current);
    }
    if (current && onPath.has(current)) for (const file of path.slice(path.indexOf(current))) circular.add(file);
    for (const file of path) done.add(file);
  }
  return circular;
}

type Reporter = (file: TrackSheet, rule: TrackRuleId, at: TrackSpot, message: Text) => void;

function stepsOf(plan: TrackSheet): Step[] {
  return plan.steps.map((step) => ({
    pattern: patternOf(undefined, step.pattern),
    name: step.name,
    template: step.template,
    sections: step.sections === undefined ? undefined : patternOf(undefined, step.sections),
  }));
}

/** A planned session has its file; a session's date is one the plan gives for its kind. */
function checkDates(plan: TrackSheet, sessions: readonly TrackSheet[], steps: readonly Step[], today: Day | undefined, report: Reporter): void {
  const planned = plan.planning.flatMap((record) => {
    const step = steps.find((candidate) => candidate.pattern.test(record.step));
    const date = isoDayOf(record.date);
    return step?.template && date ? [{ record, template: step.template, date }] : [];
  });
  const unmatched = new Set(planned);
  for (const session of sessions) {
    const kind = session.template;
    const field = session.date;
    const date = field ? isoDayOf(field.value) : undefined;
    if (!field || !date) continue;
    const sameKind = planned.filter((entry) => entry.template === kind);
    const match = sameKind.find((entry) => entry.date === date);
    if (match) {
      unmatched.delete(match);
      continue;
    }
    // Paired with the first planned one of its kind still without a sheet: a moved date, not a missing session.
    const paired = sameKind.find((entry) => unmatched.has(entry));
    if (!paired) continue;
    unmatched.delete(paired);
    const when = paired.record.date;
    report(
      session,
      'track-date',
      field.at,
      text(`deze sessie is op ${field.value}, maar het trajectplan noemt ${when} (${paired.record.step}).`, `this session is on ${field.value}, but the track plan gives ${when} (${paired.record.step}).`),
    );
  }
  const now = today && isoDay(today);
  for (const entry of unmatched) {
    if (!now || entry.date >= now) continue; // still to come: nothing is missing yet
    const label = `${entry.record.step} (${entry.record.date})`;
    report(
      plan,
      'track-session-missing',
      entry.record.at,
      text(`geen sessieblad voor ${label} dat naar dit trajectplan verwijst (front matter traject:).`, `no session sheet for ${label} refers to this track plan (front matter traject:).`),
    );
  }
}

/** Each section of one step (a journey) has its section in the next step's sheets (a blueprint). */
function checkContinuity(sessions: readonly TrackSheet[], steps: readonly Step[], report: Reporter): void {
  const withSections = steps.filter((step) => step.template && step.sections);
  for (const [index, step] of withSections.entries()) {
    const next = withSections[index + 1];
    if (!next) break;
    const nextSheets = sessions.filter((session) => session.template === next.template);
    if (nextSheets.length === 0) continue; // that step has not begun
    const carried = new Set(nextSheets.flatMap((sheet) => titledSections(sheet, next.sections!)).map((section) => section.title));
    for (const sheet of sessions.filter((session) => session.template === step.template)) {
      for (const section of titledSections(sheet, step.sections!)) {
        if (carried.has(section.title)) continue;
        // The place is the heading itself (`Reis 1: Schulden`), so the message need not quote it.
        report(
          sheet,
          'track-continuity',
          section.at,
          text(`komt niet terug in ${next.name.nl} (geen kop met dezelfde titel).`, `does not come back in ${next.name.en} (no heading with the same title).`),
        );
      }
    }
  }
}

/** Sections whose heading matches, by the title after the colon; placeholder titles are left out. */
function titledSections(file: TrackSheet, pattern: TemplatePattern): { title: string; at: TrackSpot }[] {
  return file.headings.flatMap((heading) => {
    if (!pattern.test(heading.text)) return [];
    const title = heading.text.replace(/^[^:]*:\s*/, '').trim();
    if (title === '' || /^\[.*\]$/.test(title)) return [];
    return [{ title: normaliseName(title), at: heading.at }];
  });
}

/** A date as written, as an ISO day when it is one with a year. */
export function isoDayOf(value: string): string | undefined {
  const date = parseDate(value);
  return date?.kind === 'day' && date.year !== undefined ? isoDay({ year: date.year, month: date.month, day: date.day }) : undefined;
}

export function normalisePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '..' && parts.length > 0 && parts.at(-1) !== '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return (path.startsWith('/') ? '/' : '') + parts.join('/');
}

/** A reference from a sheet, relative to the sheet's folder (or absolute). */
export function resolvePath(from: string, reference: string): string {
  if (reference.startsWith('/')) return normalisePath(reference);
  const folder = from.replace(/\\/g, '/').replace(/[^/]*$/, '');
  return normalisePath(`${folder}${reference}`);
}
