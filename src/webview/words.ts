import type { WriteWords } from '../vscode/formEditor/writeMessages';

let current: WriteWords | undefined;

/** The words for writing (buttons, conflict notes) of the latest form, in its language. */
export function writeWords(): WriteWords | undefined {
  return current;
}

export function setWriteWords(words: WriteWords): void {
  current = words;
}
