import type { Definition, RootContent } from 'mdast';
import type { SourceText, Span } from '../source';

/**
 * What one walk of the tree finds in a sheet, before any template gives it meaning.
 * Everything carries offsets into the normalised text ({@link SourceText.text}).
 */
export interface SheetStructure {
  readonly source: SourceText;
  readonly frontMatter: FrontMatter | undefined;
  /** Text of the first level-1 heading, if any. */
  readonly title: Heading | undefined;
  readonly sections: readonly Section[];
  readonly fields: readonly Field[];
  readonly choices: readonly ChoiceGroup[];
  /** Boxes that stand alone (one per container, such as an attendance cell). */
  readonly checkboxes: readonly Checkbox[];
  readonly tasks: readonly TaskItem[];
  readonly blanks: readonly Gap[];
  readonly placeholders: readonly Gap[];
  readonly tables: readonly Table[];
  readonly directives: readonly Directive[];
  /**
   * The text around the places to fill in, as parsed (mdast with positions, in the sheet's
   * order): the blocks, list items and quoted blocks that hold none. Kept from the one parse,
   * so the form shows that text without reading the sheet again.
   */
  readonly prose: readonly RootContent[];
  /** The sheet's link reference definitions (`[ref]: https://…`), which the prose's `[text][ref]` links name. */
  readonly definitions: readonly Definition[];
}

export interface FrontMatter {
  readonly span: Span;
  /** The parsed mapping; empty when the YAML is not a mapping or does not parse. */
  readonly data: Readonly<Record<string, unknown>>;
  readonly error: string | undefined;
}

export interface Heading {
  readonly text: string;
  readonly depth: number;
  readonly span: Span;
}

/** A heading and everything up to the next heading of the same or a higher level. */
export interface Section {
  readonly index: number;
  readonly heading: Heading | undefined;
  /** Index of the enclosing section; undefined for top-level ones. */
  readonly parent: number | undefined;
  /** End of the section's last top-level block of content (not counting rules `---`). */
  contentEnd: number | undefined;
}

/** Whether a place to fill in has been filled. */
export type ValueState = 'empty' | 'blank' | 'placeholder' | 'filled';

/**
 * A labelled field: `**Label:** value` (bold) or a plain `Antwoord: ___` line whose label
 * the template declares. The value runs to the end of the line; when the line holds only
 * the label, the following lines or blocks up to the next field or heading are its value.
 */
export interface Field {
  readonly label: string;
  /**
   * The question a field answers when its list item is nested under one, as in
   * `1. **Welk leiderschap is nodig?**` / `   - Antwoord: ___`: four `Antwoord` fields apart.
   */
  readonly question: string | undefined;
  readonly kind: 'bold' | 'answer';
  readonly labelSpan: Span;
  /** Where the value is; for an empty field, the spaces after the label (maybe none), where it goes. */
  valueSpan: Span;
  value: string;
  state: ValueState;
  readonly section: number;
  /** Set when the value is a pick-one group, as in `**PO prioriteit:** [ ] Hoog [ ] Laag`. */
  choice: ChoiceGroup | undefined;
}

export interface Checkbox {
  /** The three characters `[ ]`, `[x]` or `[X]`. */
  readonly span: Span;
  readonly checked: boolean;
  /** The text after the box, up to the next box or the end of the line. */
  readonly label: string;
}

/** Two or more labelled boxes on one line of one paragraph, list item or cell. */
export interface ChoiceGroup {
  readonly options: readonly Checkbox[];
  readonly span: Span;
  /** What is being chosen: the field label or the row's first cell. */
  readonly context: string;
  readonly section: number;
}

export interface TaskItem {
  /** The `[ ]` marker of the GFM task item. */
  readonly span: Span;
  readonly checked: boolean;
  readonly text: string;
  readonly section: number;
}

/** A blank (`___`) or a placeholder (`[invullen]`) and the field or cell it sits in. */
export interface Gap {
  readonly span: Span;
  readonly text: string;
  readonly section: number;
  readonly field: Field | undefined;
  readonly cell: Cell | undefined;
}

export interface Table {
  readonly span: Span;
  readonly header: readonly Cell[];
  readonly rows: readonly Row[];
  readonly section: number;
}

export interface Row {
  readonly span: Span;
  readonly cells: readonly Cell[];
}

export interface Cell {
  /** The cell from its leading pipe to just before the next one. */
  readonly span: Span;
  /** The trimmed content; an empty span where content would go in an empty cell. */
  readonly contentSpan: Span;
  readonly text: string;
  readonly state: ValueState;
  /** The single box of a cell such as `| [ ] |`. */
  readonly checkbox: Checkbox | undefined;
  readonly choice: ChoiceGroup | undefined;
  /** Set on a cell the row lacks: the pipes to write before its content (at the row's end) to make it. */
  readonly missing?: { readonly before: string };
}

/** An inline control comment such as `<!-- session-lint-disable owner-unknown -->`. */
export interface Directive {
  readonly kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  /** Rule ids; empty means all rules. */
  readonly rules: readonly string[];
  /** 1-based line the comment is on. */
  readonly line: number;
}
