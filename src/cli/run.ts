import { resolve } from 'node:path';
import { analyze, checkTrack, dayOf, fixSheet, languageOf, type Day, type Finding, type Language, type TrackFile, type TrackOptions } from '../core/index';
import { HELP, parseArguments, UsageError } from './args';
import { unifiedDiff } from './diff';
import { expandPatterns } from './files';
import { fileReport, formatJson, formatSarif, formatText, type FileReport } from './output';
import { readSheet, writeSheet } from './read';
import { loadTemplates } from './templates';

export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export const VERSION = '0.1.0';

/** Runs session-lint and returns its exit code: 0 clean, 1 error findings, 2 usage or read error. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let options;
  try {
    options = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const language = languageOfArguments(argv) ?? languageOf(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG);
    const help = language === 'nl' ? "Zie 'session-lint --help'." : "Try 'session-lint --help'.";
    io.stderr(`session-lint: ${error.text[language]}\n${help}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout(HELP);
    return 0;
  }
  if (options.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const language: Language = options.language ?? languageOf(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG);

  const { templates, problems } = loadTemplates(options.templateFolders, io.cwd);
  for (const problem of problems) {
    const where = problem.position ? `:${problem.position.line}:${problem.position.column}` : '';
    const pointer = problem.pointer ? ` (${problem.pointer})` : '';
    const note = language === 'nl' ? 'sjabloon overgeslagen' : 'template skipped';
    io.stderr(`${problem.file}${where}${pointer}: ${problem.message[language]} [${note}]\n`);
  }
  if (options.templateId !== undefined && !templates.some((template) => template.id === options.templateId)) {
    const known = templates.map((template) => template.id).join(', ');
    io.stderr(language === 'nl' ? `session-lint: onbekend sjabloon "${options.templateId}" (bekend: ${known})\n` : `session-lint: unknown template "${options.templateId}" (known: ${known})\n`);
    return 2;
  }

  let files: string[];
  try {
    files = await expandPatterns(options.patterns, io.cwd);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`session-lint: ${error.text[language]}\n`);
    return 2;
  }

  const reports: FileReport[] = [];
  const analysed: TrackFile[] = [];
  let unreadable = false;
  for (const file of files) {
    const path = resolve(io.cwd, file);
    const read = readSheet(path);
    if (!read.ok) {
      io.stderr(`session-lint: ${language === 'nl' ? 'kan niet lezen' : 'cannot read'} ${file}: ${read.reason[language]}\n`);
      unreadable = true;
      continue;
    }
    const analyzeOptions = { templates, language, templateId: options.templateId };
    let analysis = analyze(read.text, analyzeOptions);
    // Only sheets are fixed, and with --status only the sheets with that status.
    const fixable = analysis.template !== undefined && (options.status === undefined || analysis.status === options.status);
    if ((options.fix || options.fixDryRun) && fixable) {
      const fixed = fixSheet(read.text, analyzeOptions);
      if (fixed.text !== read.text && options.fixDryRun) io.stdout(unifiedDiff(file, read.text, fixed.text));
      else if (fixed.text !== read.text) {
        try {
          writeSheet(path, fixed.text, read.encoding);
          analysis = analyze(fixed.text, analyzeOptions);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          io.stderr(`session-lint: ${language === 'nl' ? 'kan niet schrijven' : 'cannot write'} ${file}: ${reason}\n`);
          unreadable = true;
        }
      }
    }
    analysed.push({ path, analysis });
    if (options.status !== undefined && analysis.status !== options.status) continue;
    reports.push(fileReport(file, analysis.template?.id, analysis.progress, analysis.findings));
  }
  addTrackFindings(reports, analysed, io.cwd, { language, today: todayFrom(options.today) });

  if (options.fixDryRun) return unreadable ? 2 : 0;
  if (options.format === 'json') io.stdout(formatJson(reports));
  else if (options.format === 'sarif') io.stdout(formatSarif(reports, language, VERSION));
  else io.stdout(formatText(reports, language));

  if (unreadable) return 2;
  return reports.some((report) => report.findings.some((finding) => finding.severity === 'error')) ? 1 : 0;
}

/** The checks across a track's files, added to the reports of the files they are about. */
function addTrackFindings(reports: FileReport[], analysed: readonly TrackFile[], cwd: string, options: TrackOptions): void {
  const byPath = new Map(reports.map((report, index) => [resolve(cwd, report.file), index]));
  const extra = new Map<number, Finding[]>();
  for (const { path, finding } of checkTrack(analysed, options)) {
    const index = byPath.get(path);
    if (index !== undefined) extra.set(index, [...(extra.get(index) ?? []), finding]);
  }
  for (const [index, findings] of extra) {
    const report = reports[index];
    const all = [...report.findings, ...findings].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
    reports[index] = { ...report, findings: all };
  }
}

/** `--lang` as given on the command line, looked for before the arguments are known to be valid. */
function languageOfArguments(argv: readonly string[]): Language | undefined {
  const index = argv.findIndex((argument) => argument === '--lang' || argument.startsWith('--lang='));
  const value = index === -1 ? undefined : argv[index].includes('=') ? argv[index].slice(7) : argv[index + 1];
  return value === 'nl' || value === 'en' ? value : undefined;
}

/** `--today YYYY-MM-DD`, or the real day. */
function todayFrom(iso: string | undefined): Day {
  if (!iso) return dayOf(new Date());
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
}
