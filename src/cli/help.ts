import { text, type Text } from '../core/index';

/** `session-lint --help`, in the run's language (also `session-lint report --help`). */
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
De bladen worden ook samen gecontroleerd: een baat met een nieuwe eigenaar
zonder check die die eigenaar noemt (owner-changed), een afspraak waarvan de
deadline voorbij is in een sessie die niet afgerond is (agreement-overdue).

Overzicht voor de sponsorgroep:
  session-lint report benefits|agreements [opties] <mappen of bestanden…>
    benefits: per baat de huidige eigenaar (uit de laatste sessie), het
    oordeel, de prioriteit per sector, de check en de laatste sessie, met de
    prioriteiten als SVG; agreements: alle afspraken, die te laat zijn eerst,
    met de deadline in woorden ("over 3 dagen", "2 weken te laat").
      --format <md|csv|json>      uitvoervorm (standaard: md)
      --lang, --today, --config, --templates  zoals hierboven

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
The sheets are also checked together: a benefit with a new owner and no
check that names that owner (owner-changed), an agreement whose deadline has
passed in a session that is not closed (agreement-overdue).

An overview for the sponsor group:
  session-lint report benefits|agreements [options] <folders or files…>
    benefits: per benefit its current owner (from the latest session), the
    verdict, the priority per sector, the check and the last session, with
    the priorities as an SVG; agreements: every agreement, overdue first,
    with its deadline in words ("in 3 days", "2 weeks overdue").
      --format <md|csv|json>      output format (default: md)
      --lang, --today, --config, --templates  as above

A sheet in UTF-16 with a byte order mark is read (and written back so). A
folder named as a file, a FIFO or another special file is skipped with a
message, never read.

Exit codes: 0 no errors, 1 error findings or more warnings than
--max-warnings, 2 usage error, a file that could not be read (or, with --fix,
written), or a configuration file with problems.
`,
);
