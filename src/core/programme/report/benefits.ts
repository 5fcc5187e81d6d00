import type { Day } from '../../create/answers';
import { isoDay } from '../../create/answers';
import { VERDICT_WORDS } from '../../form/owner';
import { prioritiesSvg } from '../../form/priorities/svg';
import type { PriorityCell } from '../../form/priorities/types';
import { PRIORITY_WORDS } from '../../form/priorities/words';
import type { Language } from '../../i18n/text';
import { namesMatch } from '../../model/names';
import type { ProgrammeBenefit } from '../benefits';
import { programmePriorities } from '../priorities';
import type { SheetSummary } from '../types';
import { toCsv } from './csv';
import { markdownTable, sheetLink } from './markdown';
import { CHECK_WORDS, REPORT_WORDS } from './words';

export type ReportFormat = 'md' | 'csv' | 'json';

export interface ReportOptions {
  readonly language: Language;
  readonly today: Day;
  /**
   * The name the report gives a sheet, in its links and its file columns: the index path when
   * not given. A front end whose index paths are absolute makes them relative to where the
   * report's reader resolves links from.
   */
  readonly fileName?: (path: string) => string;
}

/** The sheet's name as the report writes it. */
export function reportFileName(path: string, options: ReportOptions): string {
  return options.fileName ? options.fileName(path) : path;
}

/** The benefits report: per benefit its current owner, verdict, priorities per sector, check and last session. */
export function benefitsReport(benefits: readonly ProgrammeBenefit[], sheets: readonly SheetSummary[], format: ReportFormat, options: ReportOptions): string {
  if (format === 'json') return `${JSON.stringify(benefitsJson(benefits, options), null, 2)}\n`;
  const words = (key: keyof typeof REPORT_WORDS) => REPORT_WORDS[key][options.language];
  const sectors = sectorsOf(benefits);
  const programmes = new Set(benefits.map((benefit) => benefit.programme ?? ''));
  const several = programmes.size > 1;
  const header = [...(several ? [words('programme')] : []), words('number'), words('benefit'), words('owner'), words('verdict'), ...sectors, words('check'), words('lastSession')];
  const rows = benefits.map((benefit) => {
    const { current } = benefit;
    const owner = current.benefit.owner;
    const cells = sectors.map((sector) => cellText(current.benefit.priorities.find((entry) => entry.sector === sector)?.cell, options.language));
    return {
      programme: benefit.programme ?? '',
      number: benefit.number === undefined ? '' : String(benefit.number),
      title: benefit.title,
      owner: owner?.name ?? '',
      verdict: owner ? VERDICT_WORDS[owner.verdict][options.language] : '',
      cells,
      check: current.benefit.check ? CHECK_WORDS[current.benefit.check][options.language] : '',
      current,
    };
  });
  if (format === 'csv') {
    return toCsv([
      [words('programme'), words('number'), words('benefit'), words('owner'), words('verdict'), ...sectors, words('check'), words('lastSession'), words('sessionDate')],
      ...rows.map((row) => [row.programme, row.number, row.title, row.owner, row.verdict, ...row.cells, row.check, reportFileName(row.current.path, options), row.current.date ?? '']),
    ]);
  }
  const sheetCount = new Set(benefits.flatMap((benefit) => benefit.history.map((entry) => entry.path))).size;
  const single = !several && [...programmes][0] ? ` · ${words('programme')} ${[...programmes][0]}` : '';
  const table = markdownTable(
    header,
    rows.map((row) => [
      ...(several ? [row.programme] : []),
      row.number,
      row.title,
      row.owner || REPORT_WORDS.nobody[options.language],
      row.verdict,
      ...row.cells,
      row.check,
      sheetLink(row.current.date ?? row.current.path.slice(row.current.path.lastIndexOf('/') + 1), reportFileName(row.current.path, options), row.current.benefit.range.start.line),
    ]),
    several ? [1] : [0],
  );
  const priorities = programmePriorities(benefits, sheets, several ? '' : [...programmes][0]);
  return [
    `# ${words('benefitsTitle')}`,
    '',
    `${words('asOf')} ${isoDay(options.today)} · ${sheetCount} ${words('sheetsWithBenefits')}${single}`,
    '',
    table,
    '',
    `## ${words('changes')}`,
    '',
    changesList(benefits, options),
    ...(priorities ? ['', `## ${words('picture')}`, '', prioritiesSvg(priorities, options.language)] : []),
    '',
  ].join('\n');
}

