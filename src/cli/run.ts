import { resolve } from 'node:path';
import {
  analyze,
  dayOf,
  fixSheet,
  languageOf,
  mergeSettingsLayers,
  type AnalyzeOptions,
  type Day,
  type Finding,
  type Language,
  ProgrammeIndex,
  type ProgrammeFindingOptions,
} from '../core/index';
import manifest from '../../package.json';
import { parseArguments, UsageError, type CliOptions } from './args';
import { formatConfigProblem, loadRunConfig, type RunConfig } from './config';
import { unifiedDiff } from './diff';
import { fileErrorReason } from './fileErrors';
import { HELP } from './help';
import { expandPatternsOrSay } from './files';
import { countSeverities, fileReport, formatJson, formatSarif, formatText, noSheetWithStatus, type FileReport, type StatusFilter } from './output';
import { readSheet, writeSheet } from './read';
import { runReport } from './report';
import { loadTemplates } from './templates';

export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export const VERSION: string = manifest.version;

/**
 * Runs session-lint and returns its exit code: 0 clean, 1 error findings or more warnings
 * than --max-warnings, 2 a usage error, a file that cannot be read or a broken configuration.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === 'report') return runReport(argv.slice(1), io, languageOfArguments(argv) ?? localeLanguage(io));
  let options: CliOptions;
  try {
    options = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    // The arguments are wrong, so the configuration is only looked for from the current folder.
    const language = languageOfArguments(argv) ?? loadRunConfig(undefined, [], io.cwd).settings.language ?? localeLanguage(io);
    const help = language === 'nl' ? "Zie 'session-lint --help'." : "Try 'session-lint --help'.";
    io.stderr(`session-lint: ${error.text[language]}\n${help}\n`);
    return 2;
  }
  if (options.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const config = loadRunConfig(options.configFile, options.patterns, io.cwd);
  // Defaults < configuration file < the command line's --lang and --rule.
  const settings = mergeSettingsLayers(config.settings, { language: options.language, severities: options.rules });
  const language: Language = settings.language ?? localeLanguage(io);
  if (options.help) {
    io.stdout(HELP[language]);
    return 0;
  }
  if (!reportConfig(config, language, io)) return 2;

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

  const files = await expandPatternsOrSay(options.patterns, io, language);
  if (!files) return 2;

  const analyzeOptions: AnalyzeOptions = {
    templates,
    language,
    templateId: options.templateId,
    severities: settings.severities,
    statusShifts: settings.statusShifts,
    ruleParameters: settings.ruleParameters,
  };
  const reports: FileReport[] = [];
  // The checks across files read the index's summaries of the analyses made here.
  const programme = new ProgrammeIndex(analyzeOptions);
  let unreadable = false;
  let sessionsRead = 0;
  for (const file of files) {
    const path = resolve(io.cwd, file);
    const read = readSheet(path);
    if (!read.ok) {
      io.stderr(`session-lint: ${language === 'nl' ? 'kan niet lezen' : 'cannot read'} ${file}: ${read.reason[language]}\n`);
      unreadable = true;
      continue;
    }
    let analysis = analyze(read.text, analyzeOptions);
    if (analysis.template) sessionsRead++;
    // Only sheets are fixed, and with --status only the sheets with that status.
    const fixable = analysis.template !== undefined && (options.status === undefined || analysis.status === options.status);
    if ((options.fix || options.fixDryRun) && fixable) {
      // The same options as the check: a rule turned off (in the configuration, by --rule) is not fixed.
      const fixed = fixSheet(read.text, analyzeOptions);
      if (fixed.text !== read.text && options.fixDryRun) io.stdout(unifiedDiff(file, read.text, fixed.text));
      else if (fixed.text !== read.text) {
        try {
          writeSheet(path, fixed.text, read.encoding);
          analysis = analyze(fixed.text, analyzeOptions);
        } catch (error) {
          io.stderr(`session-lint: ${language === 'nl' ? 'kan niet schrijven' : 'cannot write'} ${file}: ${fileErrorReason(error)[language]}\n`);
          unreadable = true;
        }
      }
    }
    programme.setAnalysis(path, analysis);
    if (options.status !== undefined && analysis.status !== options.status) continue;
    reports.push(fileReport(file, analysis.template?.id, analysis.progress, analysis.findings));
  }
  addCrossFileFindings(reports, programme, io.cwd, { language, today: todayFrom(options.today), severities: settings.severities });

  const filter: StatusFilter | undefined = options.status && { status: options.status, filesRead: files.length, sessionsRead };
  if (options.fixDryRun) return unreadable || config.problems.length > 0 ? 2 : 0;
  if (options.format === 'json') io.stdout(formatJson(reports));
  else if (options.format === 'sarif') io.stdout(formatSarif(reports, language, VERSION));
  else io.stdout(formatText(reports, language, filter));
  // JSON and SARIF stay machine-readable on stdout; the plain words go to stderr.
  if (filter && reports.length === 0 && options.format !== 'text') io.stderr(`session-lint: ${noSheetWithStatus(language, filter)}\n`);

  const counts = countSeverities(reports);
  const tooManyWarnings = options.maxWarnings !== undefined && counts.warning > options.maxWarnings;
  if (tooManyWarnings) {
    io.stderr(
      language === 'nl'
        ? `session-lint: ${counts.warning} waarschuwing(en), meer dan de ${options.maxWarnings} die --max-warnings toestaat.\n`
        : `session-lint: ${counts.warning} warning(s), more than the ${options.maxWarnings} that --max-warnings allows.\n`,
    );
  }
  if (unreadable || config.problems.length > 0) return 2;
  return counts.error > 0 || tooManyWarnings ? 1 : 0;
}

/** Says what is wrong with the configuration file on stderr; false when the run cannot go on (`--config` unreadable). */
function reportConfig(config: RunConfig, language: Language, io: CliIo): boolean {
  if (config.unreadable) {
    const cannot = language === 'nl' ? 'kan configuratiebestand niet lezen' : 'cannot read configuration file';
    io.stderr(`session-lint: ${cannot} ${config.file}: ${config.unreadable[language]}\n`);
    return false;
  }
  for (const problem of config.problems) io.stderr(formatConfigProblem(problem, language));
  return true;
}

/** The checks across files (a track's, a programme's), added to the reports of the files they are about. */
function addCrossFileFindings(reports: FileReport[], programme: ProgrammeIndex, cwd: string, options: ProgrammeFindingOptions): void {
  const byPath = new Map(reports.map((report, index) => [resolve(cwd, report.file), index]));
  const extra = new Map<number, Finding[]>();
  for (const { path, finding } of programme.findings(options)) {
    const index = byPath.get(path);
    if (index !== undefined) extra.set(index, [...(extra.get(index) ?? []), finding]);
  }
  for (const [index, findings] of extra) {
    const report = reports[index];
    const all = [...report.findings, ...findings].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
    reports[index] = { ...report, findings: all };
  }
}

/** The language of the environment's locale: English for an English one, else Dutch. */
export function localeLanguage(io: Pick<CliIo, 'env'>): Language {
  return languageOf(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG);
}

/** `--lang` as given on the command line, looked for before the arguments are known to be valid. */
export function languageOfArguments(argv: readonly string[]): Language | undefined {
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
