import type { SessionTemplate } from '../template/template';
import type { TemplatePattern } from '../template/pattern';
import { parseDuration, parseClock } from './time';
import { namesMatch } from './names';
import type { Cell, Checkbox, ChoiceGroup, Field, Heading, Row, SheetStructure, Table } from './types';

export type TableKind = 'participants' | 'agenda' | 'agreements' | 'ownershipCheck' | RecordKind;

/** Tables read row by row, each row a record of named cells (the track templates use them). */
export const RECORD_COLUMNS = {
  journeys: ['title', 'persona', 'situation', 'action', 'goal'],
  planning: ['step', 'date'],
  invitations: ['audience', 'sender'],
} as const;
export type RecordKind = keyof typeof RECORD_COLUMNS;
export type RecordColumn<K extends RecordKind> = (typeof RECORD_COLUMNS)[K][number];

/** One row of a record table: its cells by column (a missing column reads as an empty cell). */
export interface TableRecord<K extends RecordKind> {
  readonly row: Row;
  readonly table: Table;
  readonly cells: Readonly<Record<RecordColumn<K>, Cell>>;
}

export interface Participant {
  readonly name: string;
  readonly nameCell: Cell;
  readonly role: string;
  readonly sector: string;
  /** The attendance box; unticked means absent. */
  readonly present: Checkbox | undefined;
  readonly row: Row;
}

export interface AgendaItem {
  readonly row: Row;
  readonly startCell: Cell;
  readonly durationCell: Cell;
  /** Minutes since midnight, or undefined when not a time. */
  readonly start: number | undefined;
  /** Minutes, or undefined when not a duration. */
  readonly duration: number | undefined;
}

export interface Agenda {
  readonly table: Table;
  readonly items: readonly AgendaItem[];
}

export interface OwnershipAnswer {
  readonly question: string;
  readonly cell: Cell;
  readonly group: ChoiceGroup | undefined;
}

export interface OwnershipCheck {
  readonly table: Table;
  readonly ownerCell: Cell | undefined;
  readonly answers: readonly OwnershipAnswer[];
}

export interface Benefit {
  readonly number: number | undefined;
  readonly title: string;
  readonly heading: Heading;
  readonly section: number;
  readonly owner: Field | undefined;
  readonly priorities: readonly ChoiceGroup[];
  readonly checks: readonly OwnershipCheck[];
}

export interface Agreement {
  readonly row: Row;
  readonly agreement: Cell;
  readonly responsible: Cell;
  readonly deadline: Cell;
}

/** A sheet read through its template: the structure plus what its parts mean. */
export interface SessionModel extends SheetStructure {
  readonly template: SessionTemplate;
  readonly tableKinds: ReadonlyMap<Table, TableKind>;
  readonly participants: readonly Participant[];
  readonly agendas: readonly Agenda[];
  readonly benefits: readonly Benefit[];
  /** The benefit each section belongs to: its own, or the one whose heading it is under or names. */
  readonly benefitOfSection: ReadonlyMap<number, Benefit>;
  readonly ownershipChecks: readonly OwnershipCheck[];
  readonly agreements: readonly Agreement[];
  /** Rows of the record tables the template declares, with a cell filled in. */
  readonly records: { readonly [K in RecordKind]: readonly TableRecord<K>[] };
  /** Fields that a more specific rule than `blank`/`placeholder`/`field-empty` speaks for. */
  readonly ownerFields: ReadonlySet<Field>;
  /** Cells that a more specific rule speaks for (agreements, ownership checks). */
  readonly coveredCells: ReadonlySet<Cell>;
}

type Columns<C extends string> = Partial<Record<C, number>>;

function findColumns<C extends string>(table: Table, patterns: Partial<Record<C, TemplatePattern>>): Columns<C> {
  const found: Columns<C> = {};
  for (const [column, pattern] of Object.entries(patterns) as [C, TemplatePattern][]) {
    const index = table.header.findIndex((cell) => pattern.test(cell.text));
    if (index !== -1) found[column] = index;
  }
  return found;
}

function hasAll<C extends string>(columns: Columns<C>, required: readonly C[]): boolean {
  return required.every((column) => columns[column] !== undefined);
}

/** The empty cell of a column the table has no header for: nothing can be written there. */
const columnlessCell = (row: Row): Cell => ({
  span: { start: row.span.end, end: row.span.end },
  contentSpan: { start: row.span.end, end: row.span.end },
  text: '',
  state: 'empty',
  checkbox: undefined,
  choice: undefined,
});

/** A cell the row lacks (it has fewer cells than the header): empty, at the row's end, with the pipes that would make it. */
export function missingCell(source: string, row: Row, index: number): Cell {
  const closed = source[row.span.end - 1] === '|';
  const before = `${closed ? '' : ' |'}${' |'.repeat(Math.max(0, index - row.cells.length))}`;
  return { ...columnlessCell(row), missing: { before } };
}

function cellAt(source: string, row: Row, index: number | undefined): Cell | undefined {
  if (index === undefined) return undefined;
  return row.cells[index] ?? missingCell(source, row, index);
}

