import * as vscode from 'vscode';
import { t } from './i18n';
import { initialiseRepository, type GitOutcome, type GitUnavailable } from './git';

/**
 * Tells what happened in git after a new sheet was created: quietly when it went well,
 * as a warning with what to do when it did not. The file is kept in every case.
 */
export function reportGitOutcome(outcome: GitOutcome, file: vscode.Uri, commitMessage: string | undefined): void {
  const name = vscode.workspace.asRelativePath(file);
  switch (outcome.kind) {
    case 'staged':
      void vscode.window.showInformationMessage(t('Created {0} and staged it in Git.', name));
      return;
    case 'committed':
      void vscode.window.showInformationMessage(t('Created {0} and committed it: "{1}".', name, outcome.message));
      return;
    case 'untrusted':
      void vscode.window.showInformationMessage(t('Created {0}. Git is not used in Restricted Mode: trust this folder to stage new sessions.', name));
      return;
    case 'unavailable':
      return warnUnavailable(outcome.reason, name);
    case 'no-repository':
      return offerRepository(outcome.root, file, name, commitMessage);
    case 'stage-failed':
      void vscode.window.showWarningMessage(t('Created {0}, but Git could not stage it: {1}', name, outcome.detail));
      return;
    case 'not-committed':
      return warnNotCommitted(outcome.reason, outcome.detail, name);
  }
}

function warnUnavailable(reason: GitUnavailable, name: string): void {
  const openSetting = t('Open Setting');
  switch (reason) {
    case 'extension-disabled':
      void vscode.window.showWarningMessage(
        t('Created {0}, but it is not in Git: the built-in Git extension is disabled. Enable "Git" (vscode.git) in the Extensions view, then stage the file in Source Control.', name),
      );
      return;
    case 'git-disabled':
      void vscode.window
        .showWarningMessage(t('Created {0}, but it is not in Git: Git is turned off (setting git.enabled).', name), openSetting)
        .then((choice) => choice === openSetting && vscode.commands.executeCommand('workbench.action.openSettings', 'git.enabled'));
      return;
    case 'browser': {
      const sourceControl = t('Open Source Control');
      void vscode.window
        .showInformationMessage(t('Created {0}. In the browser, Session Templates cannot stage or commit it: do that in Source Control.', name), sourceControl)
        .then((choice) => choice === sourceControl && vscode.commands.executeCommand('workbench.view.scm'));
      return;
    }
    case 'git-not-found':
      void vscode.window
        .showWarningMessage(t('Created {0}, but it is not in Git: Git was not found on this computer. Install Git, or set its location in git.path.', name), openSetting)
        .then((choice) => choice === openSetting && vscode.commands.executeCommand('workbench.action.openSettings', 'git.path'));
      return;
  }
}

function offerRepository(root: vscode.Uri, file: vscode.Uri, name: string, commitMessage: string | undefined): void {
  const initialise = t('Initialize Repository');
  void vscode.window
    .showInformationMessage(t('Created {0}. This folder is not a Git repository, so the file is not tracked.', name), initialise)
    .then(async (choice) => {
      if (choice !== initialise) return;
      reportGitOutcome(await initialiseRepository(root, file, commitMessage), file, commitMessage);
    });
}

function warnNotCommitted(reason: 'others-staged' | 'no-user' | 'failed', detail: string, name: string): void {
  const sourceControl = t('Open Source Control');
  const message =
    reason === 'others-staged'
      ? t('Created and staged {0}, but did not commit it: {1} other staged change(s) would have gone into the same commit. Commit from Source Control when you are ready.', name, detail)
      : reason === 'no-user'
        ? t('Created and staged {0}, but the commit failed: Git does not know your name and e-mail yet. Set user.name and user.email (for example: git config --global user.name "Your Name"), then commit from Source Control.', name)
        : t('Created and staged {0}, but the commit failed: {1}', name, detail);
  void vscode.window.showWarningMessage(message, sourceControl).then((choice) => choice === sourceControl && vscode.commands.executeCommand('workbench.view.scm'));
}
