import * as vscode from 'vscode';
import { t } from './i18n';
import type { GitApi, GitError, GitExtension, GitRepository } from './gitApi';
import { EXTENSION_HOST } from './platform/extensionHost';

/** What happened when a new sheet was put in git; the file is kept in every case. */
export type GitOutcome =
  | { readonly kind: 'staged' }
  | { readonly kind: 'committed'; readonly message: string }
  | { readonly kind: 'untrusted' }
  | { readonly kind: 'unavailable'; readonly reason: GitUnavailable }
  | { readonly kind: 'no-repository'; readonly root: vscode.Uri }
  | { readonly kind: 'stage-failed'; readonly detail: string }
  | { readonly kind: 'not-committed'; readonly reason: 'others-staged' | 'no-user' | 'failed'; readonly detail: string };

/** Why Git cannot be used: in the browser (vscode.dev, github.dev) no Git is at hand for an extension. */
export type GitUnavailable = 'extension-disabled' | 'git-disabled' | 'git-not-found' | 'browser';

/** How long to wait for the Git extension's first scan of the workspace before going on. */
const GIT_READY_LIMIT_MS = 10_000;

/**
 * Stages a new file through the built-in Git extension's API, and commits it when a
 * message is given. Git runs only through that API (no shell, no child processes of our
 * own) and never in Restricted Mode.
 */
export async function placeInGit(file: vscode.Uri, commitMessage: string | undefined): Promise<GitOutcome> {
  const api = await gitApi();
  if ('kind' in api) return api;
  const folder = vscode.Uri.joinPath(file, '..');
  const repository = api.getRepository(file) ?? (await api.openRepository(folder).catch(() => null));
  if (!repository) return { kind: 'no-repository', root: vscode.workspace.getWorkspaceFolder(file)?.uri ?? folder };
  return addAndCommit(repository, file, commitMessage);
}

/** `git init` in the folder (after the person asked for it), then stages and commits as usual. */
export async function initialiseRepository(root: vscode.Uri, file: vscode.Uri, commitMessage: string | undefined): Promise<GitOutcome> {
  const api = await gitApi();
  if ('kind' in api) return api;
  try {
    const repository = await api.init(root);
    if (!repository) return { kind: 'stage-failed', detail: t('git init gave no repository') };
    return addAndCommit(repository, file, commitMessage);
  } catch (error) {
    return { kind: 'stage-failed', detail: describeError(error) };
  }
}

async function gitApi(): Promise<GitApi | GitOutcome> {
  // The Git extension has no browser build: in the browser's extension host it is missing
  // (vscode.dev) or runs in another extension host, whose API cannot be reached from here.
  if (EXTENSION_HOST === 'web worker') return { kind: 'unavailable', reason: 'browser' };
  if (!vscode.workspace.isTrusted) return { kind: 'untrusted' };
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) return { kind: 'unavailable', reason: 'extension-disabled' };
  const exports = extension.isActive ? extension.exports : await extension.activate();
  if (!exports.enabled) {
    const off = vscode.workspace.getConfiguration('git').get<boolean>('enabled') === false;
    return { kind: 'unavailable', reason: off ? 'git-disabled' : 'git-not-found' };
  }
  const api = exports.getAPI(1);
  if (api.state !== 'initialized') await initialized(api);
  return api;
}

/** Resolves when the Git extension has scanned the workspace, or after a limit (then we go on). */
function initialized(api: GitApi): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      subscription.dispose();
      clearTimeout(timer);
      resolve();
    };
    const subscription = api.onDidChangeState((state) => state === 'initialized' && done());
    const timer = setTimeout(done, GIT_READY_LIMIT_MS);
  });
}

async function addAndCommit(repository: GitRepository, file: vscode.Uri, commitMessage: string | undefined): Promise<GitOutcome> {
  try {
    await repository.add([file.fsPath]);
  } catch (error) {
    return { kind: 'stage-failed', detail: describeError(error) };
  }
  if (commitMessage === undefined) return { kind: 'staged' };
  // A commit takes everything staged: never sweep someone's other staged work into it.
  await repository.status();
  const others = repository.state.indexChanges.filter((change) => change.uri.fsPath !== file.fsPath);
  if (others.length > 0) return { kind: 'not-committed', reason: 'others-staged', detail: String(others.length) };
  // Checked first because a commit that git refuses this early races the Git extension: it
  // writes the message to a git that has already exited, an uncaught EPIPE in the extension host.
  const missing = await missingIdentity(repository);
  if (missing.length > 0) return { kind: 'not-committed', reason: 'no-user', detail: missing.join(', ') };
  try {
    await repository.commit(commitMessage, { requireUserConfig: true });
    return { kind: 'committed', message: commitMessage };
  } catch (error) {
    const code = (error as GitError).gitErrorCode;
    const noUser = code === 'NoUserNameConfigured' || code === 'NoUserEmailConfigured';
    return { kind: 'not-committed', reason: noUser ? 'no-user' : 'failed', detail: describeError(error) };
  }
}

/** `user.name` and `user.email` as set in the repository or globally; the ones set nowhere. */
async function missingIdentity(repository: GitRepository): Promise<string[]> {
  const missing: string[] = [];
  for (const key of ['user.name', 'user.email']) {
    const local = await repository.getConfig(key).catch(() => '');
    const global = local || (await repository.getGlobalConfig(key).catch(() => ''));
    if (!global.trim()) missing.push(key);
  }
  return missing;
}

function describeError(error: unknown): string {
  const { stderr, message } = (error ?? {}) as GitError;
  const text = (stderr?.trim() || message || String(error)).split('\n').filter((line) => line.trim() !== '');
  return text.slice(0, 3).join(' ');
}
