import * as vscode from 'vscode';
import { buildForm, findControl, formEdits, type FormChange } from '../../core/index';
import { toRange } from '../convert';
import type { SheetAnalyzer } from '../sheets';

/**
 * Writes one change of the form into the document as one WorkspaceEdit of only the
 * characters it is about, so undo, dirty state and diagnostics work as for typing. The form
 * is rebuilt from the current analysis: the view's copy may be of an older text.
 */
export async function applyFormChange(analyzer: SheetAnalyzer, document: vscode.TextDocument, id: string, change: FormChange): Promise<boolean> {
  const analysis = await analyzer.whenAnalyzed(document);
  const form = buildForm(analysis);
  const control = form && findControl(form, id);
  if (!control) return false;
  const edits = formEdits(analysis.source, control, change);
  if (edits.length === 0) return false;
  const edit = new vscode.WorkspaceEdit();
  for (const one of edits) edit.replace(document.uri, toRange(one.range), one.newText);
  return vscode.workspace.applyEdit(edit);
}
