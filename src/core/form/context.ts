import type { SessionModel } from '../model/session';
import type { FindingHolder } from './findings';
import type { DateControl } from './types';

/** What building one form shares: the session, ids handed out so far, finding holders, date controls. */
export interface FormContext {
  readonly session: SessionModel;
  readonly holders: FindingHolder[];
  /** The next id of a kind in a section: `s8.f0`, `s8.f1`, `s15.t0`. */
  nextId(section: number, kind: string): string;
  /**
   * Registers a date control, so it learns how the sheet writes dates once all are known;
   * `column` groups the dates of one table column, whose own form comes first.
   */
  dateControl(control: Omit<DateControl, 'sample'>, column?: string): DateControl;
}

export function formContext(session: SessionModel): FormContext & { finishDates(): void } {
  const counters = new Map<string, number>();
  const dates: { control: { -readonly [K in keyof DateControl]: DateControl[K] }; column: string | undefined }[] = [];
  return {
    session,
    holders: [],
    nextId(section, kind) {
      const key = `s${section}.${kind}`;
      const count = counters.get(key) ?? 0;
      counters.set(key, count + 1);
      return `${key}${count}`;
    },
    dateControl(control, column) {
      const date = { ...control, sample: undefined as string | undefined };
      dates.push({ control: date, column });
      return date;
    },
    /** A date is written as its own value writes it, else as its column's first date, else as the sheet's first. */
    finishDates() {
      const sampleOf = (date: DateControl) => (date.dateSpan ? date.value.slice(date.dateSpan.start, date.dateSpan.end) : undefined);
      const firstOf = (column: string | undefined) => dates.map((date) => (column === undefined || date.column === column ? sampleOf(date.control) : undefined)).find((sample) => sample !== undefined);
      for (const { control, column } of dates) control.sample = sampleOf(control) ?? firstOf(column) ?? firstOf(undefined);
    },
  };
}
