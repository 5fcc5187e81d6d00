import { listOf, text } from '../i18n/text';
import type { Rule } from './rule';

const INGREDIENTS = [
  { column: 'persona', name: text('de persona', 'the persona') },
  { column: 'situation', name: text('de situatie', 'the situation') },
  { column: 'action', name: text('wat de persoon doet', 'what the person does') },
  { column: 'goal', name: text('wat de persoon wil bereiken', 'what the person wants to achieve') },
] as const;

/** A journey title without all four ingredients: persona, situation, action and goal. */
export const journeyTitle: Rule = {
  id: 'journey-title',
  defaultSeverity: 'info',
  openItem: true,
  ownership: false,
  description: text('Een reistitel mist een van zijn vier onderdelen.', 'A journey title lacks one of its four ingredients.'),
  check({ session, report }) {
    for (const journey of session.records.journeys) {
      const missing = INGREDIENTS.filter(({ column }) => journey.cells[column].state !== 'filled');
      if (missing.length === 0) continue;
      const title = journey.cells.title.text || '?';
      report({
        span: journey.row.span,
        message: text(
          `reistitel "${title}" mist nog ${listOf(missing.map((item) => item.name.nl), 'nl')}.`,
          `journey title "${title}" still lacks ${listOf(missing.map((item) => item.name.en), 'en')}.`,
        ),
      });
    }
  },
};
