import type { Text } from '../i18n/text';
import type { OwnerVerdict } from '../rules/owner-verdict';
import type { Severity } from '../severity';
import type { Span } from '../source';
import type { Priorities } from './priorities/types';
import type { ValueState } from '../model/types';

/*
 * A session sheet read as a form: plain data only (no maps, classes or functions), so it can be
 * posted to a webview as it is. Spans are offsets into the analysed (normalised) text; a form
 * is only valid for the text it was built from.
 */

export interface Form {
  /** Every section with something to fill in or a finding, in the sheet's order. */
  readonly sections: readonly FormSection[];
  /** The benefits × sectors priorities, for a sheet with benefits; undefined for any other. */
  readonly priorities?: Priorities;
}

export interface FormSection {
  /** `s` and the section's index in the sheet. */
  readonly id: string;
  /** The heading's text; empty for what stands before the first heading. */
  readonly heading: string;
  /** 1–6; 0 before the first heading. */
  readonly depth: number;
  readonly done: number;
  readonly total: number;
  readonly controls: readonly FormControl[];
  /** Findings in the section that no control holds, such as a benefit with no owner field. */
  readonly findings: readonly FormFinding[];
}

/** One of the analysis's findings, as the Problems panel shows it. */
export interface FormFinding {
  /** Its index in `analysis.findings`, where its fixes are. */
  readonly index: number;
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
}

/**
 * Where a value is written: a field's value (`**Label:** value`), a table cell's content, or a
 * blank or placeholder that stands on its own. `state` says whether writing adds the spaces
 * around the value (an empty field or cell has none to replace).
 */
export type Slot =
  | { readonly type: 'field'; readonly valueSpan: Span; readonly state: ValueState }
  | { readonly type: 'cell'; readonly contentSpan: Span; readonly state: ValueState; readonly missing?: { readonly before: string } }
  | { readonly type: 'gap'; readonly span: Span };

interface ControlBase {
  /** Stable while the sheet's headings and the control's place among its siblings stay. */
  readonly id: string;
  /** The accessible name: the sheet's own words (a field's label, a column and row) in both languages. */
  readonly label: Text;
  readonly findings: readonly FormFinding[];
}

export interface TextControl extends ControlBase {
  readonly kind: 'text';
  /** The value as written; empty while it is a blank or placeholder. */
  readonly value: string;
  /** The blank or placeholder the sheet shows where the value goes (`___`, `[Naam]`), else empty. */
  readonly hint: string;
  /** A paragraph or more rather than one line. */
  readonly multiline: boolean;
  readonly slot: Slot;
  /** For an agenda row's start cell: the start the rows above give it (`00:15`). */
  readonly computedStart?: string;
  /** For an agenda row's duration cell: what a new duration changes in the start times below. */
  readonly agendaChain?: AgendaChain;
}

/** The start times after an agenda row, to recompute when its duration changes. */
export interface AgendaChain {
  /** The row's own start, in minutes; undefined when it is no time, so nothing below follows. */
  readonly start: number | undefined;
  readonly below: readonly { readonly start: Slot & { readonly type: 'cell' }; readonly startText: string; readonly duration: number | undefined }[];
}

export interface DateControl extends ControlBase {
  readonly kind: 'date';
  readonly value: string;
  readonly hint: string;
  /** The day the value names, `YYYY-MM-DD`; undefined when it names none (empty, `week 15`). */
  readonly iso: string | undefined;
  readonly slot: Slot;
  /** The part of the value that is the date (`donderdag 12 maart 2026` of `…, 13:30-15:30`); a new date replaces only that. */
  readonly dateSpan: Span | undefined;
  /** A date as the sheet writes one (this value's, else the sheet's first): a new date is written the same way. */
  readonly sample: string | undefined;
}

export interface ChoiceControl extends ControlBase {
  readonly kind: 'choice';
  readonly options: readonly { readonly label: string; readonly checked: boolean; readonly box: Span }[];
}

export interface CheckboxControl extends ControlBase {
  readonly kind: 'checkbox';
  readonly checked: boolean;
  /** The `[ ]` / `[x]` in the sheet. */
  readonly box: Span;
}

export interface OwnerCandidate {
  readonly name: string;
  readonly role: string;
  readonly sector: string;
  /** A person who can own a benefit (not the programme or its manager): offered first. */
  readonly preferred: boolean;
}

export interface OwnerControl extends ControlBase {
  readonly kind: 'owner';
  readonly value: string;
  readonly hint: string;
  readonly slot: Slot;
  readonly candidates: readonly OwnerCandidate[];
  readonly verdict: OwnerVerdict;
  /** The verdict in words (`teruggelegd bij het programma`). */
  readonly verdictText: Text;
}

export interface TableRowModel {
  readonly id: string;
  readonly label: Text;
  readonly cells: readonly CellControl[];
  readonly findings: readonly FormFinding[];
}

export type CellControl = TextControl | DateControl | ChoiceControl | CheckboxControl | OwnerControl;

export interface TableControl extends ControlBase {
  readonly kind: 'table';
  /** What the template says the table is; undefined for any other table. */
  readonly tableKind: string | undefined;
  readonly columns: readonly string[];
  readonly rows: readonly TableRowModel[];
  /** Where a new row goes (the end of the last row's line) and what its first cell holds (an agenda's next start). */
  readonly addRow: { readonly at: number; readonly columns: number; readonly first: string | undefined };
}

/**
 * Text of the sheet that is no place to fill in (the session's purpose, instructions, a quote),
 * shown read-only in its place among the controls. `label` is its first words.
 */
export interface ProseControl extends ControlBase {
  readonly kind: 'prose';
  /** Where the text is in the sheet. */
  readonly span: Span;
  /** The block as sanitised HTML: no script, no event handlers, no images (their alt text instead). */
  readonly html: string;
}

export type FormControl = CellControl | TableControl | ProseControl;

/** What a person did in the form, sent back to be written into the sheet. */
export type FormChange =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'date'; readonly iso: string }
  | { readonly kind: 'choice'; readonly option: number | undefined }
  | { readonly kind: 'checkbox'; readonly checked: boolean }
  | { readonly kind: 'addRow'; readonly values: readonly string[] };
