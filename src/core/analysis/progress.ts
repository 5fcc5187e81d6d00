import { isCovered } from '../rules/blank';
import type { SessionModel } from '../model/session';
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

export interface Progress extends Tally {
  readonly byKind: Readonly<Partial<Record<ProgressKind, Tally>>>;
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
    add(session.ownerFields.has(field) ? 'owner' : 'field', field.state === 'filled', field.label, field.labelSpan, field.section);
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

/** The section a table row is in: tables record their section, rows do not. */
function sectionOfSpan(session: SessionModel, span: Span): number {
  const table = session.tables.find((candidate) => candidate.span.start <= span.start && span.end <= candidate.span.end);
  return table?.section ?? 0;
}
