import { text } from '../i18n/text';
import { isCovered } from './blank';
import type { Rule } from './rule';

/** Template text such as `[invullen]` or `[Naam]` that is still in place. */
export const placeholder: Rule = {
  id: 'placeholder',
  defaultSeverity: 'warning',
  openItem: true,
  description: text('Een plaatshouder uit het sjabloon staat er nog.', 'A template placeholder is still in place.'),
  check({ session, report }) {
    for (const gap of session.placeholders) {
      if (isCovered(session, gap)) continue;
      const where = gap.field ? ` bij "${gap.field.label}"` : '';
      const whereEn = gap.field ? ` for "${gap.field.label}"` : '';
      report({
        span: gap.span,
        message: text(`Plaatshouder ${gap.text}${where} is nog niet vervangen.`, `Placeholder ${gap.text}${whereEn} has not been replaced.`),
      });
    }
  },
};
