import { text } from '../i18n/text';
import type { Agenda } from '../model/session';
import { formatClock } from '../model/time';
import { setCellValue } from './edits';
import type { FixDraft, Rule, SpanEdit } from './rule';

const DAY_MINUTES = 24 * 60;

/** Whether two times are the same on the clock: `23:50` + 15 min is `00:05`. */
function sameClockTime(minutes: number | undefined, expected: number): boolean {
  return minutes !== undefined && (((minutes - expected) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES === 0;
}

/** Start times chained from the first row: each start is the previous start plus its duration. */
function recomputeFix(agenda: Agenda): FixDraft | undefined {
  const [first] = agenda.items;
  if (first?.start === undefined) return undefined;
  const edits: SpanEdit[] = [];
  let expected = first.start;
  for (const item of agenda.items) {
    if (!sameClockTime(item.start, expected)) edits.push(setCellValue(item.startCell, formatClock(expected)));
    if (item.duration === undefined) break;
    expected += item.duration;
  }
  return edits.length ? { title: text('Bereken de starttijden opnieuw vanaf de eerste rij', 'Recompute the start times from the first row'), edits, preferred: true } : undefined;
}

/**
 * A start time that is not the previous start plus its duration. Only the row where the
 * agenda first goes wrong is flagged; its fix recomputes every start time after it.
 */
export const agendaTime: Rule = {
  id: 'agenda-time',
  defaultSeverity: 'warning',
  openItem: false,
  ownership: false,
  description: text(
    'Een starttijd in de agenda is niet de vorige starttijd plus de duur.',
    'An agenda start time is not the previous start plus its duration.',
  ),
  check({ session, report }) {
    for (const agenda of session.agendas) {
      for (const [index, item] of agenda.items.entries()) {
        if (item.startCell.state === 'filled' && item.start === undefined) {
          report({
            span: item.startCell.contentSpan,
            message: text(`"${item.startCell.text}" is geen tijd (uu:mm).`, `"${item.startCell.text}" is not a time (hh:mm).`),
          });
          break;
        }
        if (item.durationCell.state === 'filled' && item.duration === undefined) {
          report({
            span: item.durationCell.contentSpan,
            message: text(`"${item.durationCell.text}" is geen duur (zoals "15 min").`, `"${item.durationCell.text}" is not a duration (such as "15 min").`),
          });
          break;
        }
        const previous = agenda.items[index - 1];
        if (!previous || previous.start === undefined || previous.duration === undefined || item.start === undefined) continue;
        const expected = previous.start + previous.duration;
        if (sameClockTime(item.start, expected)) continue;
        const fix = recomputeFix(agenda);
        report({
          span: item.startCell.contentSpan,
          message: text(
            `starttijd ${item.startCell.text} klopt niet (${previous.startCell.text} + ${previous.duration} min = ${formatClock(expected)}).`,
            `start time ${item.startCell.text} is off (${previous.startCell.text} + ${previous.duration} min = ${formatClock(expected)}).`,
          ),
          fixes: fix ? [fix] : [],
        });
        break;
      }
    }
  },
};
