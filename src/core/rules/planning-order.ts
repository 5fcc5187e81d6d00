import { text, type Text } from '../i18n/text';
import { parseDate } from '../model/dates';
import type { Rule } from './rule';
import { patternOf } from '../template/pattern';

interface Step {
  readonly pattern: string;
  readonly name: Text;
  readonly minDays?: number;
  readonly maxDays?: number;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The track's planning keeps the guide's order and spacing: each step (its `steps`, in order)
 * after the one before it, by about the days the template gives.
 */
export const planningOrder: Rule = {
  id: 'planning-order',
  defaultSeverity: 'warning',
  openItem: false,
  ownership: false,
  description: text('De planning wijkt af van de volgorde of de tussenpozen van het traject.', 'The planning departs from the track’s order or spacing.'),
  check({ session, options, report }) {
    const steps = ((options.steps as Step[] | undefined) ?? []).map((step) => ({ ...step, regex: patternOf(session.template.patterns, step.pattern) }));
    if (steps.length === 0) return;
    let year: number | undefined;
    const dated = session.records.planning.flatMap((record) => {
      const step = steps.findIndex((candidate) => candidate.regex.test(record.cells.step.text));
      const date = parseDate(record.cells.date.text);
      if (step === -1 || date?.kind !== 'day') return [];
      year = date.year ?? year; // a date without a year is in the year of the one before it
      if (year === undefined) return [];
      return [{ record, step, time: Date.UTC(year, date.month - 1, date.day) }];
    });
    // The latest date per step, and per step the latest date of any step before it: so a row
    // is looked up, not compared with every other row (a long planning stays linear).
    const latest = steps.map(() => -Infinity);
    for (const entry of dated) latest[entry.step] = Math.max(latest[entry.step], entry.time);
    const latestBefore = steps.map(() => -Infinity);
    for (let step = 1; step < steps.length; step++) latestBefore[step] = Math.max(latestBefore[step - 1], latest[step - 1]);
    for (const entry of dated) {
      const { record, step } = entry;
      const label = record.cells.step.text;
      if (latestBefore[step] > entry.time) {
        // Only a row that is out of order is compared with the others, to name the first it conflicts with.
        const first = dated.find((other) => other.step < step && other.time > entry.time)!.record.cells.step.text;
        report({
          span: record.row.span,
          message: text(`${label} staat gepland vóór ${first}, dat eerder in het traject hoort.`, `${label} is planned before ${first}, which comes earlier in the track.`),
        });
        continue;
      }
      const settings = steps[step];
      if (step === 0 || latest[step - 1] === -Infinity || (settings.minDays === undefined && settings.maxDays === undefined)) continue;
      const days = Math.round((entry.time - latest[step - 1]) / DAY);
      const min = settings.minDays ?? 0;
      const max = settings.maxDays ?? Infinity;
      if (days >= min && days <= max) continue;
      const previous = steps[step - 1].name;
      const expected = max === Infinity ? `${min}+` : `${min}–${max}`;
      report({
        span: record.row.span,
        message: text(
          `${label} valt ${days} dag(en) na ${previous.nl}; het traject rekent op ${expected} dagen.`,
          `${label} falls ${days} day(s) after ${previous.en}; the track expects ${expected} days.`,
        ),
      });
    }
  },
};
