import { text } from '../i18n/text';
import { tableOfKind } from '../model/session';
import { participantsSpan } from './roles';
import type { Rule } from './rule';
import { patternOf } from '../template/pattern';

/** Too few or too many named participants (the track's resident sessions work best with about eight). */
export const participantsCount: Rule = {
  id: 'participants-count',
  defaultSeverity: 'warning',
  openItem: false,
  ownership: false,
  description: text('Het aantal deelnemers ligt buiten wat het sjabloon aanraadt.', 'The number of participants is outside what the template advises.'),
  check({ session, options, report }) {
    const min = typeof options.min === 'number' ? options.min : undefined;
    const max = typeof options.max === 'number' ? options.max : undefined;
    if (min === undefined && max === undefined) return;
    const except = ((options.exceptRoles as string[] | undefined) ?? []).map((pattern) => patternOf(session.template.patterns, pattern));
    const named = session.participants.filter((participant) => participant.nameCell.state === 'filled');
    // Before anyone is named, the open [Naam] cells say enough.
    if (named.length === 0) return;
    const counted = named.filter((participant) => !except.some((pattern) => pattern.test(participant.role)));
    if (!tableOfKind(session, 'participants')) return;
    const span = participantsSpan(session);
    if (min !== undefined && counted.length < min) {
      report({
        span,
        message: text(
          `${counted.length} deelnemer(s) genoemd; het sjabloon raadt er minstens ${min} aan.`,
          `${counted.length} participant(s) named; the template advises at least ${min}.`,
        ),
      });
    } else if (max !== undefined && counted.length > max) {
      report({
        span,
        message: text(
          `${counted.length} deelnemers genoemd; meer dan ${max} maakt de sessie te groot om iedereen te horen.`,
          `${counted.length} participants named; more than ${max} makes the session too large for everyone to be heard.`,
        ),
      });
    }
  },
};
