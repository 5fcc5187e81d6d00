import { listOf, text } from '../i18n/text';
import { moreThanOneChosen } from './choice-words';
import { chooseFixes } from './edits';
import type { Rule } from './rule';

/** A pick-one group with more than one box ticked. */
export const choiceMultiple: Rule = {
  id: 'choice-multiple',
  defaultSeverity: 'error',
  openItem: false,
  ownership: false,
  description: text('Bij een keuze is meer dan één optie aangekruist.', 'More than one option is ticked in a pick-one choice.'),
  check({ session, report }) {
    for (const group of session.choices) {
      const chosen = group.options.filter((option) => option.checked).map((option) => option.label);
      if (chosen.length < 2) continue;
      const what = moreThanOneChosen(group);
      report({
        span: group.span,
        message: text(`${what.nl}: ${listOf(chosen, 'nl')}. Kies er één.`, `${what.en}: ${listOf(chosen, 'en')}. Choose one.`),
        fixes: () => chooseFixes(group),
      });
    }
  },
};
