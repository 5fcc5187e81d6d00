import * as vscode from 'vscode';
import { t } from './i18n';
import { checkTrack, dayOf, type TrackFile } from '../core/index';
import { readSettings } from './settings';
import { toDiagnostic, type DiagnosticsManager } from './diagnostics';
import type { SheetAnalyzer } from './sheets';

/**
 * "Check all sessions in the workspace": findings for sheets that are not open too, in
 * the same Problems entries, plus the checks across a track's files. Reads files, never
 * opens editors.
 */
export async function checkWorkspace(analyzer: SheetAnalyzer, diagnostics: DiagnosticsManager): Promise<{ sheets: number; findings: number }> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('Checking session sheets…'), cancellable: true },
    async (progress, token) => {
      const files = await vscode.workspace.findFiles('**/*.md', '{**/node_modules/**,**/.git/**,**/out/**}', undefined, token);
      let sheets = 0;
      let findings = 0;
      const analysed: (TrackFile & { uri: vscode.Uri })[] = [];
      for (const [index, uri] of files.entries()) {
        if (token.isCancellationRequested) break;
        progress.report({ increment: 100 / files.length, message: `${index + 1}/${files.length}` });
        const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
        const analysis = open ? await analyzer.whenAnalyzed(open) : await analyzer.analyzeTextAside(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), uri);
        if (!analysis.template) {
          diagnostics.collection.delete(uri);
          continue;
        }
        sheets++;
        findings += analysis.findings.length;
        diagnostics.collection.set(uri, analysis.findings.map(toDiagnostic));
        analysed.push({ path: uri.path, analysis, uri });
      }
      // Across files: sessions against their track plan (front matter `traject:`).
      const settings = readSettings();
      for (const { path, finding } of checkTrack(analysed, { language: settings.language, severities: settings.severities, today: dayOf(new Date()) })) {
        const file = analysed.find((candidate) => candidate.path === path);
        if (!file) continue;
        findings++;
        diagnostics.collection.set(file.uri, [...(diagnostics.collection.get(file.uri) ?? []), toDiagnostic(finding)]);
      }
      void vscode.window.showInformationMessage(t('{0} session sheet(s) checked: {1} finding(s).', sheets, findings));
      return { sheets, findings };
    },
  );
}
