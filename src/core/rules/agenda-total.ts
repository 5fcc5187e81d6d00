import { text } from '../i18n/text';
import { agendaMinutes } from '../model/session';
import type { Rule } from './rule';

function hoursAndMinutes(minutes: number, language: 'nl' | 'en'): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const hourWord = language === 'nl' ? 'uur' : hours === 1 ? 'hour' : 'hours';
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} ${hourWord}` : `${hours} ${hourWord} ${rest} min`;
}

/** An agenda that runs longer (`maxMinutes`) or shorter (`minMinutes`) than the template allows. */
export const agendaTotal: Rule = {
  id: 'agenda-total',
  defaultSeverity: 'warning',
  openItem: false,
  ownership: false,
  description: text('De agenda duurt langer of korter dan het sjabloon toestaat.', 'The agenda runs longer or shorter than the template allows.'),
  check({ session, options, report }) {
    const minimum = options.minMinutes;
    if (typeof minimum === 'number') {
      for (const agenda of session.agendas) {
        const total = agendaMinutes(agenda);
        if (total === 0 || total >= minimum) continue;
        report({
          span: agenda.table.span,
          message: text(
            `de agenda duurt ${hoursAndMinutes(total, 'nl')}, korter dan de ${hoursAndMinutes(minimum, 'nl')} die het sjabloon vraagt.`,
            `the agenda runs ${hoursAndMinutes(total, 'en')}, shorter than the ${hoursAndMinutes(minimum, 'en')} the template asks for.`,
          ),
        });
      }
    }
    const limit = options.maxMinutes;
    if (typeof limit !== 'number') return;
    for (const agenda of session.agendas) {
      // The agenda's length is the sum of its durations: a mistyped start time is agenda-time's.
      let elapsed = 0;
      for (const item of agenda.items) {
        if (item.duration === undefined) continue;
        elapsed += item.duration;
        if (elapsed <= limit) continue;
        report({
          span: item.row.span,
          message: text(
            `de agenda duurt hier al ${hoursAndMinutes(elapsed, 'nl')}, langer dan de ${hoursAndMinutes(limit, 'nl')} die het sjabloon toestaat.`,
            `by this row the agenda runs ${hoursAndMinutes(elapsed, 'en')}, longer than the ${hoursAndMinutes(limit, 'en')} the template allows.`,
          ),
        });
        break;
      }
    }
  },
};
