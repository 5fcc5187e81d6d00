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
  readonly priorities: PrioritiesViewWords;
}

/** The words around the priorities picture: its buttons and what they report. */
export interface PrioritiesViewWords {
  readonly copySvg: string;
  readonly copyPng: string;
  readonly savePng: string;
  readonly copiedPng: string;
  readonly pngRefused: string;
}

/** `version` is the document's version the form was built from. */
export type ToView =
  | { readonly type: 'form'; readonly form: Form | undefined; readonly version: number; readonly language: Language; readonly words: FormViewWords; readonly writeWords: WriteWords }
  | OutcomeMessage
  | FixesMessage;

/** What became of a copy or save the view asked for, in words to show beside its buttons. */
export type PrioritiesNotice = { readonly type: 'prioritiesNotice'; readonly text: string };

export type FromView =
  | { readonly type: 'ready' }
  | ChangeMessage
  | FixMessage
  | { readonly type: 'openAsText' }
  | { readonly type: 'copyPrioritiesSvg' }
  /** The picture as PNG, base64: the clipboard would not take it, so it is saved as a file. */
  | { readonly type: 'savePrioritiesPng'; readonly png: string }
  /** A link in the sheet's text was clicked: `href` as the sheet writes it. */
  | { readonly type: 'openLink'; readonly href: string };
