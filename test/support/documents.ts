import { readFileSync } from 'node:fs';
import { analyze, builtInTemplates, type Analysis, type AnalyzeOptions } from '../../src/core/index';
import { repoPath } from './paths';

/** Joins lines into a document, as vscode-markdown-languageservice's tests do. */
export function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

export const USER_SHEET = readFileSync(repoPath('src/templates/baateigenaren.md'), 'utf8');

export function analyzeSheet(text: string, options: Partial<AnalyzeOptions> = {}): Analysis {
  return analyze(text, { templates: builtInTemplates().templates, language: 'en', ...options });
}

/** `line:column rule` per finding, the compact form fixtures use. */
export function findingKeys(analysis: Analysis, rule?: string): string[] {
  return analysis.findings
    .filter((finding) => rule === undefined || finding.rule === rule)
    .map((finding) => `${finding.range.start.line}:${finding.range.start.column} ${finding.rule}`);
}

/** Applies a fix's edits (1-based ranges) to a text, last first so earlier ranges stay valid. */
export function applyEdits(text: string, edits: readonly { range: { start: { line: number; column: number }; end: { line: number; column: number } }; newText: string }[]): string {
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const toOffset = (position: { line: number; column: number }) => starts[position.line - 1] + position.column - 1;
  const sorted = [...edits].sort((a, b) => toOffset(b.range.start) - toOffset(a.range.start));
  let result = text;
  for (const edit of sorted) {
    result = result.slice(0, toOffset(edit.range.start)) + edit.newText + result.slice(toOffset(edit.range.end));
  }
  return result;
}
