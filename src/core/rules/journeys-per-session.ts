import { text } from '../i18n/text';
import { agendaMinutes } from '../model/session';
import type { Rule } from './rule';
import { patternOf } from '../template/pattern';

/** More journeys or blueprints than fit the session's time (the guide: at most two in three hours). */
export const journeysPerSession: Rule = {
  id: 'journeys-per-session',
  defaultSeverity: 'warning',
  openItem: false,
  ownership: false,
  description: text('Meer reizen of blueprints dan in de tijd van de sessie passen.', 'More journeys or blueprints than fit the session’s time.'),
  check({ session, options, report }) {
    if (typeof options.heading !== 'string' || typeof options.max !== 'number') return;
    const heading = patternOf(session.template.patterns, options.heading);
    const perMinutes = typeof options.perMinutes === 'number' ? options.perMinutes : 180;
    const worked = session.sections.filter((section) => section.heading && heading.test(section.heading.text));
    const minutes = session.agendas.reduce((total, agenda) => total + agendaMinutes(agenda), 0);
    const blocks = Math.max(1, Math.floor(minutes / perMinutes));
    const allowed = options.max * blocks;
    const first = worked[allowed];
    if (!first?.heading) return;
    const hours = (blocks * perMinutes) / 60;
    report({
      span: first.heading.span,
      message: text(
        `${worked.length} in één sessie, maar in ${hours} uur passen er ${allowed}; plan de rest in een volgende sessie.`,
        `${worked.length} in one session, but ${allowed} fit in ${hours} hours; plan the rest in another session.`,
      ),
    });
  },
};
