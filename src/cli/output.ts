import { RULES, CROSS_FILE_RULES, type Finding, type Language, type Progress, type SessionStatus, type Severity } from '../core/index';
import { ruleHelp } from './ruleHelp';

/** What the command line reports for one file. */
export interface FileReport {
  readonly file: string;
  readonly template: string | null;
  readonly progress: { readonly done: number; readonly total: number };
  readonly findings: readonly Finding[];
}

export function fileReport(file: string, template: string | undefined, progress: Progress | undefined, findings: readonly Finding[]): FileReport {
  return { file, template: template ?? null, progress: { done: progress?.done ?? 0, total: progress?.total ?? 0 }, findings };
}

/** How many findings there are of each severity. */
export function countSeverities(reports: readonly FileReport[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const report of reports) for (const finding of report.findings) counts[finding.severity]++;
  return counts;
}

/** With `--status`: the status asked for, and how many files and sessions were read to find it. */
export interface StatusFilter {
  readonly status: SessionStatus;
  readonly filesRead: number;
  readonly sessionsRead: number;
}

/** `file:line:col severity rule message`, like other linters, and a summary line. */
export function formatText(reports: readonly FileReport[], language: Language, filter?: StatusFilter): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const finding of report.findings) {
      const { line, column } = finding.range.start;
      lines.push(`${report.file}:${line}:${column} ${finding.severity} ${finding.rule} ${finding.message}`);
    }
  }
  lines.push(summaryLine(reports, language, filter));
  return `${lines.join('\n')}\n`;
}

function summaryLine(reports: readonly FileReport[], language: Language, filter: StatusFilter | undefined): string {
  const counts = countSeverities(reports);
  const tally =
    language === 'nl'
      ? `${counts.error} fout(en), ${counts.warning} waarschuwing(en), ${counts.info} info, ${counts.hint} hint(s).`
      : `${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} info, ${counts.hint} hint(s).`;
  if (filter && reports.length === 0) return noSheetWithStatus(language, filter);
  if (filter) {
    return language === 'nl'
      ? `${reports.length} sessie(s) met status ${filter.status} (van ${filter.filesRead} bestand(en)): ${tally}`
      : `${reports.length} session(s) with status ${filter.status} (of ${filter.filesRead} file(s)): ${tally}`;
  }
  const sessions = reports.filter((report) => report.template !== null).length;
  return language === 'nl' ? `${reports.length} bestand(en), ${sessions} sessie(s): ${tally}` : `${reports.length} file(s), ${sessions} session(s): ${tally}`;
}

/** What `--status` says when no sheet had that status: plainly, not as "0 files". */
export function noSheetWithStatus(language: Language, filter: StatusFilter): string {
  return language === 'nl'
    ? `Geen enkel blad heeft status ${filter.status}: niets gecontroleerd (${filter.filesRead} bestand(en) gelezen, ${filter.sessionsRead} sessie(s) met een andere of geen status).`
    : `No sheet has status ${filter.status}: nothing checked (${filter.filesRead} file(s) read, ${filter.sessionsRead} session(s) with another status or none).`;
}

/** One object per file: the contract CI scripts rely on (see the README). */
export function formatJson(reports: readonly FileReport[]): string {
  const data = reports.map((report) => ({
    file: report.file,
    template: report.template,
    progress: report.progress,
    findings: report.findings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      line: finding.range.start.line,
      column: finding.range.start.column,
      endLine: finding.range.end.line,
      endColumn: finding.range.end.column,
    })),
  }));
  return `${JSON.stringify(data, null, 2)}\n`;
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0, for code-scanning views. */
export function formatSarif(reports: readonly FileReport[], language: Language, version: string): string {
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'session-lint',
            version,
            informationUri: ruleHelp('task-open', language).uri.replace(/#.*$/, ''),
            rules: [...RULES, ...CROSS_FILE_RULES].map((rule) => {
              const help = ruleHelp(rule.id, language);
              return {
                id: rule.id,
                shortDescription: { text: rule.description[language] },
                fullDescription: { text: help.fullDescription },
                helpUri: help.uri,
                help: { text: `${help.fullDescription} ${help.uri}`, markdown: help.markdown },
                defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
              };
            }),
          },
        },
        results: reports.flatMap((report) =>
          report.findings.map((finding) => ({
            ruleId: finding.rule,
            ruleIndex: [...RULES, ...CROSS_FILE_RULES].findIndex((rule) => rule.id === finding.rule),
            level: SARIF_LEVEL[finding.severity],
            message: { text: finding.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: report.file.split('\\').join('/') },
                  region: {
                    startLine: finding.range.start.line,
                    startColumn: finding.range.start.column,
                    endLine: finding.range.end.line,
                    endColumn: finding.range.end.column,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
