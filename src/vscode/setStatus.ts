import * as vscode from 'vscode';
import { t } from './i18n';
import { isSessionStatus, SESSION_STATUSES, setStatusEdit, type SessionStatus } from '../core/index';
import { toRange } from './convert';

function describe(status: SessionStatus): { label: string; description: string } {
  switch (status) {
    case 'concept':
      return { label: 'concept', description: t('Being prepared: open items are shown more quietly') };
    case 'gehouden':
      return { label: 'gehouden', description: t('Held: the rules’ own levels') };
    case 'afgerond':
      return { label: 'afgerond', description: t('Closed: open items are raised, open ownership is an error') };
  }
}

/** Sets front matter `status:` of the active sheet, from a quick pick or the given status. */
export async function setStatus(given?: unknown): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') return false;
  let status = isSessionStatus(given) ? given : undefined;
  if (!status) {
    const picked = await vscode.window.showQuickPick(
      SESSION_STATUSES.map((candidate) => ({ ...describe(candidate), status: candidate })),
      { placeHolder: t('Status of this session') },
    );
    status = picked?.status;
  }
  if (!status) return false;
  const edit = setStatusEdit(editor.document.getText(), status);
  return editor.edit((builder) => builder.replace(toRange(edit.range), edit.newText));
}
