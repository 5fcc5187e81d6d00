import type { Text } from '../i18n/text';
import type { Benefit, SessionModel } from '../model/session';
import { isCovered } from '../rules/blank';
import { lacksOwner, ownerVerdict, type OwnerVerdict } from '../rules/owner-verdict';
import { ownerSpan } from '../rules/ownership';
import { benefitPlace } from '../rules/place';
import { rangeOf, type Range, type Span } from '../source';

/** The kinds of things a sheet asks to fill in. */
export type ProgressKind = 'choice' | 'check' | 'task' | 'field' | 'owner' | 'participant' | 'agreement' | 'journey' | 'invitation' | 'blank' | 'placeholder';

export interface Tally {
  readonly done: number;
  readonly total: number;
}

export interface ProgressItem {
  readonly kind: ProgressKind;
  readonly done: boolean;
  /** What the item is, as the sheet names it. */
  readonly label: string;
  readonly range: Range;
  readonly section: number;
}

export interface SectionProgress extends Tally {
  readonly index: number;
  readonly title: string;
  readonly depth: number;
  readonly parent: number | undefined;
  /** The heading's range; line 1 for the part before the first heading. */
  readonly range: Range;
}

/** A benefit still without a real owner: none, no name, the programme's, or someone who did not take part. */
export interface OwnerGap {
  readonly number: number | undefined;
  readonly title: string;
  /** `Baat 3 (Efficiëntere klantprocessen)`. */
  readonly place: Text;
  readonly verdict: Exclude<OwnerVerdict, 'ok' | 'absent'>;
  /** The owner field's value (or its label when empty); the heading when the benefit has no owner field. */
  readonly range: Range;
}

export interface Progress extends Tally {
  readonly byKind: Readonly<Partial<Record<ProgressKind, Tally>>>;
  /** How many benefits the sheet has, and which of them still lack a real owner. */
  readonly owners: { readonly benefits: number; readonly lacking: readonly OwnerGap[] };
  /** Per section, counting the sections under it too. */
  readonly sections: readonly SectionProgress[];
  /** Every fillable thing in document order. */
  readonly items: readonly ProgressItem[];
}

/**
 * Counts what is filled in. Each place to fill counts once: a blank inside a field is that
 * field, a placeholder in a participant's name cell is that participant; only blanks and
 * placeholders that belong to nothing else count on their own.
 */
export function measureProgress(session: SessionModel): Progress {
  const drafts: { kind: ProgressKind; done: boolean; label: string; span: Span; section: number }[] = [];
  const add = (kind: ProgressKind, done: boolean, label: string, span: Span, section: number) =>
    drafts.push({ kind, done, label, span, section });
  const checkGroups = new Set(session.ownershipChecks.flatMap((check) => check.answers.map((answer) => answer.group)));
  const slotCells = new Set(session.participants.map((participant) => participant.nameCell));

  for (const group of session.choices) {
    const chosen = group.options.filter((option) => option.checked).length;
    add(checkGroups.has(group) ? 'check' : 'choice', chosen === 1, group.context, group.span, group.section);
  }
  for (const check of session.ownershipChecks) {
    const cell = check.ownerCell;
    if (cell) add('check', cell.state === 'filled', session.template.ownershipCheck?.questions[0] ?? '', cell.contentSpan, check.table.section);
  }
  for (const task of session.tasks) add('task', task.checked, task.text, task.span, task.section);
  for (const field of session.fields) {
    if (field.choice) continue;
    // An owner counts once it is a real one: not "?", not the programme, someone who took part.
    if (session.ownerFields.has(field)) add('owner', !lacksOwner(ownerVerdict(session, field.value)), field.label, field.labelSpan, field.section);
    else add('field', field.state === 'filled', field.label, field.labelSpan, field.section);
  }
  for (const benefit of session.benefits) {
    if (!benefit.owner) add('owner', false, benefit.title, benefit.heading.span, benefit.section);
  }
  for (const participant of session.participants) {
    add('participant', participant.nameCell.state === 'filled', participant.role || participant.name, participant.row.span, sectionOfSpan(session, participant.row.span));
  }
  const agreementRows = session.agreements.filter((agreement) => [agreement.agreement, agreement.responsible, agreement.deadline].some((cell) => cell.state !== 'empty'));
  for (const agreement of agreementRows) {
    const complete = [agreement.agreement, agreement.responsible, agreement.deadline].every((cell) => cell.state === 'filled');
    add('agreement', complete, agreement.agreement.text, agreement.row.span, sectionOfSpan(session, agreement.row.span));
  }
  if (agreementRows.length === 0 && session.agreements.length > 0) {
    const first = session.agreements[0];
    add('agreement', false, '', first.row.span, sectionOfSpan(session, first.row.span));
  }
  for (const journey of session.records.journeys) {
    const { title, persona, situation, action, goal } = journey.cells;
    add('journey', [persona, situation, action, goal].every((cell) => cell.state === 'filled'), title.text, journey.row.span, sectionOfSpan(session, journey.row.span));
  }
  for (const invitation of session.records.invitations) {
    add('invitation', invitation.cells.sender.state === 'filled', invitation.cells.audience.text, invitation.row.span, sectionOfSpan(session, invitation.row.span));
  }
  for (const [kind, gaps] of [['blank', session.blanks], ['placeholder', session.placeholders]] as const) {
    for (const gap of gaps) {
      if (gap.field || isCovered(session, gap) || (gap.cell && slotCells.has(gap.cell))) continue;
      add(kind, false, gap.text, gap.span, gap.section);
    }
  }
  drafts.sort((a, b) => a.span.start - b.span.start);

  const byKind: Partial<Record<ProgressKind, { done: number; total: number }>> = {};
  const perSection = session.sections.map(() => ({ done: 0, total: 0 }));
  for (const item of drafts) {
    const tally = (byKind[item.kind] ??= { done: 0, total: 0 });
    tally.total++;
    if (item.done) tally.done++;
    for (let index: number | undefined = item.section; index !== undefined; index = session.sections[index].parent) {
      perSection[index].total++;
      if (item.done) perSection[index].done++;
    }
  }
  const items = drafts.map((item) => ({ kind: item.kind, done: item.done, label: item.label, range: rangeOf(session.source, item.span), section: item.section }));
  const done = items.filter((item) => item.done).length;
  return {
    done,
    total: items.length,
    byKind,
    owners: { benefits: session.benefits.length, lacking: ownerGaps(session) },
    items,
    sections: session.sections.map((section, index) => ({
      index,
      title: section.heading?.text ?? '',
      depth: section.heading?.depth ?? 0,
      parent: section.parent,
      range: rangeOf(session.source, section.heading?.span ?? { start: 0, end: 0 }),
      ...perSection[index],
    })),
  };
}

function ownerGaps(session: SessionModel): OwnerGap[] {
  return session.benefits.flatMap((benefit: Benefit) => {
    const verdict = ownerVerdict(session, benefit.owner?.value);
    if (!lacksOwner(verdict)) return [];
    const span = benefit.owner ? ownerSpan(benefit.owner) : benefit.heading.span;
    return [{ number: benefit.number, title: benefit.title, place: benefitPlace(benefit), verdict, range: rangeOf(session.source, span) }];
  });
}

/** The section a table row is in: tables record their section, rows do not. */
function sectionOfSpan(session: SessionModel, span: Span): number {
  const table = session.tables.find((candidate) => candidate.span.start <= span.start && span.end <= candidate.span.end);
  return table?.section ?? 0;
}
