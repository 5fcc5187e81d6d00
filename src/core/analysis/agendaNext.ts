import type { AgendaItem, SessionModel } from '../model/session';
import { positionAt } from '../source';

export interface NextAgendaStart {
  /** Minutes since midnight: the row above's start plus its duration. */
  readonly minutes: number;
  readonly previous: AgendaItem;
}

/**
 * The start time a new agenda row on `line` (1-based) takes: the start of the agenda row on
 * the line above plus its duration. Undefined when the line above is no readable agenda row.
 */
export function nextAgendaStart(session: SessionModel, line: number): NextAgendaStart | undefined {
  for (const agenda of session.agendas) {
    const previous = agenda.items.find((item) => positionAt(session.source, item.row.span.start).line === line - 1);
    if (previous?.start !== undefined && previous.duration !== undefined) return { minutes: previous.start + previous.duration, previous };
  }
  return undefined;
}
