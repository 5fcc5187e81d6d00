/// <reference lib="dom" />
import type { FromView } from '../vscode/formEditor/messages';

/** What the view keeps while its panel is hidden (VS Code reloads the page when it is shown again). */
export interface ViewState {
  readonly scrollY: number;
  /** The focused control, by its place in the form (see keys.ts). */
  readonly focus: string | undefined;
  /** Text typed and not yet written, by place, with what the control showed when the typing began. */
  readonly typed: readonly TypedText[];
}

export interface TypedText {
  readonly key: string;
  readonly value: string;
  readonly base: string | readonly boolean[] | undefined;
  readonly shown: string | undefined;
}

declare function acquireVsCodeApi(): { postMessage(message: FromView): void; setState(state: ViewState): void; getState(): ViewState | undefined };

/** The webview API: it can be acquired only once per page, so every module takes it from here. */
export const vscode = acquireVsCodeApi();
