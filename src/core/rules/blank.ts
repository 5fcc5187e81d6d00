import { text } from '../i18n/text';
import type { Gap } from '../model/types';
import type { SessionModel } from '../model/session';
import type { Rule } from './rule';

/** Whether a more specific rule (an owner or agreement rule) already speaks for a gap. */
export function isCovered(session: SessionModel, gap: Gap): boolean {
  return (gap.field !== undefined && session.ownerFields.has(gap.field)) || (gap.cell !== undefined && session.coveredCells.has(gap.cell));
}

/** A `___` blank still waiting for an answer. */
export const blank: Rule = {
  id: 'blank',
  defaultSeverity: 'info',
  openItem: true,
  ownership: false,
  description: text('Een invulplek (___) is nog leeg.', 'A blank (___) is not filled in.'),
  check({ session, report }) {
    for (const gap of session.blanks) {
      if (isCovered(session, gap)) continue;
      const field = gap.field;
      report({
        span: gap.span,
        message: field?.question
          ? text(`"${field.question}" is nog niet beantwoord.`, `"${field.question}" is not answered yet.`)
          : field
            ? text(`"${field.label}" is nog niet ingevuld.`, `"${field.label}" is not filled in yet.`)
            : text('deze invulplek (___) is nog leeg.', 'this blank (___) is not filled in yet.'),
      });
    }
  },
};
