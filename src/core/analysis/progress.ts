import type { Text } from '../i18n/text';
import { participantLabel, type Benefit, type SessionModel } from '../model/session';
import type { Field, Gap } from '../model/types';
import { isCovered } from '../rules/blank';
import { lacksOwner, ownerVerdict, type OwnerVerdict } from '../rules/owner-verdict';
import { ownerSpan } from '../rules/ownership';
import { benefitPlace, placeOf, sectionAt } from '../rules/place';
import { rangeOf, type Range, type Span } from '../source';
import { fieldTarget, firstOpenCell, gapsByField } from './targets';

/** The kinds of things a sheet asks to fill in. */
export type ProgressKind = 'choice' | 'check' | 'task' | 'field' | 'owner' | 'participant' | 'agreement' | 'journey' | 'invitation' | 'blank' | 'placeholder';

export interface Tally {
  readonly done: number;
  readonly total: number;
}

export interface ProgressItem {
  readonly kind: ProgressKind;
  readonly done: boolean;
  /** What the item is, as the sheet names it; a participant by name, else by role and sector (`Sectormanager PO`). */
  readonly label: string;
  /** Where it is, as findings say it: `Baat 3 (…)`, `Deelnemers, rij 2`, `Kernvragen`; undefined under the title. */
  readonly place: Text | undefined;
  readonly range: Range;
  /**
   * The characters to select to fill it in: a field's `___` or placeholder (or, when empty, an
   * empty range after its label), a choice's first box, a task's box, a participant's name
   * cell, an owner's value, a cell's content.
   */
  readonly target: Range;
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
  /** Where to type the owner, as for a progress item: the `___`, the value, or after an empty label. */
  readonly target: Range;
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
  const drafts: { kind: ProgressKind; done: boolean; label: string; span: Span; target: Span; section: number }[] = [];
  const add = (kind: ProgressKind, done: boolean, label: string, span: Span, target: Span, section = sectionAt(session, span.start)) =>
    drafts.push({ kind, done, label, span, target, section });
  const checkGroups = new Set(session.ownershipChecks.flatMap((check) => check.answers.map((answer) => answer.group)));
  const slotCells = new Set(session.participants.map((participant) => participant.nameCell));
  const fieldGaps = gapsByField(session.blanks, session.placeholders);

  for (const group of session.choices) {
    const chosen = group.options.filter((option) => option.checked).length;
    add(checkGroups.has(group) ? 'check' : 'choice', chosen === 1, group.context, group.span, group.options[0].span, group.section);
  }
  for (const check of session.ownershipChecks) {
    const cell = check.ownerCell;
    if (cell) add('check', cell.state === 'filled', session.template.ownershipCheck?.questions[0] ?? '', cell.contentSpan, cell.contentSpan, check.table.section);
  }
  for (const task of session.tasks) add('task', task.checked, task.text, task.span, task.span, task.section);
  for (const field of session.fields) {
    if (field.choice) continue;
    const target = fieldTarget(field, fieldGaps);
    const label = field.question ?? field.label;
    // An owner counts once it is a real one: not "?", not the programme, someone who took part.
    if (session.ownerFields.has(field)) add('owner', !lacksOwner(ownerVerdict(session, field.value)), label, field.labelSpan, target, field.section);
    else add('field', field.state === 'filled', label, field.labelSpan, target, field.section);
  }
  for (const benefit of session.benefits) {
    if (!benefit.owner) add('owner', false, benefit.title, benefit.heading.span, benefit.heading.span, benefit.section);
  }
  for (const participant of session.participants) {
    add('participant', participant.nameCell.state === 'filled', participantLabel(participant), participant.row.span, participant.nameCell.contentSpan);
  }
  const agreementRows = session.agreements.filter((agreement) => [agreement.agreement, agreement.responsible, agreement.deadline].some((cell) => cell.state !== 'empty'));
  for (const agreement of agreementRows) {
    const cells = [agreement.agreement, agreement.responsible, agreement.deadline];
    add('agreement', cells.every((cell) => cell.state === 'filled'), agreement.agreement.text, agreement.row.span, firstOpenCell(cells));
  }
  if (agreementRows.length === 0 && session.agreements.length > 0) {
    const first = session.agreements[0];
    add('agreement', false, '', first.row.span, first.agreement.contentSpan);
  }
  for (const journey of session.records.journeys) {
    const { title, persona, situation, action, goal } = journey.cells;
    const ingredients = [persona, situation, action, goal];
    add('journey', ingredients.every((cell) => cell.state === 'filled'), title.text, journey.row.span, firstOpenCell(ingredients));
  }
  for (const invitation of session.records.invitations) {
    const { sender, audience } = invitation.cells;
    add('invitation', sender.state === 'filled', audience.text, invitation.row.span, sender.contentSpan);
  }
  for (const [kind, gaps] of [['blank', session.blanks], ['placeholder', session.placeholders]] as const) {
    for (const gap of gaps) {
      if (gap.field || isCovered(session, gap) || (gap.cell && slotCells.has(gap.cell))) continue;
      add(kind, false, gap.text, gap.span, gap.span, gap.section);
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
  const items = drafts.map((item) => ({
    kind: item.kind,
    done: item.done,
    label: item.label,
    place: placeOf(session, item.span),
    range: rangeOf(session.source, item.span),
    target: rangeOf(session.source, item.target),
    section: item.section,
  }));
  const done = items.filter((item) => item.done).length;
  return {
    done,
    total: items.length,
    byKind,
    owners: { benefits: session.benefits.length, lacking: ownerGaps(session, fieldGaps) },
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

function ownerGaps(session: SessionModel, fieldGaps: ReadonlyMap<Field, Gap>): OwnerGap[] {
  return session.benefits.flatMap((benefit: Benefit) => {
    const verdict = ownerVerdict(session, benefit.owner?.value);
    if (!lacksOwner(verdict)) return [];
    const owner = benefit.owner;
    const range = rangeOf(session.source, owner ? ownerSpan(owner) : benefit.heading.span);
    const target = rangeOf(session.source, owner ? fieldTarget(owner, fieldGaps) : benefit.heading.span);
    return [{ number: benefit.number, title: benefit.title, place: benefitPlace(benefit), verdict, range, target }];
  });
}
