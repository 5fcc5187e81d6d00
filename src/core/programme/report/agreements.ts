import { isoDay } from '../../create/answers';
import { AGREEMENT_GROUPS, type ProgrammeAgreement } from '../agreements';
import { relativeDays } from '../days';
import { toCsv } from './csv';
import { markdownTable, sheetLink } from './markdown';
import { reportFileName, type ReportFormat, type ReportOptions } from './benefits';
import { GROUP_WORDS, REPORT_WORDS } from './words';

/** The agreements report: overdue first, then upcoming, undated, and past in closed sessions; each with its deadline in words. */
export function agreementsReport(agreements: readonly ProgrammeAgreement[], format: ReportFormat, options: ReportOptions): string {
  const { language } = options;
  const words = (key: keyof typeof REPORT_WORDS) => REPORT_WORDS[key][language];
  const rows = agreements.map((entry) => {
    const deadline = entry.agreement.deadline;
    const due = deadline.kind === 'day' || deadline.kind === 'week' ? deadline.due : undefined;
    const when = entry.days !== undefined ? relativeDays(entry.days, language, entry.group === 'closed' ? 'ago' : 'overdue') : deadline.kind === 'none' ? words('noDeadline') : deadline.kind === 'text' ? words('notADate') : '';
    return { entry, due, when, file: entry.path.slice(entry.path.lastIndexOf('/') + 1) };
  });
  if (format === 'json') {
    const data = {
      report: 'agreements',
      today: isoDay(options.today),
      language,
      agreements: rows.map(({ entry, due, when }) => ({
        group: entry.group,
        agreement: entry.agreement.text,
        responsible: entry.agreement.responsible || null,
        deadline: entry.agreement.deadline.text || null,
        due: due ?? null,
        days: entry.days ?? null,
        when,
        file: reportFileName(entry.path, options),
        line: entry.agreement.range.start.line,
        column: entry.agreement.range.start.column,
        session: { date: entry.sessionDate ?? null, title: entry.sessionTitle, status: entry.status ?? null },
      })),
    };
    return `${JSON.stringify(data, null, 2)}\n`;
  }
  if (format === 'csv') {
    return toCsv([
      [words('group'), words('agreement'), words('responsible'), words('deadline'), words('due'), words('days'), words('when'), words('session'), words('sessionDate'), words('line')],
      ...rows.map(({ entry, due, when }) => [
        GROUP_WORDS[entry.group][language],
        entry.agreement.text,
        entry.agreement.responsible,
        entry.agreement.deadline.text,
        due,
        entry.days,
        when,
        reportFileName(entry.path, options),
        entry.sessionDate,
        entry.agreement.range.start.line,
      ]),
    ]);
  }
  const overdue = agreements.filter((entry) => entry.group === 'overdue').length;
  const parts = [`# ${words('agreementsTitle')}`, '', `${words('asOf')} ${isoDay(options.today)} · ${agreements.length} ${words('agreementsCount')}, ${overdue} ${words('overdueCount')}`];
  for (const group of AGREEMENT_GROUPS) {
    const inGroup = rows.filter((row) => row.entry.group === group);
    if (inGroup.length === 0) continue;
    parts.push(
      '',
      `## ${GROUP_WORDS[group][language]} (${inGroup.length})`,
      '',
      markdownTable(
        [words('agreement'), words('responsible'), words('deadline'), words('when'), words('session')],
        inGroup.map(({ entry, when, file }) => [
          entry.agreement.text,
          entry.agreement.responsible || REPORT_WORDS.nobody[language],
          entry.agreement.deadline.text,
          when,
          sheetLink(file, reportFileName(entry.path, options), entry.agreement.range.start.line),
        ]),
      ),
    );
  }
  return `${parts.join('\n')}\n`;
}
