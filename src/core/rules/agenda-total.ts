import { text } from '../i18n/text';
import type { Rule } from './rule';

function hoursAndMinutes(minutes: number, language: 'nl' | 'en'): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const hourWord = language === 'nl' ? 'uur' : hours === 1 ? 'hour' : 'hours';
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} ${hourWord}` : `${hours} ${hourWord} ${rest} min`;
}

/** An agenda that runs longer than the template allows (`maxMinutes`). */
export const agendaTotal: Rule = {
  id: 'agenda-total',
  defaultSeverity: 'warning',
  openItem: false,
  description: text('De agenda duurt langer dan het sjabloon toestaat.', 'The agenda runs longer than the template allows.'),
  check({ session, options, report }) {
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
            `De agenda duurt hier al ${hoursAndMinutes(elapsed, 'nl')}, langer dan de ${hoursAndMinutes(limit, 'nl')} die het sjabloon toestaat.`,
            `By this row the agenda runs ${hoursAndMinutes(elapsed, 'en')}, longer than the ${hoursAndMinutes(limit, 'en')} the template allows.`,
          ),
        });
        break;
      }
    }
  },
};
