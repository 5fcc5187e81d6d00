import type { Analysis } from '../analysis/analyze';
import { prioritiesOf } from '../form/priorities/read';
import { namesMatch } from '../model/names';
import type { Benefit, OwnershipCheck, SessionModel } from '../model/session';
import { ownerVerdict } from '../rules/owner-verdict';
import { ownerSpan } from '../rules/ownership';
import { benefitPlace, placeOf } from '../rules/place';
import { rangeOf, type Range } from '../source';
import { isoDayOf } from '../track/checkTrack';
import { trackSheetOf } from '../track/trackSheet';
import { readDeadline } from './days';
import type { BenefitSummary, CheckState, SheetSummary } from './types';

/** The field that names the programme a sheet belongs to (`**Programma:** Klant in Beeld`). */
const PROGRAMME_FIELD = /^(?:programma|programme|program)$/i;

/** What the programme index keeps of an analysed sheet; undefined when it is no session sheet. */
export function summarizeSheet(path: string, analysis: Analysis): SheetSummary | undefined {
  const { session, template } = analysis;
  const track = trackSheetOf(path, analysis);
  if (!session || !template || !track) return undefined;
  const range = (span: { start: number; end: number }) => rangeOf(analysis.source, span);
  const date = track.date && isoDayOf(track.date.value);
  const priorities = prioritiesOf(session);
  // prioritiesOf has a row for each benefit with a priority choice, in the sheet's order.
  const withChoices = session.benefits.filter((benefit) => benefit.priorities.length > 0);
  const benefits = session.benefits.map((benefit): BenefitSummary => {
    const row = priorities?.rows[withChoices.indexOf(benefit)];
    const owner = benefit.owner;
    return {
      number: benefit.number,
      title: benefit.title,
      heading: benefit.heading.text,
      range: range(benefit.heading.span),
      place: benefitPlace(benefit),
      owner: owner && { name: owner.state === 'filled' ? owner.value.trim() : '', verdict: ownerVerdict(session, owner.value), range: range(ownerSpan(owner)) },
      priorities: row ? row.cells.flatMap((cell, index) => (cell.state === 'absent' ? [] : [{ sector: priorities!.sectors[index], cell }])) : [],
      check: session.template.ownershipCheck ? checkState(session, benefit) : undefined,
      checkNames: benefit.checks.flatMap((check) => (check.ownerCell?.state === 'filled' ? [check.ownerCell.text.trim()] : [])),
      checkRange: checkPlace(benefit, range),
    };
  });
  const agreements = session.agreements
    .filter((row) => [row.agreement, row.responsible, row.deadline].some((cell) => cell.state === 'filled'))
    .map((row) => ({
      text: row.agreement.state === 'filled' ? row.agreement.text : '',
      responsible: row.responsible.state === 'filled' ? row.responsible.text : '',
      deadline: readDeadline(row.deadline.state === 'filled' ? row.deadline.text : '', date),
      range: range(row.row.span),
      deadlineRange: range(row.deadline.contentSpan),
      place: placeOf(session, row.row.span),
    }));
  const participants = session.participants.map((participant) => ({
    name: participant.nameCell.state === 'filled' ? participant.name : '',
    role: participant.role,
    sector: participant.sector,
    present: participant.present?.checked,
    range: range(participant.row.span),
  }));
  return {
    path,
    template: template.id,
    status: analysis.status,
    date,
    dateText: track.date?.value,
    dateRange: track.date?.at.range,
    title: session.title?.text ?? '',
    programme: session.fields.find((field) => PROGRAMME_FIELD.test(field.label) && field.state === 'filled')?.value.trim(),
    benefits,
    priorityScale: priorities?.scale ?? [],
    agreements,
    participants,
    traject: track.reference?.value,
    track,
  };
}

/** The state of a benefit's ownership check, read as ownership-unchecked, -mismatch and -unconfirmed read it. */
function checkState(session: SessionModel, benefit: Benefit): CheckState {
  if (benefit.checks.length === 0) return 'missing';
  const named = benefit.checks.filter((check) => check.ownerCell?.state === 'filled');
  if (named.length === 0) return 'unnamed';
  const owner = benefit.owner?.state === 'filled' ? benefit.owner.value : undefined;
  const asked = owner === undefined ? named : named.filter((check) => namesMatch(owner, check.ownerCell!.text));
  if (asked.length === 0) return 'other';
  const answers = asked.flatMap((check) => check.answers.map((answer) => answerOf(session, answer)));
  if (answers.includes('no')) return 'unconfirmed';
  if (answers.includes('open')) return 'open';
  return 'confirmed';
}

/** The check a view goes to: the one asking the owner, else one naming someone, else the first; at its owner's row when it has one. */
function checkPlace(benefit: Benefit, range: (span: { start: number; end: number }) => Range): Range | undefined {
  const owner = benefit.owner?.state === 'filled' ? benefit.owner.value : undefined;
  const named = benefit.checks.filter((check) => check.ownerCell?.state === 'filled');
  const check = named.find((candidate) => owner !== undefined && namesMatch(owner, candidate.ownerCell!.text)) ?? named[0] ?? benefit.checks[0];
  if (!check) return undefined;
  const row = check.ownerCell && check.table.rows.find((candidate) => candidate.cells.includes(check.ownerCell!));
  return range((row ?? check.table).span);
}

/** One question's answer: a single box ticked, Yes or No; anything else is still open. */
function answerOf(session: SessionModel, answer: OwnershipCheck['answers'][number]): 'yes' | 'no' | 'open' {
  const config = session.template.ownershipCheck!;
  const chosen = answer.group ? answer.group.options.filter((option) => option.checked) : answer.cell.checkbox?.checked ? [answer.cell.checkbox] : [];
  if (chosen.length !== 1) return 'open';
  if (config.no.test(chosen[0].label)) return 'no';
  return config.yes.test(chosen[0].label) || answer.group === undefined ? 'yes' : 'open';
}
