import type { Analysis, Finding } from '../analysis/analyze';
import { isoDay, type Day } from '../create/answers';
import { text, type Language, type Text } from '../i18n/text';
import { parseDate } from '../model/dates';
import { normaliseName } from '../model/names';
import { placeOf, withPlace } from '../rules/place';
import type { Severity, SeveritySetting } from '../severity';
import { rangeOf, type Span } from '../source';
import { patternOf } from '../template/pattern';
import type { TemplatePattern } from '../template/pattern';

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
  const found: TrackFinding[] = [];
  const report = (file: TrackFile, rule: TrackRuleId, span: Span, message: Text) => {
    const setting = options.severities?.[rule] ?? TRACK_RULES.find((candidate) => candidate.id === rule)!.defaultSeverity;
    if (setting === 'off') return;
    // As in a sheet's own findings, the message starts with its place (a planning row, a heading).
    const session = file.analysis.session;
    const placed = withPlace(session && placeOf(session, span), message);
    found.push({ path: file.path, finding: { rule, severity: setting, ownership: false, message: placed[options.language], range: rangeOf(file.analysis.source, span), fixes: [] } });
  };
  const byPath = new Map(files.map((file) => [normalisePath(file.path), file]));
  const planOf = new Map<TrackFile, TrackFile | undefined>();
  for (const file of files) {
    const reference = referenceOf(file);
    if (reference !== undefined) planOf.set(file, byPath.get(resolvePath(file.path, reference)));
  }
  const circular = onCycles(planOf);
  const sessionsOfPlan = new Map<TrackFile, TrackFile[]>();
  for (const [file, plan] of planOf) {
    const session = file.analysis.session!;
    const reference = referenceOf(file)!;
    if (!plan?.analysis.session) {
      report(file, 'track-plan-missing', session.frontMatter!.span, text(`het trajectplan "${reference}" is niet gevonden (of is geen sessieblad).`, `the track plan "${reference}" was not found (or is not a session sheet).`));
      continue;
    }
    if (circular.has(file)) {
      // A plan is where a track starts: one that is this sheet, or that leads back to it, is none.
      report(
        file,
        'track-plan-missing',
        session.frontMatter!.span,
        plan === file
          ? text(`het trajectplan "${reference}" is dit blad zelf; verwijs naar het trajectplan.`, `the track plan "${reference}" is this sheet itself; refer to the track plan.`)
          : text(`het trajectplan "${reference}" verwijst (via traject:) terug naar dit blad; een van beide is geen trajectplan.`, `the track plan "${reference}" refers back to this sheet (through traject:); one of them is not a track plan.`),
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

/** A sheet's `traject:` reference, trimmed, when it has one. */
function referenceOf(file: TrackFile): string | undefined {
  const reference = file.analysis.session?.frontMatter?.data.traject;
  return typeof reference === 'string' && reference.trim() !== '' ? reference.trim() : undefined;
}

/** The sheets whose chain of `traject:` references comes back to them; each followed once, so linear. */
function onCycles(planOf: ReadonlyMap<TrackFile, TrackFile | undefined>): Set<TrackFile> {
  const circular = new Set<TrackFile>();
  const done = new Set<TrackFile>();
  for (const start of planOf.keys()) {
    const path: TrackFile[] = [];
    const onPath = new Set<TrackFile>();
    let current: TrackFile | undefined = start;
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

type Reporter = (file: TrackFile, rule: TrackRuleId, span: Span, message: Text) => void;

function stepsOf(plan: TrackFile): Step[] {
  const settings = (plan.analysis.template?.rules['planning-order']?.steps as { pattern: string; name: Text; template?: string; sections?: string }[] | undefined) ?? [];
  const patterns = plan.analysis.template?.patterns;
  return settings.map((step) => ({
    pattern: patternOf(patterns, step.pattern),
    name: step.name,
    template: step.template,
    sections: step.sections === undefined ? undefined : patternOf(patterns, step.sections),
  }));
}

/** A planned session has its file; a session's date is one the plan gives for its kind. */
function checkDates(plan: TrackFile, sessions: readonly TrackFile[], steps: readonly Step[], today: Day | undefined, report: Reporter): void {
  const planned = (plan.analysis.session?.records.planning ?? []).flatMap((record) => {
    const step = steps.find((candidate) => candidate.pattern.test(record.cells.step.text));
    const date = dayOf(record.cells.date.text);
    return step?.template && date ? [{ record, template: step.template, date }] : [];
  });
  const unmatched = new Set(planned);
  for (const session of sessions) {
    const kind = session.analysis.template?.id;
    const field = dateField(session.analysis);
    const date = field ? dayOf(field.value) : undefined;
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
    const when = paired.record.cells.date.text;
    report(
      session,
      'track-date',
      field.valueSpan,
      text(`deze sessie is op ${field.value}, maar het trajectplan noemt ${when} (${paired.record.cells.step.text}).`, `this session is on ${field.value}, but the track plan gives ${when} (${paired.record.cells.step.text}).`),
    );
  }
  const now = today && isoDay(today);
  for (const entry of unmatched) {
    if (!now || entry.date >= now) continue; // still to come: nothing is missing yet
    const label = `${entry.record.cells.step.text} (${entry.record.cells.date.text})`;
    report(
      plan,
      'track-session-missing',
      entry.record.row.span,
      text(`geen sessieblad voor ${label} dat naar dit trajectplan verwijst (front matter traject:).`, `no session sheet for ${label} refers to this track plan (front matter traject:).`),
    );
  }
}

/** Each section of one step (a journey) has its section in the next step's sheets (a blueprint). */
function checkContinuity(sessions: readonly TrackFile[], steps: readonly Step[], report: Reporter): void {
  const withSections = steps.filter((step) => step.template && step.sections);
  for (const [index, step] of withSections.entries()) {
    const next = withSections[index + 1];
    if (!next) break;
    const nextSheets = sessions.filter((session) => session.analysis.template?.id === next.template);
    if (nextSheets.length === 0) continue; // that step has not begun
    const carried = new Set(nextSheets.flatMap((sheet) => titledSections(sheet, next.sections!)).map((section) => section.title));
    for (const sheet of sessions.filter((session) => session.analysis.template?.id === step.template)) {
      for (const section of titledSections(sheet, step.sections!)) {
        if (carried.has(section.title)) continue;
        // The place is the heading itself (`Reis 1: Schulden`), so the message need not quote it.
        report(
          sheet,
          'track-continuity',
          section.span,
          text(`komt niet terug in ${next.name.nl} (geen kop met dezelfde titel).`, `does not come back in ${next.name.en} (no heading with the same title).`),
        );
      }
    }
  }
}

/** Sections whose heading matches, by the title after the colon; placeholder titles are left out. */
function titledSections(file: TrackFile, pattern: TemplatePattern): { title: string; text: string; span: Span }[] {
  return (file.analysis.session?.sections ?? []).flatMap((section) => {
    const heading = section.heading;
    if (!heading || !pattern.test(heading.text)) return [];
    const title = heading.text.replace(/^[^:]*:\s*/, '').trim();
    if (title === '' || /^\[.*\]$/.test(title)) return [];
    return [{ title: normaliseName(title), text: title, span: heading.span }];
  });
}

/** The field the template's `date` prompt fills (New Session writes the date there), else a `Datum…` field. */
function dateField(analysis: Analysis) {
  const fills = analysis.template?.prompts.find((prompt) => prompt.id === 'date')?.fills;
  const label = typeof fills === 'object' ? fills.field : /^datum/i;
  return analysis.session?.fields.find((field) => label.test(field.label) && field.state === 'filled');
}

function dayOf(value: string): string | undefined {
  const date = parseDate(value);
  return date?.kind === 'day' && date.year !== undefined ? isoDay({ year: date.year, month: date.month, day: date.day }) : undefined;
}

function normalisePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '..' && parts.length > 0 && parts.at(-1) !== '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return (path.startsWith('/') ? '/' : '') + parts.join('/');
}

/** A reference from a sheet, relative to the sheet's folder (or absolute). */
function resolvePath(from: string, reference: string): string {
  if (reference.startsWith('/')) return normalisePath(reference);
  const folder = from.replace(/\\/g, '/').replace(/[^/]*$/, '');
  return normalisePath(`${folder}${reference}`);
}