function sectorsOf(benefits: readonly ProgrammeBenefit[]): string[] {
  const sectors: string[] = [];
  for (const benefit of benefits) for (const { sector } of benefit.current.benefit.priorities) if (!sectors.includes(sector)) sectors.push(sector);
  return sectors;
}

/** A priority as a table shows it: the chosen word, `open`, the words ticked together, or a dash. */
function cellText(cell: PriorityCell | undefined, language: Language): string {
  if (!cell || cell.state === 'absent') return '—';
  if (cell.state === 'chosen') return cell.label;
  if (cell.state === 'open') return PRIORITY_WORDS.open[language];
  return cell.labels.join(' + ');
}

/** Each change of a benefit's named owner from one dated session to the next: `Baat 5: Bram Jansen (2026-03-12) → Anna de Wit (2026-04-16)`. */
function changesList(benefits: readonly ProgrammeBenefit[], options: ReportOptions): string {
  const { language } = options;
  const lines: string[] = [];
  for (const benefit of benefits) {
    let previous: ProgrammeBenefit['history'][number] | undefined;
    for (const entry of benefit.history) {
      const owner = entry.benefit.owner;
      if (!owner || owner.name === '' || ['junk', 'deflected', 'missing'].includes(owner.verdict)) continue;
      if (previous && !namesMatch(previous.benefit.owner!.name, owner.name)) {
        const asked = entry.benefit.checkNames.some((name) => namesMatch(owner.name, name));
        const check = asked ? '' : language === 'nl' ? ' — geen check met de nieuwe eigenaar' : ' — no check with the new owner';
        lines.push(
          `- ${entry.benefit.place[language]}: ${previous.benefit.owner!.name} (${previous.date ?? '?'}) → ${owner.name} (${sheetLink(entry.date ?? reportFileName(entry.path, options), reportFileName(entry.path, options), owner.range.start.line)})${check}`,
        );
      }
      previous = entry;
    }
  }
  return lines.length > 0 ? lines.join('\n') : REPORT_WORDS.noChanges[language];
}

function benefitsJson(benefits: readonly ProgrammeBenefit[], options: ReportOptions) {
  const entryJson = (entry: ProgrammeBenefit['history'][number]) => ({
    file: reportFileName(entry.path, options),
    date: entry.date ?? null,
    title: entry.sheetTitle,
    owner: entry.benefit.owner?.name || null,
    verdict: entry.benefit.owner?.verdict ?? null,
    check: entry.benefit.check ?? null,
    line: entry.benefit.range.start.line,
    column: entry.benefit.range.start.column,
  });
  return {
    report: 'benefits',
    today: isoDay(options.today),
    language: options.language,
    benefits: benefits.map((benefit) => {
      const { current } = benefit;
      const owner = current.benefit.owner;
      return {
        programme: benefit.programme ?? null,
        number: benefit.number ?? null,
        title: benefit.title,
        owner: owner?.name || null,
        verdict: owner?.verdict ?? null,
        verdictText: owner ? VERDICT_WORDS[owner.verdict][options.language] : null,
        priorities: current.benefit.priorities.map(({ sector, cell }) => ({
          sector,
          state: cell.state,
          label: cell.state === 'chosen' ? cell.label : cell.state === 'several' ? cell.labels.join(' + ') : null,
        })),
        check: current.benefit.check ?? null,
        checkText: current.benefit.check ? CHECK_WORDS[current.benefit.check][options.language] : null,
        session: entryJson(current),
        history: benefit.history.map(entryJson),
      };
    }),
  };
}
