import { listOf, text, type Text } from '../i18n/text';
import type { Benefit, SessionModel, TableKind } from '../model/session';
import type { Table } from '../model/types';
import { lastAtOrBefore, type Span } from '../source';

/*
 * Where something is in a sheet, named as a person would: the benefit it belongs to, the
 * table row it is in, or the heading it stands under. Every finding starts with it, so
 * eighteen "no priority chosen" messages each say which benefit they are about.
 */

/** What a table is called when its heading does not say it better. */
const TABLE_NAMES: Readonly<Record<TableKind | 'other', Text>> = {
  participants: text('Deelnemers', 'Participants'),
  agenda: text('Agenda', 'Agenda'),
  agreements: text('Afspraken', 'Agreements'),
  ownershipCheck: text('Eigenaarschapscheck', 'Ownership check'),
  journeys: text('Reistitels', 'Journey titles'),
  planning: text('Planning', 'Planning'),
  invitations: text('Uitnodigingen', 'Invitations'),
  other: text('Tabel', 'Table'),
};

/** What is looked up once per session, so that naming a place costs no scan of the sheet. */
interface PlaceIndex {
  /** Start offset of every section's heading (section 0, before the first heading, has none). */
  readonly headingStarts: readonly number[];
  readonly tablesBySection: ReadonlyMap<number, readonly Table[]>;
  /** The benefits an ownership-check table belongs to. */
  readonly checkBenefits: ReadonlyMap<Table, readonly Benefit[]>;
}

const indexes = new WeakMap<SessionModel, PlaceIndex>();

function indexOf(session: SessionModel): PlaceIndex {
  let index = indexes.get(session);
  if (index) return index;
  const tablesBySection = new Map<number, Table[]>();
  for (const table of session.tables) {
    const list = tablesBySection.get(table.section);
    if (list) list.push(table);
    else tablesBySection.set(table.section, [table]);
  }
  const checkBenefits = new Map<Table, Benefit[]>();
  for (const benefit of session.benefits) {
    for (const check of benefit.checks) {
      const list = checkBenefits.get(check.table);
      if (list) list.push(benefit);
      else checkBenefits.set(check.table, [benefit]);
    }
  }
  index = {
    headingStarts: session.sections.map((section) => section.heading?.span.start ?? -1),
    tablesBySection,
    checkBenefits,
  };
  indexes.set(session, index);
  return index;
}

/** The innermost section an offset is in: the one whose heading is the last to start at or before it. */
export function sectionAt(session: SessionModel, offset: number): number {
  // Sections are in document order; section 0 (before any heading) has no heading.
  return lastAtOrBefore(indexOf(session).headingStarts, offset);
}

/** `Baat 3 (Efficiëntere klantprocessen)`; a benefit without a number goes by its title. */
export function benefitPlace(benefit: Benefit): Text {
  if (benefit.number === undefined) return text(benefit.title, benefit.title);
  const titled = benefit.title !== benefit.heading.text;
  return text(`Baat ${benefit.number}${titled ? ` (${benefit.title})` : ''}`, `Benefit ${benefit.number}${titled ? ` (${benefit.title})` : ''}`);
}

/**
 * Names where a span is: `Baat 3 (…)` inside a benefit (its subsections and its ownership
 * check too), `Deelnemers, rij 2` in a table row, else the heading it stands under.
 * Undefined before the first heading and directly under the sheet's title: the sheet itself.
 */
export function placeOf(session: SessionModel, span: Span): Text | undefined {
  const section = sectionAt(session, span.start);
  const benefit = session.benefitOfSection.get(section);
  if (benefit) return benefitPlace(benefit);
  const index = indexOf(session);
  const table = index.tablesBySection.get(section)?.find((candidate) => candidate.span.start <= span.start && span.start < candidate.span.end);
  if (table) return tablePlace(session, table, span, index);
  return headingPlace(session, section);
}

function tablePlace(session: SessionModel, table: Table, span: Span, index: PlaceIndex): Text | undefined {
  const kind = session.tableKinds.get(table);
  if (kind === 'ownershipCheck') return checkPlace(index.checkBenefits.get(table) ?? []);
  const alone = index.tablesBySection.get(table.section)?.length === 1;
  const name = tableName(session, table, kind, alone);
  const row = table.rows.findIndex((candidate) => candidate.span.start <= span.start && span.start < candidate.span.end);
  if (row === -1) return name;
  return text(`${name.nl}, rij ${row + 1}`, `${name.en}, row ${row + 1}`);
}

/** A check of one benefit is that benefit's; a shared or unattached one is the ownership check. */
function checkPlace(benefits: readonly Benefit[]): Text {
  if (benefits.length === 1) return benefitPlace(benefits[0]);
  const name = TABLE_NAMES.ownershipCheck;
  const numbers = benefits.map((benefit) => benefit.number);
  if (benefits.length === 0 || numbers.some((number) => number === undefined)) return name;
  const list = numbers.map(String);
  return text(`${name.nl} voor baat ${listOf(list, 'nl')}`, `${name.en} for benefits ${listOf(list, 'en')}`);
}

/**
 * A table's name: an ordinary table goes by its heading; a known one (participants, agenda, …)
 * by its heading when that is the table's alone and not just the usual Dutch name (which
 * reads better translated in English), else by its usual name.
 */
function tableName(session: SessionModel, table: Table, kind: TableKind | undefined, alone: boolean): Text {
  const usual = TABLE_NAMES[kind ?? 'other'];
  const heading = headingPlace(session, table.section);
  if (kind === undefined) return heading ?? usual;
  if (!alone || !heading || heading.nl.toLowerCase() === usual.nl.toLowerCase()) return usual;
  return heading;
}

/** The text of a section's heading, without a note in brackets (`Deelnemers (Baateigenaren)`). */
function headingPlace(session: SessionModel, section: number): Text | undefined {
  const heading = session.sections[section]?.heading;
  if (!heading || (session.title && heading.span.start === session.title.span.start)) return undefined;
  const name = heading.text.replace(/\s*\([^()]*\)\s*$/, '').trim() || heading.text;
  return text(name, name);
}

/** A message after its place: `Baat 3 (…): nog geen eigenaar.`; without a place it starts with a capital. */
export function withPlace(place: Text | undefined, message: Text): Text {
  if (place) return text(`${place.nl}: ${message.nl}`, `${place.en}: ${message.en}`);
  return text(capitalise(message.nl), capitalise(message.en));
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
