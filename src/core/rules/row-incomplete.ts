import { listOf, text } from '../i18n/text';
import type { Cell } from '../model/types';
import type { Rule } from './rule';

const answered = (cell: Cell) => cell.state !== 'empty' || cell.checkbox !== undefined || cell.choice !== undefined;

/** Tables whose rows other rules speak for. */
const OWN_RULES = new Set(['agreements', 'ownershipCheck', 'journeys', 'invitations']);

/**
 * A table row filled in part. Empty rows are open, not wrong; agreements, ownership
 * checks, journey titles and invitations have rules of their own.
 */
export const rowIncomplete: Rule = {
  id: 'row-incomplete',
  defaultSeverity: 'info',
  openItem: true,
  ownership: false,
  description: text('Een tabelrij is maar voor een deel ingevuld.', 'A table row is filled in part.'),
  check({ session, report }) {
    for (const table of session.tables) {
      const kind = session.tableKinds.get(table);
      if (kind && OWN_RULES.has(kind)) continue;
      for (const row of table.rows) {
        if (!row.cells.some(answered)) continue;
        const missing = row.cells
          .map((cell, index) => (answered(cell) ? undefined : table.header[index]?.text || `${index + 1}`))
          .filter((name): name is string => name !== undefined);
        if (missing.length === 0) continue;
        const quoted = missing.map((name) => `"${name}"`);
        report({
          span: row.span,
          message: text(
            `half ingevuld: ${listOf(quoted, 'nl')} ${missing.length === 1 ? 'ontbreekt' : 'ontbreken'} nog.`,
            `filled in part: ${listOf(quoted, 'en')} ${missing.length === 1 ? 'is' : 'are'} still missing.`,
          ),
        });
      }
    }
  },
};
