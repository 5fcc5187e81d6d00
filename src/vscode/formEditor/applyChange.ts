import * as vscode from 'vscode';
import { baseOf, buildForm, formEdits, locateChange, nowSays } from '../../core/index';
import { toRange } from '../convert';
import { language } from '../i18n';
import type { SheetAnalyzer } from '../sheets';
import type { ChangeMessage, WriteOutcome } from './writeMessages';

/**
 * Writes one change of the form into the document as one WorkspaceEdit of only the
 * characters it is about, so undo, dirty state and diagnostics work as for typing. The form
 * is rebuilt from the current analysis: the view's copy may be of an older text. The change
 * is written only where the sheet still shows what the person saw (same name, same value);
 * else nothing is written and the view is told what the control says now.
 */
export async function applyFormChange(analyzer: SheetAnalyzer, document: vscode.TextDocument, message: ChangeMessage): Promise<WriteOutcome> {
  const analysis = await analyzer.whenAnalyzed(document);
  const located = locateChange(buildForm(analysis), message.id, message);
  if (located.type === 'conflict') {
    const { now } = located;
    return { type: 'conflict', now: now && { id: now.id, base: baseOf(now), says: nowSays(now)[language()] } };
  }
  const edits = formEdits(analysis.source, located.control, message.change);
  if (edits.length === 0) return { type: 'unchanged' };
  const edit = new vscode.WorkspaceEdit();
  for (const one of edits) edit.replace(document.uri, toRange(one.range), one.newText);
  return (await vscode.workspace.applyEdit(edit)) ? { type: 'written', version: document.version } : { type: 'unchanged' };
}
