import { listOf, text } from '../i18n/text';
import { chooseFixes } from './edits';
import type { Rule } from './rule';

/** A pick-one group with more than one box ticked. */
export const choiceMultiple: Rule = {
  id: 'choice-multiple',
  defaultSeverity: 'error',
  openItem: false,
  description: text('Bij een keuze is meer dan één optie aangekruist.', 'More than one option is ticked in a pick-one choice.'),
  check({ session, report }) {
    for (const group of session.choices) {
      const chosen = group.options.filter((option) => option.checked).map((option) => option.label);
      if (chosen.length < 2) continue;
      const about = group.context ? ` bij "${group.context}"` : '';
      const aboutEn = group.context ? ` for "${group.context}"` : '';
      report({
        span: group.span,
        message: text(
          `Meer dan één keuze${about}: ${listOf(chosen, 'nl')}. Kies er één.`,
          `More than one choice${aboutEn}: ${listOf(chosen, 'en')}. Choose one.`,
        ),
        fixes: chooseFixes(group),
      });
    }
  },
};
