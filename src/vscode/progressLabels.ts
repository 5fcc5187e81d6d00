import type { Progress, ProgressKind } from '../core/index';
import { t } from './i18n';

export function kindLabel(kind: ProgressKind): string {
  switch (kind) {
    case 'choice':
      return t('Choices');
    case 'check':
      return t('Ownership checks');
    case 'task':
      return t('Tasks');
    case 'field':
      return t('Fields');
    case 'owner':
      return t('Owners');
    case 'participant':
      return t('Participants');
    case 'agreement':
      return t('Agreements');
    case 'journey':
      return t('Journey titles');
    case 'invitation':
      return t('Invitations');
    case 'blank':
      return t('Blanks');
    case 'placeholder':
      return t('Placeholders');
  }
}

export function percent(progress: { done: number; total: number }): number {
  return progress.total === 0 ? 100 : Math.round((progress.done / progress.total) * 100);
}

/** One line per kind: `Owners: 2/6`. */
export function breakdown(progress: Progress): string[] {
  return Object.entries(progress.byKind).map(([kind, tally]) => `${kindLabel(kind as ProgressKind)}: ${tally.done}/${tally.total}`);
}

/** `4 of 6 benefits still lack a real owner`; undefined for a sheet without benefits. */
export function ownersLine(progress: Progress): string | undefined {
  const { benefits, lacking } = progress.owners;
  if (benefits === 0) return undefined;
  return lacking.length === 0 ? t('Every benefit has a real owner ({0})', benefits) : t('{0} of {1} benefits still lack a real owner', lacking.length, benefits);
}

/** Why an owner is no real owner, in words. */
export function verdictLabel(verdict: string): string {
  switch (verdict) {
    case 'missing':
      return t('no owner yet');
    case 'junk':
      return t('not a name');
    case 'deflected':
      return t('handed back to the programme');
    case 'unknown':
      return t('not among the participants');
    default:
      return verdict;
  }
}
