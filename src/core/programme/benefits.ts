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
  readonly programme: string | undefined;
  readonly status: SessionStatus | undefined;
  readonly benefit: BenefitSummary;
}

/** A benefit across the sheets of one programme, matched by number (else by title). */
export interface ProgrammeBenefit {
  /** The programme (`Programma:` field) and the number: `klant in beeld#1`; one without a number goes by its title (`klant in beeld#outside-in cultuur`). */
  readonly key: string;
  /** The programme as the latest session writes it; undefined when its sheets do not say. */
  readonly programme: string | undefined;
  readonly number: number | undefined;
  /** As the latest session words it. */
  readonly title: string;
  /** The latest session's entry: its owner is the current owner. */
  readonly current: BenefitEntry;
  /** Every session that has the benefit, oldest first (undated ones before the dated). */
  readonly history: readonly BenefitEntry[];
}

export function benefitKey(programme: string | undefined, benefit: BenefitSummary): string {
  return `${normaliseName(programme ?? '')}#${benefit.number ?? normaliseName(benefit.title)}`;
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

/** The benefits from the sheets, by programme, then number, then title. */
export function collectBenefits(sheets: Iterable<SheetSummary>): ProgrammeBenefit[] {
  const ordered = [...sheets].filter((sheet) => sheet.benefits.length > 0).sort(bySessionDate);
  const byKey = new Map<string, BenefitEntry[]>();
  for (const sheet of ordered) {
    for (const benefit of sheet.benefits) {
      const key = benefitKey(sheet.programme, benefit);
      const entry: BenefitEntry = { path: sheet.path, date: sheet.date, dateText: sheet.dateText, sheetTitle: sheet.title, programme: sheet.programme, status: sheet.status, benefit };
      const list = byKey.get(key);
      if (list) list.push(entry);
      else byKey.set(key, [entry]);
    }
  }
  return [...byKey]
    .map(([key, history]) => {
      const current = history[history.length - 1];
      return { key, programme: current.programme, number: current.benefit.number, title: current.benefit.title, current, history };
    })
    .sort((a, b) => (a.programme ?? '').localeCompare(b.programme ?? '') || (a.number ?? Infinity) - (b.number ?? Infinity) || a.title.localeCompare(b.title));
}
