const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1, feb: 2, februari: 2, february: 2, mrt: 3, maa: 3, maart: 3, mar: 3, march: 3,
  apr: 4, april: 4, mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, aug: 8, augustus: 8,
  august: 8, sep: 9, sept: 9, september: 9, okt: 10, oct: 10, oktober: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};

export type ParsedDate =
  | { readonly kind: 'day'; readonly year: number | undefined; readonly month: number; readonly day: number }
  | { readonly kind: 'week'; readonly year: number | undefined; readonly week: number };

function day(year: number | undefined, month: number, date: number): ParsedDate | undefined {
  if (month < 1 || month > 12 || date < 1) return undefined;
  const length = new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
  return date <= length ? { kind: 'day', year, month, day: date } : undefined;
}

function fullYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

/** A weekday in front of a date, whole or short; not the start of a month (`ma` is not `maart`). */
const WEEKDAY =
  /^(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|ma|di|wo|do|vr|za|zo|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+/;

/**
 * Reads a deadline as people write it: `2026-12-01`, `1-12-2026`, `1/12`, `1 december 2026`,
 * `1 dec`, `December 1, 2026`, `week 12`, `wk 12 2026`. A weekday in front is allowed.
 */
export function parseDate(value: string): ParsedDate | undefined {
  const text = value
    .trim()
    .toLowerCase()
    .replace(WEEKDAY, '');
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) return day(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}|\d{2}))?$/.exec(text);
  if (match) return day(fullYear(match[3]), Number(match[2]), Number(match[1]));
  match = /^(\d{1,2})\s+([a-z]+)\.?(?:\s+(\d{4}|\d{2}))?$/.exec(text);
  if (match && MONTHS[match[2]] !== undefined) return day(fullYear(match[3]), MONTHS[match[2]], Number(match[1]));
  match = /^([a-z]+)\.?\s+(\d{1,2})(?:,?\s+(\d{4}|\d{2}))?$/.exec(text);
  if (match && MONTHS[match[1]] !== undefined) return day(fullYear(match[3]), MONTHS[match[1]], Number(match[2]));
  match = /^(?:week|wk)\s*(\d{1,2})(?:\s+(\d{4}))?$/.exec(text);
  if (match && Number(match[1]) >= 1 && Number(match[1]) <= 53) {
    return { kind: 'week', year: fullYear(match[2]), week: Number(match[1]) };
  }
  return undefined;
}
