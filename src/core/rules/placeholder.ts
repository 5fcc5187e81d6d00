import { text } from '../i18n/text';
import { participantLabel, type Participant } from '../model/session';
import type { Cell } from '../model/types';
import { isCovered } from './blank';
import type { Rule } from './rule';

/** Template text such as `[invullen]` or `[Naam]` that is still in place. */
export const placeholder: Rule = {
  id: 'placeholder',
  defaultSeverity: 'info',
  openItem: true,
  ownership: false,
  description: text('Een plaatshouder uit het sjabloon staat er nog.', 'A template placeholder is still in place.'),
  check({ session, report }) {
    // A `[Naam]` in the participants table is a person still to name: say whom the row is for.
    const byNameCell = new Map<Cell, Participant>(session.participants.map((participant) => [participant.nameCell, participant]));
    for (const gap of session.placeholders) {
      if (isCovered(session, gap)) continue;
      const participant = gap.cell && byNameCell.get(gap.cell);
      const who = participant && participantLabel(participant);
      if (who) {
        report({ span: gap.span, message: text(`nog geen naam voor ${who}.`, `no name yet for ${who}.`) });
        continue;
      }
      const name = gap.field && (gap.field.question ?? gap.field.label);
      const where = name ? ` bij "${name}"` : '';
      const whereEn = name ? ` for "${name}"` : '';
      report({
        span: gap.span,
        message: text(`plaatshouder ${gap.text}${where} is nog niet vervangen.`, `placeholder ${gap.text}${whereEn} has not been replaced.`),
      });
    }
  },
};
