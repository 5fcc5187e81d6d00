import { listOf, text } from '../i18n/text';
import { parseDate } from '../model/dates';
import { pickOwnerFixes } from './ownership';
import type { Rule } from './rule';

/** An agreement without a responsible person or a deadline, or with a deadline that is not a date. */
export const agreementIncomplete: Rule = {
  id: 'agreement-incomplete',
  defaultSeverity: 'warning',
  openItem: true,
  ownership: true,
  description: text(
    'Een afspraak mist een verantwoordelijke of een deadline, of de deadline is geen datum.',
    'An agreement lacks a responsible person or a deadline, or the deadline is not a date.',
  ),
  check({ session, report }) {
    for (const { row, agreement, responsible, deadline } of session.agreements) {
      if ([agreement, responsible, deadline].every((cell) => cell.state === 'empty')) continue;
      const missing = [
        { cell: agreement, nl: 'de afspraak zelf', en: 'the agreement itself' },
        { cell: responsible, nl: 'een verantwoordelijke', en: 'a responsible person' },
        { cell: deadline, nl: 'een deadline', en: 'a deadline' },
      ].filter((part) => part.cell.state !== 'filled');
      const badDate = deadline.state === 'filled' && parseDate(deadline.text) === undefined;
      if (missing.length === 0 && !badDate) continue;
      // The row is the place (`Afspraken, rij 2`); the agreement's own words say which it is.
      const named = agreement.state === 'filled';
      const parts = { nl: [] as string[], en: [] as string[] };
      if (missing.length > 0) {
        parts.nl.push(`${named ? `"${agreement.text}" ` : ''}mist ${listOf(missing.map((part) => part.nl), 'nl')}`);
        parts.en.push(`${named ? `"${agreement.text}" ` : ''}lacks ${listOf(missing.map((part) => part.en), 'en')}`);
      }
      if (badDate) {
        const of = named && missing.length === 0 ? { nl: ` van "${agreement.text}"`, en: ` of "${agreement.text}"` } : { nl: '', en: '' };
        parts.nl.push(`deadline "${deadline.text}"${of.nl} is geen datum`);
        parts.en.push(`deadline "${deadline.text}"${of.en} is not a date`);
      }
      report({
        span: row.span,
        message: text(`${parts.nl.join('; ')}.`, `${parts.en.join('; ')}.`),
        fixes: responsible.state === 'filled' ? [] : () => pickOwnerFixes(session, responsible),
      });
    }
  },
};
