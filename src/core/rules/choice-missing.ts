import { text } from '../i18n/text';
import { nothingChosen } from './choice-words';
import { chooseFixes } from './edits';
import type { Rule } from './rule';

/** A pick-one group such as `[ ] Hoog [ ] Midden [ ] Laag` with nothing chosen. */
export const choiceMissing: Rule = {
  id: 'choice-missing',
  defaultSeverity: 'info',
  openItem: true,
  ownership: false,
  description: text('Bij een keuze is nog niets aangekruist.', 'Nothing is chosen in a pick-one choice.'),
  check({ session, report }) {
    for (const group of session.choices) {
      if (group.options.some((option) => option.checked)) continue;
      report({
        span: group.span,
        message: nothingChosen(group),
        fixes: () => chooseFixes(group),
      });
    }
  },
};
