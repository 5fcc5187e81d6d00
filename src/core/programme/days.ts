import { isoDay } from '../create/answers';
import { text, type Language, type Text } from '../i18n/text';
import { parseDate } from '../model/dates';
import type { Deadline } from './types';

/*
 * Days as the programme index counts them: ISO strings (YYYY-MM-DD) compared as text, and
 * whole days between them counted in UTC, so no time zone or summer time shifts a deadline.
 */

const DAY_MS = 86_400_000;

function utc(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

function isoOf(time: number): string {
  const date = new Date(time);
  return isoDay({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** The Sunday that ends ISO week `week` of `year`. */
export function endOfIsoWeek(year: number, week: number): string {
  const fourth = Date.UTC(year, 0, 4);
  const weekday = (new Date(fourth).getUTCDay() + 6) % 7; // Monday 0
  const monday = fourth - weekday * DAY_MS;
  return isoOf(monday + ((week - 1) * 7 + 6) * DAY_MS);
}

function isoWeekOf(iso: string): number {
  const time = utc(iso);
  const weekday = (new Date(time).getUTCDay() + 6) % 7;
  const thursday = time + (3 - weekday) * DAY_MS;
  const yearStart = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1);
  return Math.floor((thursday - yearStart) / DAY_MS / 7) + 1;
}

/**
 * A deadline cell read as a date. A day or week without a year is in the session's year, or the
 * next when that falls before the session (`15 januari` written in December); without a session
 * date it stays text.
 */
export function readDeadline(written: string, sessionDay: string | undefined): Deadline {
  const value = written.trim();
  if (value === '') return { kind: 'none', text: '' };
  const date = parseDate(value);
  if (!date) return { kind: 'text', text: value };
  const sessionYear = sessionDay === undefined ? undefined : Number(sessionDay.slice(0, 4));
  if (date.kind === 'day') {
    let year = date.year ?? sessionYear;
    if (year === undefined) return { kind: 'text', text: value };
    let due = isoDay({ year, month: date.month, day: date.day });
    if (date.year === undefined && sessionDay !== undefined && due < sessionDay) {
      year += 1;
      due = isoDay({ year, month: date.month, day: date.day });
    }
    return { kind: 'day', text: value, due };
  }
  let year = date.year ?? sessionYear;
  if (year === undefined) return { kind: 'text', text: value };
  if (date.year === undefined && sessionDay !== undefined && date.week < isoWeekOf(sessionDay)) year += 1;
  return { kind: 'week', text: value, due: endOfIsoWeek(year, date.week), year, week: date.week };
}

/**
 * A deadline's distance from today in words: `vandaag`, `morgen`, `over 3 dagen`, `over 2 weken`,
 * `over 3 maanden`; past it `gisteren`, `3 dagen te laat`, `2 weken te laat`, `3 maanden te laat` (or `… geleden`).
 */
export function relativeDays(days: number, language: Language, past: 'overdue' | 'ago' = 'overdue'): string {
  return relativeText(days, past)[language];
}

/** `ago` says a past day without blame (`8 weken geleden`), for an agreement of a closed session. */
function relativeText(days: number, past: 'overdue' | 'ago'): Text {
  if (days === 0) return text('vandaag', 'today');
  if (days === 1) return text('morgen', 'tomorrow');
  if (days === -1) return text('gisteren', 'yesterday');
  const size = Math.abs(days);
  const [count, nl, en] =
    size < 14
      ? [size, size === 1 ? 'dag' : 'dagen', size === 1 ? 'day' : 'days']
      : size < 61
        ? [Math.round(size / 7), 'weken', 'weeks']
        : [Math.round(size / 30.44), 'maanden', 'months'];
  if (days > 0) return text(`over ${count} ${nl}`, `in ${count} ${en}`);
  return past === 'ago' ? text(`${count} ${nl} geleden`, `${count} ${en} ago`) : text(`${count} ${nl} te laat`, `${count} ${en} overdue`);
}
