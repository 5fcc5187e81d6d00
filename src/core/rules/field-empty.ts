import { text } from '../i18n/text';
import type { Rule } from './rule';

/** A labelled field such as `**Wat kan beter:**` with nothing after it. */
export const fieldEmpty: Rule = {
  id: 'field-empty',
  defaultSeverity: 'info',
  openItem: true,
  ownership: false,
  description: text('Een veld met een label is leeg.', 'A labelled field is empty.'),
  check({ session, report }) {
    for (const field of session.fields) {
      if (field.state !== 'empty' || field.choice || session.ownerFields.has(field)) continue;
      report({
        span: field.labelSpan,
        message: field.question
          ? text(`"${field.question}" is nog niet beantwoord.`, `"${field.question}" is not answered yet.`)
          : text(`"${field.label}" is nog leeg.`, `"${field.label}" is still empty.`),
      });
    }
  },
};
