import { isSeveritySetting, RULE_IDS, SESSION_STATUSES, text, TRACK_RULES, type Language, type SessionStatus, type SeveritySetting, type Text } from '../core/index';

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

const ALL_RULE_IDS: readonly string[] = [...RULE_IDS, ...TRACK_RULES.map((rule) => rule.id)];

/** `--rule owner-unknown=error`: a known rule id and a severity, or a usage error. */
function parseRule(given: string): [string, SeveritySetting] {
  const at = given.indexOf('=');
  const id = at === -1 ? given : given.slice(0, at);
  const severity = at === -1 ? '' : given.slice(at + 1);
  if (at === -1) throw usage(`--rule verwacht regel=niveau, zoals owner-unknown=error, niet "${given}"`, `--rule takes rule=severity, such as owner-unknown=error, not "${given}"`);
  if (!ALL_RULE_IDS.includes(id)) throw usage(`--rule: onbekende regel "${id}"`, `--rule: unknown rule "${id}"`);
  if (!isSeveritySetting(severity)) {
    throw usage(`--rule ${id}: niveau moet off, hint, info, warning of error zijn, niet "${severity}"`, `--rule ${id}: the severity must be off, hint, info, warning or error, not "${severity}"`);
  }
  return [id, severity];
}

/** Reads `session-lint [options] <files or globs…>` (see HELP). */
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
  return { format, language, templateId, templateFolders, status, today, patterns, rules, maxWarnings, configFile, fix, fixDryRun, help, version };
}

/** `session-lint --help`, in the run's language. */
export const HELP: Text = text(
  `Gebruik: session-lint [opties] <bestanden, mappen of globs…>

Controleert sessiebladen (Markdown) tegen hun sjablonen en meldt wat nog open
staat: invulplekken, plaatshouders, open keuzes en taken, en vooral
ontbrekend of teruggelegd eigenaarschap.

Opties:
  -f, --format <text|json|sarif>  uitvoervorm (standaard: text)
      --lang <nl|en>              taal van de meldingen (standaard: language uit
                                  het configuratiebestand, anders LC_ALL,
                                  LC_MESSAGES of LANG; Nederlands tenzij dat
                                  Engels is)
      --config <bestand>          dit configuratiebestand (standaard:
                                  .sessions/config.jsonc in de map van het
                                  eerste pad of een map erboven, tot de
                                  hoofdmap van de repository)
      --rule <regel=niveau>       niveau van een regel, boven het
                                  configuratiebestand: off, hint, info, warning
                                  of error; mag vaker (--rule owner-unknown=error)
      --max-warnings <n>          afsluiten met 1 bij meer dan n waarschuwingen
      --template <id>             lees elk bestand met dit sjabloon
      --status <status>           controleer alleen bladen met deze status in hun
                                  front matter: concept, gehouden of afgerond
                                  (bijvoorbeeld --status afgerond in CI: alleen
                                  afgeronde sessies laten de build falen)
      --today <JJJJ-MM-DD>        de dag die de trajectcontroles als vandaag
                                  nemen (standaard: vandaag); een geplande
                                  sessie daarvoor zonder blad wordt gemeld
      --fix                       pas elke eenduidige correctie toe (een melding
                                  met één correctie) en schrijf de bladen die
                                  veranderden; regeleinden en BOM blijven. Een
                                  regel die uit staat, wordt niet gecorrigeerd.
                                  Bestanden die geen sessieblad zijn, worden
                                  nooit geschreven; met --status alleen bladen
                                  met die status. De overgebleven meldingen
                                  worden getoond.
      --fix-dry-run               toon wat --fix zou veranderen als unified diff;
                                  schrijf niets
      --templates <map>           laad ook de sjablonen (*.template.json) in
                                  deze map; mag vaker. De map
                                  .sessions/templates wordt geladen als die er is.
  -h, --help                      toon deze hulp
      --version                   toon de versie

Een map staat voor de Markdown-bestanden eronder. Bestanden die geen sessieblad
zijn (geen sjabloon past), worden zonder meldingen overgeslagen. Bladen die een
trajectplan noemen (front matter traject: <bestand>), worden ook daartegen en
tegen elkaar gecontroleerd: ontbrekende sessies, data, reizen zonder
blueprint, blueprints zonder terugkoppeling.

Een blad in UTF-16 met byte order mark wordt gelezen (en zo teruggeschreven).
Een map die als bestand is opgegeven, een FIFO of ander bijzonder bestand wordt
met een melding overgeslagen, nooit gelezen.

Afsluitcodes: 0 geen fouten, 1 foutmeldingen of meer waarschuwingen dan
--max-warnings, 2 gebruiksfout, een bestand dat niet gelezen (of met --fix niet
geschreven) kon worden, of een configuratiebestand met problemen.
`,
  `Usage: session-lint [options] <files, folders or globs…>

Checks Markdown session sheets against their templates and reports what is
still open: blanks, placeholders, open choices and tasks, and above all
missing or pushed-away ownership.

Options:
  -f, --format <text|json|sarif>  output format (default: text)
      --lang <nl|en>              language of the messages (default: language
                                  in the configuration file, else LC_ALL,
                                  LC_MESSAGES or LANG; Dutch unless that is
                                  English)
      --config <file>             this configuration file (default:
                                  .sessions/config.jsonc in the first path's
                                  folder or a folder above it, up to the
                                  repository's root)
      --rule <rule=severity>      a rule's severity, over the configuration
                                  file: off, hint, info, warning or error;
                                  repeatable (--rule owner-unknown=error)
      --max-warnings <n>          exit 1 when there are more than n warnings
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
                                  A rule that is off is not fixed. Files that
                                  are not session sheets are never written;
                                  with --status, only sheets with that status.
                                  The findings left are reported.
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

Exit codes: 0 no errors, 1 error findings or more warnings than
--max-warnings, 2 usage error, a file that could not be read (or, with --fix,
written), or a configuration file with problems.
`,
);
