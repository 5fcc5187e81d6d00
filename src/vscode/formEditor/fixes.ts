import * as vscode from 'vscode';
import type { Analysis, Fix } from '../../core/index';
import { toRange } from '../convert';
import type { SheetAnalyzer } from '../sheets';
import type { FixesMessage, FixMessage, FixTitle, WriteOutcome } from './writeMessages';

/*
 * The quick fixes of the findings the form shows, as buttons beside them: the same fixes, with
 * the same titles, as the Problems panel offers. They are sent after the form, not in it: for
 * a large sheet they are built in the worker, and the form should not wait for them.
 */

/** The fix titles of every finding that has fixes, preferred first. */
export async function fixTitles(analyzer: SheetAnalyzer, analysis: Analysis): Promise<FixesMessage['fixes']> {
  const fixesOfEach = await analyzer.fixesOf(analysis, analysis.findings);
  return fixesOfEach.flatMap((fixes, finding) => (fixes.length === 0 ? [] : [{ finding, titles: titlesOf(fixes) }]));
}

function titlesOf(fixes: readonly Fix[]): FixTitle[] {
  const titles = fixes.map((fix, index) => ({ title: fix.title, fix: index, preferred: fix.preferred }));
  return [...titles.filter((title) => title.preferred), ...titles.filter((title) => !title.preferred)];
}

/**
 * Applies a clicked fix as one WorkspaceEdit, only if the text is still the one its button
 * was made for: a fix's ranges are of that text. Else `stale`, and the view is sent a new form.
 */
export async function applyFormFix(analyzer: SheetAnalyzer, document: vscode.TextDocument, message: FixMessage): Promise<WriteOutcome> {
  if (document.version !== message.version) return { type: 'stale' };
  const analysis = await analyzer.whenAnalyzed(document);
  const finding = analysis.findings[message.finding];
  if (document.version !== message.version || !finding) return { type: 'stale' };
  const [fixes] = await analyzer.fixesOf(analysis, [finding]);
  const fix = fixes?.[message.fix];
  // The worker took its time: the text may have moved on meanwhile.
  if (!fix || fix.title !== message.title || document.version !== message.version) return { type: 'stale' };
  const edit = new vscode.WorkspaceEdit();
  for (const one of fix.edits) edit.replace(document.uri, toRange(one.range), one.newText);
  return (await vscode.workspace.applyEdit(edit)) ? { type: 'written', version: document.version } : { type: 'stale' };
}
