import { text } from '../i18n/text';
import { chooseFixes } from './edits';
import type { Rule } from './rule';

/** A pick-one group such as `[ ] Hoog [ ] Midden [ ] Laag` with nothing chosen. */
export const choiceMissing: Rule = {
  id: 'choice-missing',
  defaultSeverity: 'warning',
  openItem: true,
  description: text('Bij een keuze is nog niets aangekruist.', 'Nothing is chosen in a pick-one choice.'),
  check({ session, report }) {
    for (const group of session.choices) {
      if (group.options.some((option) => option.checked)) continue;
      const options = group.options.map((option) => option.label).join(' / ');
      const about = group.context ? ` bij "${group.context}"` : '';
      const aboutEn = group.context ? ` for "${group.context}"` : '';
      report({
        span: group.span,
        message: text(`Nog niets gekozen${about} (${options}).`, `Nothing chosen yet${aboutEn} (${options}).`),
        fixes: chooseFixes(group),
      });
    }
  },
};
