import * as vscode from 'vscode';
import { t } from './i18n';
import { toDiagnostic, type DiagnosticsManager } from './diagnostics';
import type { ProgrammeDiagnostics } from './programme/programmeDiagnostics';
import type { WorkspaceProgramme } from './programme/workspaceProgramme';
import type { SheetAnalyzer } from './sheets';

/**
 * "Check all sessions in the workspace": the findings of every sheet the programme index
 * knows, open or not, in the same Problems entries as the live ones; the findings across
 * files are the programme's own collection, live already. Reads files, never opens editors.
 */
export async function checkWorkspace(
  analyzer: SheetAnalyzer,
  diagnostics: DiagnosticsManager,
  programme: WorkspaceProgramme,
  crossFile: ProgrammeDiagnostics,
): Promise<{ sheets: number; findings: number }> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('Checking session sheets…'), cancellable: true },
    async (progress, token) => {
      await programme.sync();
      const uris = programme.index.summaries().flatMap((summary) => programme.uriOf(summary.path) ?? []);
      let sheets = 0;
      let findings = 0;
      for (const [index, uri] of uris.entries()) {
        if (token.isCancellationRequested) break;
        progress.report({ increment: 100 / uris.length, message: `${index + 1}/${uris.length}` });
        const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
        const analysis = open ? await analyzer.whenAnalyzed(open) : await analyzer.analyzeTextAside(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), uri);
        if (!analysis.template) {
          diagnostics.collection.delete(uri);
          continue;
        }
        sheets++;
        findings += analysis.findings.length;
        diagnostics.collection.set(uri, analysis.findings.map(toDiagnostic));
      }
      crossFile.update();
      crossFile.collection.forEach((_uri, shown) => (findings += shown.length));
      void vscode.window.showInformationMessage(t('{0} session sheet(s) checked: {1} finding(s).', sheets, findings));
      return { sheets, findings };
    },
  );
}
