import type * as vscode from 'vscode';
import { positionAt, type SessionModel } from '../core/index';

/** Counts the table cells before a column on a row, skipping escaped pipes. */
function cellIndex(textBefore: string): number {
  const pipes = textBefore.replace(/\\\|/g, '').split('|').length - 1;
  return textBefore.trimStart().startsWith('|') ? pipes - 1 : pipes;
}

const OWNER_LABEL = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?\*\*([^*]+?):?\*\*:?\s*([^|]*)$/;

/**
 * Whether the cursor is where an owner's name is written: after the owner label
 * (`**Baateigenaar:**`) or in an agreement's responsible cell. `before` is the line's text
 * up to the cursor; `line` is 1-based.
 */
export function isOwnerPlace(session: SessionModel, before: string, line: number): boolean {
  const label = OWNER_LABEL.exec(before);
  if (label && session.template.benefits?.ownerField.test(label[1].trim())) return true;
  const table = session.tables.find(
    (candidate) =>
      session.tableKinds.get(candidate) === 'agreements' &&
      positionAt(session.source, candidate.span.start).line < line &&
      line <= positionAt(session.source, candidate.span.end).line,
  );
  if (!table) return false;
  const responsible = table.header.findIndex((cell) => session.template.agreements?.columns.responsible?.test(cell.text));
  return responsible !== -1 && cellIndex(before) === responsible;
}

/** A cheap first look, before any analysis: a bold label, or a table row. */
export function looksLikeOwnerPlace(before: string): boolean {
  return OWNER_LABEL.test(before) || before.trimStart().startsWith('|');
}

/** The part of a name typed so far at an owner place (after the label or the cell's pipe). */
export function typedName(before: string): string {
  return /[\p{L}\p{N} .'-]*$/u.exec(before.replace(/^.*(:\*\*|\*\*:|\|)\s*/, ''))?.[0] ?? '';
}

/** The text of the cursor's line up to the cursor. */
export function textBefore(document: vscode.TextDocument, position: vscode.Position): string {
  return document.lineAt(position.line).text.slice(0, position.character);
}
