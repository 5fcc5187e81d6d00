import type { Text } from '../i18n/text';
import type { SessionModel } from '../model/session';
import type { Severity } from '../severity';
import type { Span } from '../source';

/** A text edit in offsets of the normalised text. */
export interface SpanEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface FixDraft {
  readonly title: Text;
  readonly edits: readonly SpanEdit[];
  /**
   * The fix to make without asking (`session-lint --fix`, the editor's auto fix): it corrects
   * the sheet's form, such as start times that follow from durations or a missing table. A
   * fix that records what happened in the session (a box ticked, an option chosen, an owner
   * named, someone present) is never preferred: only a person who was there can say.
   */
  readonly preferred?: boolean;
}

/** What a rule reports: where, what, and how to fix it if that is obvious. */
export interface Report {
  readonly span: Span;
  /**
   * What is wrong, to follow the place the span is in (`Baat 3 (…): ` + message): it starts
   * in lower case (a capital comes by itself when there is no place) and names no place itself.
   */
  readonly message: Text;
  /** The fixes, or a function that builds them when someone asks (see withLazy): building may cost. */
  readonly fixes?: readonly FixDraft[] | (() => readonly FixDraft[]);
}

export interface RuleContext {
  readonly session: SessionModel;
  /** The rule's parameters: its defaults overlaid with the template's settings. */
  readonly options: Readonly<Record<string, unknown>>;
  report(report: Report): void;
}

/**
 * One check. `openItem` rules report what is simply not filled in yet; the others report
 * defects. (A session being prepared shows open items more quietly than defects.)
 * `ownership` rules are about whether ownership was really taken, what the sheet is for:
 * they stay warnings while other open items are only information.
 */
export interface Rule {
  readonly id: string;
  readonly defaultSeverity: Severity;
  readonly openItem: boolean;
  readonly ownership: boolean;
  readonly description: Text;
  readonly defaults?: Readonly<Record<string, unknown>>;
  check(context: RuleContext): void;
}
