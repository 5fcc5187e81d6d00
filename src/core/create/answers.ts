import { text, type Text } from '../i18n/text';
import { parseDate } from '../model/dates';
import type { Prompt } from '../template/template';

/** A calendar day, as New Session reads "today" and dates typed in prompts. */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export type Answer =
  | { readonly ok: true; readonly value: string; /** YYYY-MM-DD, for date prompts. */ readonly iso?: string }
  | { readonly ok: false; readonly message: Text };

export function isoDay(day: Day): string {
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

/** The calendar day of a moment in local time: "today" for New Session and the track checks. */
export function dayOf(moment: Date): Day {
  return { year: moment.getFullYear(), month: moment.getMonth() + 1, day: moment.getDate() };
}

/** The answer a prompt offers before anything is typed. */
export function defaultAnswer(prompt: Prompt, today: Day): string {
  if (prompt.type === 'date' && prompt.default === 'today') return isoDay(today);
  return prompt.default ?? '';
}

/**
 * Checks and tidies one typed answer. Dates must be real days (`2026-02-30` and `week 12`
 * are refused); a date without a year is the next such day from today on, and its year is
 * written after it, so the sheet holds a full date. Names are split on commas.
 */
export function readAnswer(prompt: Prompt, typed: string, today: Day): Answer {
  const value = typed.trim();
  if (value === '') {
    return prompt.required ? { ok: false, message: text('Vul dit in.', 'Please fill this in.') } : { ok: true, value };
  }
  if (prompt.type === 'names') return { ok: true, value: splitNames(value).join(', ') };
  if (prompt.type !== 'date') return { ok: true, value };
  const date = parseDate(value);
  if (date?.kind === 'week') {
    return { ok: false, message: text('Een week is geen dag: kies een datum, zoals 12 maart 2026.', 'A week is not a day: give a date, such as 12 March 2026.') };
  }
  const year = date?.kind === 'day' ? (date.year ?? nextYearWith(date.month, date.day, today)) : 0;
  if (!date || new Date(Date.UTC(year, date.month - 1, date.day)).getUTCDate() !== date.day) {
    return {
      ok: false,
      message: text(`"${value}" is geen bestaande datum. Schrijf bijvoorbeeld 2026-03-12 of 12 maart 2026.`, `"${value}" is not a real date. Write, for example, 2026-03-12 or 12 March 2026.`),
    };
  }
  const full = date.year === undefined ? withYear(value, year) : value;
  return { ok: true, value: full, iso: isoDay({ year, month: date.month, day: date.day }) };
}

/** The year of the first such day from today on: `12 maart` typed in November is next year's. */
function nextYearWith(month: number, day: number, today: Day): number {
  const passed = month < today.month || (month === today.month && day < today.day);
  let year = passed ? today.year + 1 : today.year;
  // 29 February: the next leap year.
  while (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day && year < today.year + 8) year++;
  return year;
}

/** A date as typed with its year added in the same style: `12 maart 2027`, `12-3-2027`, `March 12, 2027`. */
function withYear(typed: string, year: number): string {
  const numeric = /\d([-/.])\d{1,2}$/.exec(typed);
  if (numeric) return `${typed}${numeric[1]}${year}`;
  return /^\p{L}+\.?\s+\d{1,2}$/u.test(typed) ? `${typed}, ${year}` : `${typed} ${year}`;
}

/** Names as typed: separated by commas, semicolons or new lines. */
export function splitNames(value: string): string[] {
  return value
    .split(/[,;\n]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}
