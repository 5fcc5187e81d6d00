import { listOf, text } from '../i18n/text';
import { parseDate } from '../model/dates';
import { pickOwnerFixes } from './ownership';
import type { Rule } from './rule';

/** An agreement without a responsible person or a deadline, or with a deadline that is not a date. */
export const agreementIncomplete: Rule = {
  id: 'agreement-incomplete',
  defaultSeverity: 'warning',
  openItem: true,
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
      const missingNl = missing.map((part) => part.nl);
      const missingEn = missing.map((part) => part.en);
      const badDate = deadline.state === 'filled' && parseDate(deadline.text) === undefined;
      if (missingNl.length === 0 && !badDate) continue;
      const what = agreement.state === 'filled' ? `"${agreement.text}"` : '';
      const parts = {
        nl: [missingNl.length ? `mist ${listOf(missingNl, 'nl')}` : '', badDate ? `deadline "${deadline.text}" is geen datum` : ''],
        en: [missingEn.length ? `lacks ${listOf(missingEn, 'en')}` : '', badDate ? `deadline "${deadline.text}" is not a date` : ''],
      };
      report({
        span: row.span,
        message: text(
          `Afspraak ${what}: ${parts.nl.filter(Boolean).join('; ')}.`.replace('Afspraak :', 'Afspraak:'),
          `Agreement ${what}: ${parts.en.filter(Boolean).join('; ')}.`.replace('Agreement :', 'Agreement:'),
        ),
        fixes: responsible.state === 'filled' ? [] : pickOwnerFixes(session, responsible),
      });
    }
  },
};
