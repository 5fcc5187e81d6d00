import { nextAgendaStart } from '../analysis/agendaNext';
import { text, type Text } from '../i18n/text';
import { missingCell, participantLabel, type AgendaItem, type Participant, type SessionModel } from '../model/session';
import { formatClock } from '../model/time';
import type { Cell, Row, Table } from '../model/types';
import { placeOf } from '../rules/place';
import { positionAt } from '../source';
import type { FormContext } from './context';
import { readDay } from './dates';
import { candidatesOf, verdictOf } from './owner';
import { cellSlot, shownValue } from './slots';
import type { AgendaChain, CellControl, FormFinding, TableControl, TableRowModel } from './types';

/** What the template says some cells are: owners, deadlines, agenda times, participants. */
interface CellRoles {
  readonly owners: ReadonlySet<Cell>;
  readonly deadlines: ReadonlySet<Cell>;
  readonly agendaRows: ReadonlyMap<Row, { item: AgendaItem; index: number; items: readonly AgendaItem[] }>;
  readonly participants: ReadonlyMap<Row, Participant>;
}

const rolesCache = new WeakMap<SessionModel, CellRoles>();

function rolesOf(session: SessionModel): CellRoles {
  let roles = rolesCache.get(session);
  if (roles) return roles;
  const owners = new Set<Cell>([
    ...session.agreements.map((agreement) => agreement.responsible),
    ...session.ownershipChecks.flatMap((check) => (check.ownerCell ? [check.ownerCell] : [])),
  ]);
  const agendaRows = new Map(session.agendas.flatMap((agenda) => agenda.items.map((item, index) => [item.row, { item, index, items: agenda.items }] as const)));
  roles = {
    owners,
    deadlines: new Set(session.agreements.map((agreement) => agreement.deadline)),
    agendaRows,
    participants: new Map(session.participants.map((participant) => [participant.row, participant])),
  };
  rolesCache.set(session, roles);
  return roles;
}

/** A table as a grid of controls, one per cell, each named by its column and its row. */
export function tableControl(context: FormContext, table: Table): TableControl {
  const { session } = context;
  const roles = rolesOf(session);
  const id = context.nextId(table.section, 't');
  const columns = table.header.map((cell) => cell.text);
  const kind = session.tableKinds.get(table);
  const rows = table.rows.map((row, index): TableRowModel => {
    const rowId = `${id}.r${index}`;
    const label = rowLabel(row, index, roles);
    // A check's answer is named by its question; any other cell by its column and its row.
    const cellLabel = (column: string, position: number) => (kind === 'ownershipCheck' && position > 0 ? label : text(`${column}, ${label.nl}`, `${column}, ${label.en}`));
    const cells = columns.map((column, position) => cellControl(context, roles, row, position, `${rowId}.c${position}`, cellLabel(column, position)));
    const findings: FormFinding[] = [];
    context.holders.push({ area: row.span, findings });
    return { id: rowId, label, cells, findings };
  });
  const findings: FormFinding[] = [];
  context.holders.push({ area: table.span, findings });
  const last = table.rows.at(-1);
  const at = last ? last.span.end : table.span.end;
  const next = last && nextAgendaStart(session, positionAt(session.source, last.span.start).line + 1);
  return {
    kind: 'table',
    id,
    label: placeOf(session, table.span) ?? text(columns.join(' · '), columns.join(' · ')),
    findings,
    tableKind: kind,
    columns,
    rows,
    addRow: { at, columns: columns.length, first: next ? formatClock(next.minutes) : undefined },
  };
}

/**
 * A participant by name (or `Sectormanager PO` until named); an agenda row by what it is, not
 * its times; another row by its first cell; else by its number.
 */
function rowLabel(row: Row, index: number, roles: CellRoles): Text {
  const participant = roles.participants.get(row);
  if (participant) {
    const label = participantLabel(participant);
    return text(label, label);
  }
  const agenda = roles.agendaRows.get(row);
  const times = agenda ? [agenda.item.startCell, agenda.item.durationCell] : [];
  const named = agenda ? row.cells.find((cell) => cell.state === 'filled' && !times.includes(cell)) : row.cells[0];
  if (named?.state === 'filled') return text(named.text, named.text);
  return text(`rij ${index + 1}`, `row ${index + 1}`);
}

function cellControl(context: FormContext, roles: CellRoles, row: Row, position: number, id: string, label: Text): CellControl {
  const columnKey = id.replace(/\.r\d+\.c/, '.c');
  const { session } = context;
  const cell = row.cells[position] ?? missingCell(session.source.text, row, position);
  const findings: FormFinding[] = [];
  context.holders.push({ area: cell.span, findings });
  if (cell.choice) {
    const options = cell.choice.options.map((option) => ({ label: option.label, checked: option.checked, box: option.span }));
    return { kind: 'choice', id, label: text(cell.choice.context, cell.choice.context), findings, options };
  }
  if (cell.checkbox) return { kind: 'checkbox', id, label, findings, checked: cell.checkbox.checked, box: cell.checkbox.span };
  const slot = cellSlot(cell);
  const shown = shownValue(cell.state, cell.text);
  if (roles.owners.has(cell)) {
    return { kind: 'owner', id, label, findings, ...shown, slot, candidates: candidatesOf(session), ...verdictOf(session, cell.text) };
  }
  const day = cell.state === 'filled' ? readDay(cell.text) : undefined;
  if (roles.deadlines.has(cell) || day) return context.dateControl({ kind: 'date', id, label, findings, ...shown, slot, iso: day?.iso, dateSpan: day?.span }, columnKey);
  const agenda = roles.agendaRows.get(row);
  return {
    kind: 'text',
    id,
    label,
    findings,
    ...shown,
    multiline: false,
    slot,
    ...(agenda && cell === agenda.item.startCell ? startOf(agenda.items, agenda.index) : {}),
    ...(agenda && cell === agenda.item.durationCell ? { agendaChain: chainAfter(agenda.items, agenda.index) } : {}),
  };
}

/** The start the row above gives a row: its start plus its duration. */
function startOf(items: readonly AgendaItem[], index: number): { computedStart?: string } {
  const previous = items[index - 1];
  if (previous?.start === undefined || previous.duration === undefined) return {};
  return { computedStart: formatClock(previous.start + previous.duration) };
}

function chainAfter(items: readonly AgendaItem[], index: number): AgendaChain {
  return {
    start: items[index].start,
    below: items.slice(index + 1).map((item) => ({ start: cellSlot(item.startCell), startText: item.startCell.text, duration: item.duration })),
  };
}
