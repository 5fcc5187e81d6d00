import { t } from '../i18n';
import type { WriteWords } from './writeMessages';

/** The view's words for writing into the sheet, in the chosen language. */
export function writeWords(): WriteWords {
  return {
    changedElsewhere: t('This was changed elsewhere meanwhile, so your change was not written. It now says: {0}'),
    gone: t('The sheet changed here meanwhile, so your change was not written.'),
    yours: t('Your change: {0}'),
    writeAnyway: t('Write mine anyway'),
    keepTheirs: t('Keep what it says now'),
    fixesOf: t('Fixes: {0}'),
    addRow: t('Add row'),
    addAgreement: t('Add agreement'),
    addAgendaItem: t('Add agenda item'),
  };
}
