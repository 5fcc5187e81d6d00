import { resolve, relative, sep } from 'node:path';
import {
  agreementsReport,
  benefitsReport,
  dayOf,
  mergeSettingsLayers,
  ProgrammeIndex,
  type Day,
  type Language,
  type ReportFormat,
} from '../core/index';
import { eachArgument, languageOption, todayOption, usage, UsageError } from './args';
import { formatConfigProblem, loadRunConfig } from './config';
import { expandPatternsOrSay } from './files';
import { HELP } from './help';
import { readSheet } from './read';
import type { CliIo } from './run';
import { loadTemplates } from './templates';

export type ReportKind = 'benefits' | 'agreements';

interface ReportArguments {
  readonly kind: ReportKind | undefined;
  readonly format: ReportFormat;
  readonly language: Language | undefined;
  readonly today: string | undefined;
  readonly configFile: string | undefined;
  readonly templateFolders: readonly string[];
  readonly patterns: readonly string[];
  readonly help: boolean;
}

const KINDS: readonly ReportKind[] = ['benefits', 'agreements'];
const FORMATS: readonly ReportFormat[] = ['md', 'csv', 'json'];

/** Reads `report benefits|agreements [options] <folders or files…>` (after the word `report`). */
export function parseReportArguments(argv: readonly string[]): ReportArguments {
  let kind: ReportKind | undefined;
  let format: ReportFormat = 'md';
  let language: Language | undefined;
  let today: string | undefined;
  let configFile: string | undefined;
  let help = false;
  const templateFolders: string[] = [];
  const patterns: string[] = [];
  for (const { argument, flag, value } of eachArgument(argv)) {
    switch (flag) {
      case '--format':
      case '-f': {
        const chosen = value();
        if (!FORMATS.includes(chosen as ReportFormat)) throw usage(`report --format moet een van ${FORMATS.join(', ')} zijn, niet "${chosen}"`, `report --format must be one of ${FORMATS.join(', ')}, not "${chosen}"`);
        format = chosen as ReportFormat;
        break;
      }
      case '--lang':
        language = languageOption(value());
        break;
      case '--today':
        today = todayOption(value());
        break;
      case '--config':
        configFile = value();
        break;
      case '--templates':
        templateFolders.push(value());
        break;
      case '--help':
      case '-h':
        help = true;
        break;
      default:
        if (argument.startsWith('-') && argument !== '-') throw usage(`onbekende optie voor report: ${argument}`, `unknown option for report: ${argument}`);
        if (kind === undefined && patterns.length === 0) {
          if (!KINDS.includes(argument as ReportKind)) throw usage(`report verwacht benefits of agreements, niet "${argument}"`, `report takes benefits or agreements, not "${argument}"`);
          kind = argument as ReportKind;
        } else patterns.push(argument);
    }
  }
  if (!help && kind === undefined) throw usage('report verwacht benefits of agreements', 'report takes benefits or agreements');
  if (!help && patterns.length === 0) throw usage('geen mappen of bestanden opgegeven', 'no folders or files given');
  return { kind, format, language, today, configFile, templateFolders, patterns, help };
}

/**
 * `session-lint report …`: reads the sheets into a programme index and writes the overview to
 * stdout. Exit 0, or 2 for a usage error, a file that cannot be read or a broken configuration.
 * `fallbackLanguage`: `--lang` as given, else the locale's (the configuration file's comes between).
 */
export async function runReport(argv: readonly string[], io: CliIo, fallbackLanguage: Language): Promise<number> {
  let options: ReportArguments;
  try {
    options = parseReportArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const language = fallbackLanguage;
    io.stderr(`session-lint: ${error.text[language]}\n${language === 'nl' ? "Zie 'session-lint --help'." : "Try 'session-lint --help'."}\n`);
    return 2;
  }
  const config = loadRunConfig(options.configFile, options.patterns, io.cwd);
  const settings = mergeSettingsLayers(config.settings, { language: options.language });
  const language: Language = settings.language ?? fallbackLanguage;
  if (options.help) {
    io.stdout(HELP[language]);
    return 0;
  }
  if (config.unreadable) {
    io.stderr(`session-lint: ${language === 'nl' ? 'kan configuratiebestand niet lezen' : 'cannot read configuration file'} ${config.file}: ${config.unreadable[language]}\n`);
    return 2;
  }
  for (const problem of config.problems) io.stderr(formatConfigProblem(problem, language));
  const { templates, problems } = loadTemplates(options.templateFolders, io.cwd);
  for (const problem of problems) io.stderr(`${problem.file}: ${problem.message[language]} [${language === 'nl' ? 'sjabloon overgeslagen' : 'template skipped'}]\n`);

  const files = await expandPatternsOrSay(options.patterns, io, language);
  if (!files) return 2;
  const index = new ProgrammeIndex({ templates, language, statusShifts: settings.statusShifts, ruleParameters: settings.ruleParameters });
  let unreadable = false;
  for (const file of files) {
    const read = readSheet(resolve(io.cwd, file));
    if (!read.ok) {
      io.stderr(`session-lint: ${language === 'nl' ? 'kan niet lezen' : 'cannot read'} ${file}: ${read.reason[language]}\n`);
      unreadable = true;
      continue;
    }
    // Paths relative to the current folder, with `/`: the report's links work from there.
    index.set(relative(io.cwd, resolve(io.cwd, file)).split(sep).join('/'), read.text);
  }
  const today = dayFrom(options.today);
  const reportOptions = { language, today };
  io.stdout(options.kind === 'benefits' ? benefitsReport(index.benefits(), index.summaries(), options.format, reportOptions) : agreementsReport(index.agreements(today), options.format, reportOptions));
  return unreadable || config.problems.length > 0 ? 2 : 0;
}

function dayFrom(iso: string | undefined): Day {
  if (!iso) return dayOf(new Date());
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
}
