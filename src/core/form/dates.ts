import { parseDate } from '../model/dates';
import type { Span } from '../source';

/*
 * A date input shows a day as YYYY-MM-DD; the sheet writes days as people do (`19-03-2026`,
 * `donderdag 12 maart 2026`). These read the day a value names and write a new day in the
 * same form, so choosing a date changes the digits and words of the date and nothing else.
 */

const DUTCH_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DUTCH_DAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
const ENGLISH_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface WrittenDay {
  /** YYYY-MM-DD. */
  readonly iso: string;
  /** Where in the value the date is (relative to the value's start). */
  readonly span: Span;
}

/** The full day a value names: the whole value, or the part before its first comma (`…, 13:30-15:30`). */
export function readDay(value: string): WrittenDay | undefined {
  const candidates = [value, value.split(',')[0]];
  for (const candidate of candidates) {
    const parsed = parseDate(candidate);
    if (parsed?.kind !== 'day' || parsed.year === undefined) continue;
    const start = candidate.length - candidate.trimStart().length;
    const iso = `${parsed.year}-${pad(parsed.month)}-${pad(parsed.day)}`;
    return { iso, span: { start, end: candidate.trimEnd().length } };
  }
  return undefined;
}

/** Writes `iso` in the form of `sample` (a date as the sheet writes one); YYYY-MM-DD without a sample. */
export function formatDay(iso: string, sample: string | undefined): string {
  const [year, month, day] = iso.split('-').map(Number);
  const written = sample?.trim() ?? '';
  const weekdayMatch = /^(\p{L}+)\.?,?\s+/u.exec(written);
  const rest = weekdayMatch && !monthIndex(weekdayMatch[1]) ? written.slice(weekdayMatch[0].length) : written;
  const weekday = rest === written ? '' : weekdayLike(weekdayMatch![0], new Date(Date.UTC(year, month - 1, day)).getUTCDay());

  const numeric = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})$/.exec(rest);
  if (numeric) {
    const padded = numeric[1].length === 2 || numeric[3].length === 2;
    const yearText = numeric[4].length === 2 ? String(year).slice(-2) : String(year);
    const [d, m] = padded ? [pad(day), pad(month)] : [String(day), String(month)];
    return `${weekday}${d}${numeric[2]}${m}${numeric[2]}${yearText}`;
  }
  const dayFirst = /^\d{1,2}\s+(\p{L}+)\.?\s+\d{4}$/u.exec(rest);
  if (dayFirst && monthIndex(dayFirst[1])) return `${weekday}${day} ${monthLike(dayFirst[1], month)} ${year}`;
  const monthFirst = /^(\p{L}+)\.?\s+\d{1,2},?\s+\d{4}$/u.exec(rest);
  if (monthFirst && monthIndex(monthFirst[1])) return `${weekday}${monthLike(monthFirst[1], month)} ${day}, ${year}`;
  return `${weekday}${iso}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** 1–12 when a word is a month's name (whole, in Dutch or English). */
function monthIndex(word: string): number | undefined {
  const lower = word.toLowerCase();
  const found = [DUTCH_MONTHS, ENGLISH_MONTHS].map((names) => names.findIndex((name) => name.toLowerCase() === lower)).find((index) => index !== -1);
  return found === undefined ? undefined : found + 1;
}

/** The month's name in the language and case of `sample`. */
function monthLike(sample: string, month: number): string {
  const english = ENGLISH_MONTHS.some((name) => name.toLowerCase() === sample.toLowerCase()) && !DUTCH_MONTHS.includes(sample.toLowerCase());
  const name = (english ? ENGLISH_MONTHS : DUTCH_MONTHS)[month - 1];
  return sameCase(sample, name);
}

/** The weekday written in the language, case and punctuation of `sample` (`donderdag `, `Thursday, `); dropped when `sample` is no weekday. */
function weekdayLike(sample: string, weekday: number): string {
  const word = /^\p{L}+/u.exec(sample)![0];
  const lower = word.toLowerCase();
  const dutch = DUTCH_DAYS.findIndex((name) => name === lower) !== -1;
  const english = ENGLISH_DAYS.findIndex((name) => name.toLowerCase() === lower) !== -1;
  if (!dutch && !english) return '';
  const name = (dutch ? DUTCH_DAYS : ENGLISH_DAYS)[weekday];
  return sameCase(word, name) + sample.slice(word.length);
}

function sameCase(sample: string, word: string): string {
  const capital = sample.charAt(0) === sample.charAt(0).toUpperCase();
  return (capital ? word.charAt(0).toUpperCase() : word.charAt(0).toLowerCase()) + word.slice(1);
}
