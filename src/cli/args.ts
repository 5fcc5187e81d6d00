import { SESSION_STATUSES, text, type Language, type SessionStatus, type Text } from '../core/index';

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
function usage(nl: string, en: string): UsageError {
  return new UsageError(en, text(nl, en));
}

/** Whether `YYYY-MM-DD` is a day that exists (not 2027-13-45 or 2027-02-30). */
function isRealDay(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

/** Reads `session-lint [--format F] [--lang L] [--template ID] [--templates DIR]… <files or globs…>`. */
export function parseArguments(argv: readonly string[]): CliOptions {
  let format: OutputFormat = 'text';
  let language: Language | undefined;
  let templateId: string | undefined;
  let status: SessionStatus | undefined;
  let today: string | undefined;
  const templateFolders: string[] = [];
  const patterns: string[] = [];
  let fix = false;
  let fixDryRun = false;
  let help = false;
  let version = false;

  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    const [flag, inline] = argument.startsWith('--') && argument.includes('=') ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)] : [argument, undefined];
    const value = (): string => {
      const next = inline ?? argv[++index];
      if (next === undefined || next === '') throw usage(`${flag} heeft een waarde nodig`, `${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--format':
      case '-f': {
        const chosen = value();
        if (!FORMATS.includes(chosen as OutputFormat)) throw usage(`--format moet een van ${FORMATS.join(', ')} zijn, niet "${chosen}"`, `--format must be one of ${FORMATS.join(', ')}, not "${chosen}"`);
        format = chosen as OutputFormat;
        break;
      }
      case '--lang': {
        const chosen = value();
        if (chosen !== 'nl' && chosen !== 'en') throw usage(`--lang moet nl of en zijn, niet "${chosen}"`, `--lang must be nl or en, not "${chosen}"`);
        language = chosen;
        break;
      }
      case '--template':
        templateId = value();
        break;
      case '--status': {
        const chosen = value();
        if (!SESSION_STATUSES.includes(chosen as SessionStatus)) throw usage(`--status moet een van ${SESSION_STATUSES.join(', ')} zijn, niet "${chosen}"`, `--status must be one of ${SESSION_STATUSES.join(', ')}, not "${chosen}"`);
        status = chosen as SessionStatus;
        break;
      }
      case '--today': {
        const chosen = value();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(chosen) || !isRealDay(chosen)) {
          throw usage(`--today moet een bestaande datum zijn als JJJJ-MM-DD, niet "${chosen}"`, `--today must be a date as YYYY-MM-DD, not "${chosen}"`);
        }
        today = chosen;
        break;
      }
      case '--templates':
        templateFolders.push(value());
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
        patterns.push(...argv.slice(index + 1));
        index = argv.length;
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
  return { format, language, templateId, templateFolders, status, today, patterns, fix, fixDryRun, help, version };
}

export const HELP = `Usage: session-lint [options] <files or globs…>

Checks Markdown session sheets against their templates and reports what is
still open: blanks, placeholders, open choices and tasks, and above all
missing or pushed-away ownership.

Options:
  -f, --format <text|json|sarif>  output format (default: text)
      --lang <nl|en>              language of the messages (default: from
                                  LC_ALL, LC_MESSAGES or LANG; Dutch unless
                                  that is English)
      --template <id>             read every file with this template
      --status <status>           check only sheets with this status in their
                                  front matter: concept, gehouden or afgerond
                                  (e.g. --status afgerond in CI: only closed
                                  sessions can fail the build)
      --today <YYYY-MM-DD>        the day the track checks count as today
                                  (default: today); a planned session
                                  before it without a sheet is reported
      --fix                       apply every fix that is unambiguous (a
                                  finding with one fix) and write the sheets
                                  that changed; line endings and BOM are kept.
                                  Files that are not session sheets are never
                                  written; with --status, only sheets with
                                  that status. The findings left are reported.
      --fix-dry-run               print what --fix would change as a unified
                                  diff; write nothing
      --templates <dir>           also load the templates (*.template.json)
                                  in this folder; repeatable. The folder
                                  .sessions/templates is loaded when present.
  -h, --help                      show this help
      --version                   show the version

A folder stands for the Markdown files below it. Files that are not session
sheets (no template matches) are passed over without findings. Sheets that
name a track plan (front matter traject: <file>) are also checked against
it and each other: missing sessions, dates, journeys without a blueprint,
blueprints without feedback.

A sheet in UTF-16 with a byte order mark is read (and written back so). A
folder named as a file, a FIFO or another special file is skipped with a
message, never read.

Exit codes: 0 no errors, 1 error findings, 2 usage error, or a file that
could not be read (or, with --fix, written).
`;
