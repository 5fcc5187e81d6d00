import type { Text } from '../../i18n/text';
import type { OwnerVerdict } from '../../rules/owner-verdict';

/*
 * The benefits × sectors picture as plain data, posted to the webview with the form and drawn
 * from there as a table and as an SVG.
 */

/** Where a chosen option stands: by its word (`Hoog`, `Midden`, `Laag`); `other` for any other word. */
export type PriorityLevel = 'high' | 'medium' | 'low' | 'other';

/**
 * One sector's priority for one benefit: `chosen` one box ticked, `open` none yet, `several`
 * more than one box ticked (the sheet says two things), `absent` the benefit has no such choice.
 */
export type PriorityCell =
  | { readonly state: 'chosen'; readonly label: string; readonly level: PriorityLevel }
  | { readonly state: 'open' }
  | { readonly state: 'several'; readonly labels: readonly string[] }
  | { readonly state: 'absent' };

export interface PriorityOwner {
  /** The name as written; empty while it is a blank or placeholder. */
  readonly name: string;
  readonly verdict: OwnerVerdict;
  readonly verdictText: Text;
}

export interface PriorityRow {
  /** The benefit's heading, as the sheet writes it (`Baat 5: Sterkere klantrelaties`). */
  readonly benefit: string;
  /** One per sector, in the order of `Priorities.sectors`. */
  readonly cells: readonly PriorityCell[];
  /** Undefined when the benefit has no owner field. */
  readonly owner: PriorityOwner | undefined;
}

export interface Priorities {
  /** The sheet's title (its first heading), for the picture's subtitle; empty when it has none. */
  readonly title: string;
  /** The columns: what each priority choice is for (`PO` of `PO prioriteit`), in the sheet's order. */
  readonly sectors: readonly string[];
  readonly rows: readonly PriorityRow[];
  /** The options as the sheet words them, highest first, for the legend. */
  readonly scale: readonly { readonly label: string; readonly level: PriorityLevel }[];
}