export function interpretSession(structure: SheetStructure, template: SessionTemplate): SessionModel {
  const source = structure.source.text;
  const tableKinds = new Map<Table, TableKind>();
  const participants: Participant[] = [];
  const agendas: Agenda[] = [];
  const checks: { check: OwnershipCheck; section: number }[] = [];
  const agreements: Agreement[] = [];
  const coveredCells = new Set<Cell>();
  const records: { [K in RecordKind]: TableRecord<K>[] } = { journeys: [], planning: [], invitations: [] };

  for (const table of structure.tables) {
    const recordKind = readRecords(source, table, template, records);
    if (recordKind) {
      tableKinds.set(table, recordKind);
      continue;
    }
    const participantColumns = template.participants && findColumns(table, template.participants.columns);
    const agendaColumns = template.agenda && findColumns(table, template.agenda.columns);
    const agreementColumns = template.agreements && findColumns(table, template.agreements.columns);
    const checkColumns = template.ownershipCheck && findColumns(table, template.ownershipCheck.columns);

    if (participantColumns && hasAll(participantColumns, ['name'])) {
      tableKinds.set(table, 'participants');
      for (const row of table.rows) {
        const nameCell = cellAt(source, row, participantColumns.name)!;
        if (nameCell.state === 'empty' && row.cells.every((cell) => cell.state === 'empty' || cell.checkbox)) continue;
        participants.push({
          name: nameCell.text,
          nameCell,
          role: cellAt(source, row, participantColumns.role)?.text ?? '',
          sector: cellAt(source, row, participantColumns.sector)?.text ?? '',
          present: cellAt(source, row, participantColumns.present)?.checkbox,
          row,
        });
      }
    } else if (agendaColumns && hasAll(agendaColumns, ['start', 'duration'])) {
      tableKinds.set(table, 'agenda');
      const items = table.rows
        .filter((row) => row.cells.some((cell) => cell.state !== 'empty'))
        .map((row) => {
          const startCell = cellAt(source, row, agendaColumns.start)!;
          const durationCell = cellAt(source, row, agendaColumns.duration)!;
          return { row, startCell, durationCell, start: parseClock(startCell.text), duration: parseDuration(durationCell.text) };
        });
      agendas.push({ table, items });
    } else if (agreementColumns && hasAll(agreementColumns, ['agreement', 'responsible', 'deadline'])) {
      tableKinds.set(table, 'agreements');
      for (const row of table.rows) {
        const agreement = { row, agreement: cellAt(source, row, agreementColumns.agreement)!, responsible: cellAt(source, row, agreementColumns.responsible)!, deadline: cellAt(source, row, agreementColumns.deadline)! };
        agreements.push(agreement);
        for (const cell of row.cells) coveredCells.add(cell);
      }
    } else if (checkColumns && template.ownershipCheck && hasAll(checkColumns, ['question', 'answer'])) {
      tableKinds.set(table, 'ownershipCheck');
      const { ownerQuestion } = template.ownershipCheck;
      let ownerCell: Cell | undefined;
      const answers: OwnershipAnswer[] = [];
      for (const row of table.rows) {
        const question = cellAt(source, row, checkColumns.question)!.text;
        const cell = cellAt(source, row, checkColumns.answer)!;
        coveredCells.add(cell);
        if (ownerQuestion.test(question)) ownerCell = cell;
        else answers.push({ question, cell, group: cell.choice });
      }
      checks.push({ check: { table, ownerCell, answers }, section: table.section });
    }
  }

  const { benefits, benefitOfSection } = readBenefits(structure, template, checks);
  const ownerFields = new Set(benefits.flatMap((benefit) => (benefit.owner ? [benefit.owner] : [])));
  return {
    ...structure,
    template,
    tableKinds,
    participants,
    agendas,
    benefits,
    benefitOfSection,
    ownershipChecks: checks.map((entry) => entry.check),
    agreements,
    records,
    ownerFields,
    coveredCells,
  };
}

/** The first table of a kind, such as the participants table. */
export function tableOfKind(session: SessionModel, kind: TableKind): Table | undefined {
  for (const [table, found] of session.tableKinds) if (found === kind) return table;
  return undefined;
}

/** Who a participants row is: the name once filled in, else its role and sector (`Sectormanager PO`). */
export function participantLabel(participant: Participant): string {
  if (participant.nameCell.state === 'filled') return participant.name;
  const parts = [participant.role, participant.sector].map((part) => part.trim()).filter((part) => part && part !== '-' && !/^\[.*\]$/.test(part));
  return parts.join(' ') || participant.name;
}

/** An agenda's length: the sum of its durations (a mistyped start time does not change it). */
export function agendaMinutes(agenda: Agenda): number {
  return agenda.items.reduce((sum, item) => sum + (item.duration ?? 0), 0);
}

