import { text } from '../i18n/text';
import { setBox } from './edits';
import { ownerVerdict } from './owner-verdict';
import { findParticipant, ownerSpan } from './ownership';
import type { Rule } from './rule';

/** A benefit owner who is a participant but not ticked present. */
export const ownerAbsent: Rule = {
  id: 'owner-absent',
  defaultSeverity: 'warning',
  openItem: false,
  ownership: true,
  description: text('De eigenaar van een baat is niet aangevinkt als aanwezig.', 'A benefit owner is not ticked as present.'),
  check({ session, report }) {
    for (const benefit of session.benefits) {
      const owner = benefit.owner;
      if (!owner || ownerVerdict(session, owner.value) !== 'absent') continue;
      const participant = findParticipant(session, owner.value);
      if (!participant?.present) continue;
      report({
        span: ownerSpan(owner),
        message: text(
          `${participant.name} is eigenaar, maar staat niet aangevinkt als aanwezig; eigenaarschap neem je zelf, niet bij afwezigheid.`,
          `${participant.name} is the owner but is not ticked as present; ownership is taken in person, not in absence.`,
        ),
        fixes: [
          {
            title: text(`Vink ${participant.name} aan als aanwezig`, `Tick ${participant.name} as present`),
            edits: setBox(participant.present, true),
          },
        ],
      });
    }
  },
};
