import type { ChangeBasis, FormBase, FormChange } from '../../core/index';

/*
 * The messages by which the form view writes into the sheet, and hears back what became of
 * it: changes with what they were based on, fixes of findings, new rows. Plain data, shared
 * by both sides (messages.ts adds them to its unions).
 */

/** A change of one control, with the name and the value the view showed when the person made it. */
export interface ChangeMessage extends ChangeBasis {
  readonly type: 'change';
  readonly id: string;
  readonly change: FormChange;
}

/** A click on a fix of a finding: the finding's index in the analysis, the fix's among its fixes, for one version of the text. */
export interface FixMessage {
  readonly type: 'fix';
  readonly version: number;
  readonly finding: number;
  readonly fix: number;
  readonly title: string;
}

/** The control as it is now, beside a change that was not written: its id, what it shows, that in words. */
export interface NowShown {
  readonly id: string;
  readonly base: FormBase | undefined;
  readonly says: string;
}

/**
 * What became of a message: written (the text is now at `version`), nothing to write, not
 * written because the sheet changed under it (`now` is the control as it is, if there still
 * is one), or a fix for an older text.
 */
export type WriteOutcome =
  | { readonly type: 'written'; readonly version: number }
  | { readonly type: 'unchanged' }
  | { readonly type: 'conflict'; readonly now: NowShown | undefined }
  | { readonly type: 'stale' };

/** What became of a change, sent back to the view that made it. */
export interface OutcomeMessage {
  readonly type: 'outcome';
  readonly id: string;
  readonly outcome: WriteOutcome;
}

/** A fix as its button shows it; `fix` is its place among its finding's fixes. */
export interface FixTitle {
  readonly title: string;
  readonly fix: number;
  readonly preferred: boolean;
}

/** The fixes of the findings in a form, preferred first, sent after the form (they may be built in the worker). */
export interface FixesMessage {
  readonly type: 'fixes';
  readonly version: number;
  readonly fixes: readonly { readonly finding: number; readonly titles: readonly FixTitle[] }[];
}

/** The view's words for writing, in the chosen language; `{0}` is filled in. */
export interface WriteWords {
  /** `It was changed elsewhere meanwhile; it now says: {0}` */
  readonly changedElsewhere: string;
  /** For a control the sheet no longer has where it was. */
  readonly gone: string;
  /** `Your change: {0}` */
  readonly yours: string;
  readonly writeAnyway: string;
  readonly keepTheirs: string;
  readonly fixesOf: string;
  readonly addRow: string;
  readonly addAgreement: string;
  readonly addAgendaItem: string;
}