/** Reads a table as the first record kind whose first column it has; returns that kind. */
function readRecords(source: string, table: Table, template: SessionTemplate, records: { [K in RecordKind]: TableRecord<K>[] }): RecordKind | undefined {
  for (const kind of Object.keys(RECORD_COLUMNS) as RecordKind[]) {
    // Typed loosely on purpose: each kind has its own column names, checked by the schema.
    const patterns = template.records[kind]?.columns as Partial<Record<string, TemplatePattern>> | undefined;
    if (!patterns) continue;
    const columns: Partial<Record<string, number>> = findColumns(table, patterns);
    const names: readonly string[] = RECORD_COLUMNS[kind];
    if (columns[names[0]] === undefined) continue;
    for (const row of table.rows) {
      if (row.cells.every((cell) => cell.state === 'empty')) continue;
      const cells = Object.fromEntries(names.map((column) => [column, cellAt(source, row, columns[column]) ?? columnlessCell(row)]));
      (records[kind] as TableRecord<RecordKind>[]).push({ row, table, cells } as unknown as TableRecord<RecordKind>);
    }
    return kind;
  }
  return undefined;
}

function readBenefits(
  structure: SheetStructure,
  template: SessionTemplate,
  checks: readonly { check: OwnershipCheck; section: number }[],
): { benefits: Benefit[]; benefitOfSection: Map<number, Benefit> } {
  const config = template.benefits;
  if (!config) return { benefits: [], benefitOfSection: new Map() };
  // Each section belongs to the benefit whose heading it is under, if any.
  const benefitOfSection = new Map<number, number>();
  const drafts: {
    number: number | undefined;
    title: string;
    heading: Heading;
    section: number;
    owner: Field | undefined;
    priorities: ChoiceGroup[];
    checks: OwnershipCheck[];
  }[] = [];
  for (const section of structure.sections) {
    const inherited = section.parent === undefined ? undefined : benefitOfSection.get(section.parent);
    const match = section.heading && config.heading.exec(section.heading.text);
    // A later heading that names a benefit already listed (`### Baat 1` under the check) refers to it.
    const known = match ? drafts.findIndex((draft) => match[1] !== undefined && draft.number === Number(match[1])) : -1;
    if (known !== -1) {
      benefitOfSection.set(section.index, known);
    } else if (match && section.heading) {
      benefitOfSection.set(section.index, drafts.length);
      drafts.push({
        number: match[1] === undefined ? undefined : Number(match[1]),
        title: (match[2] ?? section.heading.text).trim() || section.heading.text,
        heading: section.heading,
        section: section.index,
        owner: undefined,
        priorities: [],
        checks: [],
      });
    } else if (inherited !== undefined) {
      benefitOfSection.set(section.index, inherited);
    }
  }
  for (const field of structure.fields) {
    const benefit = benefitOfSection.get(field.section);
    if (benefit === undefined) continue;
    if (!drafts[benefit].owner && config.ownerField.test(field.label)) drafts[benefit].owner = field;
  }
  // A check table under a benefit has Ja/Nee answers: those are the check's, not priorities.
  const answers = new Set(checks.flatMap(({ check }) => check.answers.map((answer) => answer.group)));
  for (const choice of structure.choices) {
    const benefit = benefitOfSection.get(choice.section);
    if (benefit !== undefined && !answers.has(choice)) drafts[benefit].priorities.push(choice);
  }
  for (const { check, section } of checks) {
    for (const index of benefitsOfCheck(check, section, structure, drafts, benefitOfSection)) drafts[index].checks.push(check);
  }
  return { benefits: drafts, benefitOfSection: new Map([...benefitOfSection].map(([section, index]) => [section, drafts[index]])) };
}

/** A check belongs to the benefit it stands under, the benefit its heading names, or the benefits its owner owns. */
function benefitsOfCheck(
  check: OwnershipCheck,
  section: number,
  structure: SheetStructure,
  benefits: readonly { number: number | undefined; title: string; owner: Field | undefined }[],
  benefitOfSection: ReadonlyMap<number, number>,
): number[] {
  const under = benefitOfSection.get(section);
  if (under !== undefined) return [under];
  for (let index: number | undefined = section; index !== undefined; index = structure.sections[index].parent) {
    const heading = structure.sections[index].heading?.text.toLowerCase();
    if (!heading) continue;
    const numbers = namedBenefitNumbers(heading);
    const named = benefits.flatMap((benefit, position) =>
      (benefit.number !== undefined && numbers.has(benefit.number)) || heading.includes(benefit.title.toLowerCase()) ? [position] : [],
    );
    if (named.length > 0) return named;
  }
  const owner = check.ownerCell?.state === 'filled' ? check.ownerCell.text : undefined;
  if (owner === undefined) return [];
  return benefits.flatMap((benefit, index) =>
    benefit.owner?.state === 'filled' && namesMatch(benefit.owner.value, owner) ? [index] : [],
  );
}

/** The benefit numbers a heading names: `Baat 1`, `baten 1, 3 en 4`, `Benefit 2 & 5`. */
function namedBenefitNumbers(heading: string): Set<number> {
  const numbers = new Set<number>();
  for (const match of heading.matchAll(/\b(?:baat|baten|benefits?)\s+(\d+(?:\s*(?:,|&|\+|en|and)\s*\d+)*)/giu)) {
    for (const number of match[1].match(/\d+/g) ?? []) numbers.add(Number(number));
  }
  return numbers;
}
