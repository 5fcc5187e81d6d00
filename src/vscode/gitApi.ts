import type * as vscode from 'vscode';

// The part of the built-in Git extension's API (`vscode.git`, getAPI(1)) this extension
// uses, written from its documented shape. Kept small on purpose: every member here is one
// we call, so a change in the API shows up as a type error in one place.

export interface GitExtension {
  readonly enabled: boolean;
  readonly onDidChangeEnablement: vscode.Event<boolean>;
  getAPI(version: 1): GitApi;
}

export interface GitApi {
  readonly state: 'uninitialized' | 'initialized';
  readonly onDidChangeState: vscode.Event<'uninitialized' | 'initialized'>;
  readonly repositories: readonly GitRepository[];
  getRepository(uri: vscode.Uri): GitRepository | null;
  openRepository(root: vscode.Uri): Promise<GitRepository | null>;
  init(root: vscode.Uri): Promise<GitRepository | null>;
}

export interface GitChange {
  readonly uri: vscode.Uri;
}

export interface GitRepository {
  readonly rootUri: vscode.Uri;
  readonly state: { readonly indexChanges: readonly GitChange[] };
  add(paths: string[]): Promise<void>;
  status(): Promise<void>;
  commit(message: string, options?: { readonly requireUserConfig?: boolean }): Promise<void>;
  /** `git config --local --get`; rejects when the key is not set. */
  getConfig(key: string): Promise<string>;
  /** `git config --global --get`; rejects when the key is not set. */
  getGlobalConfig(key: string): Promise<string>;
}

/** The errors the Git extension throws carry git's own code and output. */
export interface GitError {
  readonly message?: string;
  readonly stderr?: string;
  readonly gitErrorCode?: string;
}
