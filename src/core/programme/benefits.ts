import { normaliseName } from '../model/names';
import type { SessionStatus } from '../severity';
import type { BenefitSummary, SheetSummary } from './types';

/** One session's word on a benefit. */
export interface BenefitEntry {
  readonly path: string;
  /** The session's day, when its date reads as one. */
  readonly date: string | undefined;
  readonly dateText: string | undefined;
  readonly sheetTitle: string;
  readonly status: SessionStatus | undefined;
  readonly benefit: BenefitSummary;
}

/** A benefit across the programme's sheets, matched by number (else by title). */
export interface ProgrammeBenefit {
  /** `1` for `Baat 1`; a benefit without a number goes by its title (`t:outside-in cultuur`). */
  readonly key: string;
  readonly number: number | undefined;
  /** As the latest session words it. */
  readonly title: string;
  /** The latest session's entry: its owner is the current owner. */
  readonly current: BenefitEntry;
  /** Every session that has the benefit, oldest first (undated ones before the dated). */
  readonly history: readonly BenefitEntry[];
}

export function benefitKey(benefit: BenefitSummary): string {
  return benefit.number !== undefined ? String(benefit.number) : `t:${normaliseName(benefit.title)}`;
}

/** Sheets oldest first: by day, undated ones first (never the latest while a dated one exists), then by path. */
export function bySessionDate(a: Pick<SheetSummary, 'date' | 'path'>, b: Pick<SheetSummary, 'date' | 'path'>): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return -1;
    if (b.date === undefined) return 1;
    return a.date < b.date ? -1 : 1;
  }
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** The programme's benefits from its sheets, by number then title. */
export function collectBenefits(sheets: Iterable<SheetSummary>): ProgrammeBenefit[] {
  const ordered = [...sheets].filter((sheet) => sheet.benefits.length > 0).sort(bySessionDate);
  const byKey = new Map<string, BenefitEntry[]>();
  for (const sheet of ordered) {
    for (const benefit of sheet.benefits) {
      const key = benefitKey(benefit);
      const entry: BenefitEntry = { path: sheet.path, date: sheet.date, dateText: sheet.dateText, sheetTitle: sheet.title, status: sheet.status, benefit };
      const list = byKey.get(key);
      if (list) list.push(entry);
      else byKey.set(key, [entry]);
    }
  }
  return [...byKey]
    .map(([key, history]) => {
      const current = history[history.length - 1];
      return { key, number: current.benefit.number, title: current.benefit.title, current, history };
    })
    .sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity) || a.title.localeCompare(b.title));
}
