import { isSeveritySetting, RULE_IDS, SESSION_STATUSES, text, CROSS_FILE_RULES, type Language, type SessionStatus, type SeveritySetting, type Text } from '../core/index';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CliOptions {
  readonly format: OutputFormat;
  readonly language: Language | undefined;
  readonly templateId: string | undefined;
  readonly templateFolders: readonly string[];
  /** Check only the sheets whose front matter has this status. */
  readonly status: SessionStatus | undefined;
  /** The day the track checks count as today (YYYY-MM-DD), for reproducible runs. */
  readonly today: string | undefined;
  readonly patterns: readonly string[];
  /** `--rule id=severity`, in the order given (a later one for the same rule wins). */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  /** Exit 1 when there are more warnings than this. */
  readonly maxWarnings: number | undefined;
  /** `--config FILE`: this configuration instead of the one found from the first path. */
  readonly configFile: string | undefined;
  /** Apply every unambiguous fix (one fix) and write the files that changed. */
  readonly fix: boolean;
  /** Print what --fix would change, as a unified diff, and write nothing. */
  readonly fixDryRun: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

export class UsageError extends Error {
  /** The message in both languages; `message` is the English. */
  constructor(
    message: string,
    readonly text: Text,
  ) {
    super(message);
  }
}

/** A usage error in both languages. */
export function usage(nl: string, en: string): UsageError {
  return new UsageError(en, text(nl, en));
}

/** Whether `YYYY-MM-DD` is a day that exists (not 2027-13-45 or 2027-02-30). */
export function isRealDay(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

const ALL_RULE_IDS: readonly string[] = [...RULE_IDS, ...CROSS_FILE_RULES.map((rule) => rule.id)];

/** `--rule owner-unknown=error`: a known rule id and a severity, or a usage error. */
function parseRule(given: string): [string, SeveritySetting] {
  const at = given.indexOf('=');
  if (at === -1) throw usage(`--rule verwacht regel=niveau, zoals owner-unknown=error, niet "${given}"`, `--rule takes rule=severity, such as owner-unknown=error, not "${given}"`);
  const id = given.slice(0, at);
  const severity = given.slice(at + 1);
  if (!ALL_RULE_IDS.includes(id)) throw usage(`--rule: onbekende regel "${id}"`, `--rule: unknown rule "${id}"`);
  if (!isSeveritySetting(severity)) {
    throw usage(`--rule ${id}: niveau moet off, hint, info, warning of error zijn, niet "${severity}"`, `--rule ${id}: the severity must be off, hint, info, warning or error, not "${severity}"`);
  }
  return [id, severity];
}

/** One command-line argument, with `--flag=value` split, as both parsers (check and report) read them. */
export interface Argument {
  readonly argument: string;
  readonly flag: string;
  /** The option's value: after `=`, else the next argument (which is then taken). */
  value(): string;
  /** Every argument after this one, taken as they are (after `--`). */
  rest(): string[];
}

export function* eachArgument(argv: readonly string[]): Generator<Argument> {
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    const [flag, inline] = argument.startsWith('--') && argument.includes('=') ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)] : [argument, undefined];
    yield {
      argument,
      flag,
      value: () => {
        const next = inline ?? argv[++index];
        if (next === undefined || next === '') throw usage(`${flag} heeft een waarde nodig`, `${flag} needs a value`);
        return next;
      },
      rest: () => {
        const after = argv.slice(index + 1);
        index = argv.length;
        return after;
      },
    };
  }
}

/** `--lang`'s value. */
export function languageOption(chosen: string): Language {
  if (chosen !== 'nl' && chosen !== 'en') throw usage(`--lang moet nl of en zijn, niet "${chosen}"`, `--lang must be nl or en, not "${chosen}"`);
  return chosen;
}

/** `--today`'s value: a real day as YYYY-MM-DD. */
export function todayOption(chosen: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(chosen) || !isRealDay(chosen)) {
    throw usage(`--today moet een bestaande datum zijn als JJJJ-MM-DD, niet "${chosen}"`, `--today must be a date as YYYY-MM-DD, not "${chosen}"`);
  }
  return chosen;
}

/** Reads `session-lint [options] <files or globs…>` (see help.ts). */
export function parseArguments(argv: readonly string[]): CliOptions {
  let format: OutputFormat = 'text';
  let language: Language | undefined;
  let templateId: string | undefined;
  let status: SessionStatus | undefined;
  let today: string | undefined;
  const templateFolders: string[] = [];
  const patterns: string[] = [];
  const rules: Record<string, SeveritySetting> = {};
  let maxWarnings: number | undefined;
  let configFile: string | undefined;
  let fix = false;
  let fixDryRun = false;
  let help = false;
  let version = false;

  for (const { argument, flag, value, rest } of eachArgument(argv)) {
    switch (flag) {
      case '--format':
      case '-f': {
        const chosen = value();
        if (!FORMATS.includes(chosen as OutputFormat)) throw usage(`--format moet een van ${FORMATS.join(', ')} zijn, niet "${chosen}"`, `--format must be one of ${FORMATS.join(', ')}, not "${chosen}"`);
        format = chosen as OutputFormat;
        break;
      }
      case '--lang':
        language = languageOption(value());
        break;
      case '--template':
        templateId = value();
        break;
      case '--status': {
        const chosen = value();
        if (!SESSION_STATUSES.includes(chosen as SessionStatus)) throw usage(`--status moet een van ${SESSION_STATUSES.join(', ')} zijn, niet "${chosen}"`, `--status must be one of ${SESSION_STATUSES.join(', ')}, not "${chosen}"`);
        status = chosen as SessionStatus;
        break;
      }
      case '--today':
        today = todayOption(value());
        break;
      case '--templates':
        templateFolders.push(value());
        break;
      case '--rule': {
        const [id, severity] = parseRule(value());
        rules[id] = severity;
        break;
      }
      case '--max-warnings': {
        const chosen = value();
        if (!/^\d+$/.test(chosen)) throw usage(`--max-warnings moet een geheel getal van 0 of meer zijn, niet "${chosen}"`, `--max-warnings must be a whole number, 0 or more, not "${chosen}"`);
        maxWarnings = Number(chosen);
        break;
      }
      case '--config':
        configFile = value();
        break;
      case '--fix':
        fix = true;
        break;
      case '--fix-dry-run':
        fixDryRun = true;
        break;
      case '--help':
      case '-h':
        help = true;
        break;
      case '--version':
        version = true;
        break;
      case '--':
        patterns.push(...rest());
        break;
      default:
        if (argument.startsWith('-') && argument !== '-') throw usage(`onbekende optie ${argument}`, `unknown option ${argument}`);
        patterns.push(argument);
    }
  }
  if (!help && !version && patterns.length === 0) throw usage('geen bestanden opgegeven', 'no files given');
  if (fix && fixDryRun) {
    throw usage('--fix en --fix-dry-run sluiten elkaar uit', '--fix and --fix-dry-run exclude each other');
  }
  if (fixDryRun && format !== 'text') {
    throw usage('--fix-dry-run toont een diff en neemt dus geen --format', '--fix-dry-run prints a diff, so it takes no --format');
  }
  return { format, language, templateId, templateFolders, status, today, patterns, rules, maxWarnings, configFile, fix, fixDryRun, help, version };
}
