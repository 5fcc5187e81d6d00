import type { Form, Language } from '../../core/index';
import type { ChangeMessage, FixesMessage, FixMessage, OutcomeMessage, WriteWords } from './writeMessages';

/*
 * What the form view and the extension say to each other: plain data, shared by both sides
 * so a change to one shape is a type error on the other.
 */

/** The words of the view's own (not the sheet's), in the chosen language. */
export interface FormViewWords {
  readonly clear: string;
  readonly progress: string;
  readonly notASheet: string;
  readonly openAsText: string;
}

/** `version` is the document's version the form was built from. */
export type ToView =
  | { readonly type: 'form'; readonly form: Form | undefined; readonly version: number; readonly language: Language; readonly words: FormViewWords; readonly writeWords: WriteWords }
  | OutcomeMessage
  | FixesMessage;

export type FromView =
  | { readonly type: 'ready' }
  | ChangeMessage
  | FixMessage
  | { readonly type: 'openAsText' };
