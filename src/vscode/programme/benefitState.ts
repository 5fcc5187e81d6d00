import * as vscode from 'vscode';
import { CHECK_WORDS, VERDICT_WORDS, type BenefitSummary, type CheckState, type Language } from '../../core/index';

/**
 * Where a benefit's ownership stands in a session, worst first: `missing` no owner (a blank,
 * a placeholder, no name at all); `deflected` pushed back to the programme; `unknown` not
 * among the participants; then, for a real owner, the ownership check: `unconfirmed` a
 * question answered No, `unchecked` no check with the owner yet, or one still open;
 * `confirmed` every answer Yes; `owned` a template without a check.
 */
export type OwnershipState = 'missing' | 'deflected' | 'unknown' | 'unconfirmed' | 'unchecked' | 'confirmed' | 'owned';

export function ownershipState(benefit: BenefitSummary): OwnershipState {
  const verdict = benefit.owner?.verdict ?? 'missing';
  if (verdict === 'missing' || verdict === 'junk') return 'missing';
  if (verdict === 'deflected' || verdict === 'unknown') return verdict;
  return checkOwnership(benefit.check);
}

function checkOwnership(check: CheckState | undefined): OwnershipState {
  if (check === undefined) return 'owned';
  if (check === 'confirmed') return 'confirmed';
  return check === 'unconfirmed' ? 'unconfirmed' : 'unchecked';
}

/** The word for the state, the reports' own: the owner's verdict while there is no real owner, else the check's. */
export function stateWord(benefit: BenefitSummary, language: Language): string {
  const state = ownershipState(benefit);
  if (state === 'missing' || state === 'deflected' || state === 'unknown' || state === 'owned') return VERDICT_WORDS[benefit.owner?.verdict ?? 'missing'][language];
  return CHECK_WORDS[benefit.check!][language];
}

const WARNING = new vscode.ThemeColor('problemsWarningIcon.foreground');

/** A shape per state, so it reads without its colour: the colour only repeats it. */
export function stateIcon(state: OwnershipState): vscode.ThemeIcon {
  switch (state) {
    case 'missing':
      return new vscode.ThemeIcon('circle-slash', WARNING);
    case 'deflected':
      return new vscode.ThemeIcon('reply', WARNING);
    case 'unknown':
      return new vscode.ThemeIcon('question', WARNING);
    case 'unconfirmed':
      return new vscode.ThemeIcon('warning', WARNING);
    case 'unchecked':
      return new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('problemsInfoIcon.foreground'));
    case 'confirmed':
      return new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'));
    case 'owned':
      return new vscode.ThemeIcon('person');
  }
}
