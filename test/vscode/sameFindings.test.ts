import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, diagnosticsWhen, isCrossFile, readText, ruleOf, sheetOwn } from './helpers';

/** What `session-lint --format json` says of one file (the launcher runs it on test/fixtures before the suites). */
interface LintedFile {
  readonly file: string;
  readonly findings: readonly { rule: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }[];
}

const SEVERITY: Record<vscode.DiagnosticSeverity, string> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

/** One finding as a line of text, the same from both sides, so a difference reads as a diff. */
function line(rule: string, severity: string, start: [number, number], end: [number, number], message: string): string {
  return `${start[0]}:${start[1]}-${end[0]}:${end[1]} ${severity} ${rule}: ${message}`;
}

describe('the same findings in every bundle', function () {
  // Twenty-odd fixtures opened one after another: a few minutes with every core busy.
  this.timeout(600_000);
  afterEach(closeAll);

  it('every fixture shows in the Problems panel what the command line (the Node bundle) says of it', async () => {
    const extension = vscode.extensions.getExtension('session-templates.session-templates');
    assert.ok(extension);
    const { analyzer } = await api();
    const linted = JSON.parse(await readText(vscode.Uri.joinPath(extension.extensionUri, 'out', 'test', 'session-lint-findings.json'))) as LintedFile[];
    assert.ok(linted.length >= 20, `session-lint read ${linted.length} fixtures`);
    for (const { file, findings } of linted) {
      const expected = findings
        .filter((finding) => !isCrossFile(finding.rule)) // they depend on the sheets around it
        .map((finding) => line(finding.rule, finding.severity, [finding.line, finding.column], [finding.endLine, finding.endColumn], finding.message))
        .sort();
      const uri = vscode.Uri.joinPath(extension.extensionUri, file);
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      await analyzer.whenAnalyzed(document);
      const shown = await diagnosticsWhen(uri, (found) => sheetOwn(found).length === expected.length, `${expected.length} findings`).catch(() => vscode.languages.getDiagnostics(uri));
      const actual = sheetOwn(shown.filter((diagnostic) => diagnostic.source === 'Session Templates'))
        .map((diagnostic) => {
          const { start, end } = diagnostic.range;
          return line(ruleOf(diagnostic), SEVERITY[diagnostic.severity], [start.line + 1, start.character + 1], [end.line + 1, end.character + 1], diagnostic.message);
        })
        .sort();
      assert.deepEqual(actual, expected, file);
      await closeAll();
    }
  });
});
