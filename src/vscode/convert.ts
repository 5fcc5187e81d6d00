import * as vscode from 'vscode';
import type { Range, Severity } from '../core/index';

/** The one place 1-based core positions become 0-based editor ranges. */
export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line - 1, range.start.column - 1, range.end.line - 1, range.end.column - 1);
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toSeverity(severity: Severity): vscode.DiagnosticSeverity {
  return SEVERITY[severity];
}
