import type { Form, FormChange, Language } from '../../core/index';

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

export type ToView = { readonly type: 'form'; readonly form: Form | undefined; readonly language: Language; readonly words: FormViewWords };

export type FromView =
  | { readonly type: 'ready' }
  | { readonly type: 'change'; readonly id: string; readonly change: FormChange }
  | { readonly type: 'openAsText' }
  /** A link in the sheet's text was clicked: `href` as the sheet writes it. */
  | { readonly type: 'openLink'; readonly href: string };
