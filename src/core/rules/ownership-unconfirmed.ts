import { text } from '../i18n/text';
import type { Rule } from './rule';

/** An ownership check question answered "Nee". */
export const ownershipUnconfirmed: Rule = {
  id: 'ownership-unconfirmed',
  defaultSeverity: 'warning',
  openItem: false,
  ownership: true,
  description: text('Een vraag van de eigenaarschapscheck is met "Nee" beantwoord.', 'An ownership check question is answered "No".'),
  check({ session, report }) {
    const config = session.template.ownershipCheck;
    if (!config) return;
    for (const check of session.ownershipChecks) {
      const owner = check.ownerCell?.state === 'filled' ? check.ownerCell.text : undefined;
      for (const answer of check.answers) {
        const chosen = answer.group?.options.filter((option) => option.checked) ?? [];
        if (chosen.length !== 1 || !config.no.test(chosen[0].label)) continue;
        report({
          span: answer.group!.span,
          message: owner
            ? text(
                `"${answer.question}" is met Nee beantwoord: het eigenaarschap van ${owner} is niet bevestigd.`,
                `"${answer.question}" is answered No: ${owner}'s ownership is not confirmed.`,
              )
            : text(`"${answer.question}" is met Nee beantwoord: het eigenaarschap is niet bevestigd.`, `"${answer.question}" is answered No: ownership is not confirmed.`),
        });
      }
    }
  },
};
