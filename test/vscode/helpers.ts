import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CROSS_FILE_RULES } from '../../src/core/index';
import type { SessionTemplatesApi } from '../../src/extension';
import type { NewSessionRequest, NewSessionResult } from '../../src/vscode/newSession';
import userSheet from '../../src/templates/baateigenaren.md';

/** The user's own sheet, as shipped. */
export const USER_SHEET: string = userSheet;

/** The example workspace the tests run in (a fresh copy of test/workspace). */
export function workspaceUri(...path: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...path);
}

export const BLANK_SHEET = ['sessies', '2026-03-05-baateigenaren-blanco.md'];
export const FILLED_SHEET = ['sessies', '2026-03-12-baateigenaren-klant-in-beeld.md'];

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'Session Templates');
}

/**
 * Resolves with the document's diagnostics once they satisfy `ready`: checked now and on
 * every onDidChangeDiagnostics event, never by sleeping.
 */
export function diagnosticsWhen(uri: vscode.Uri, ready: (diagnostics: vscode.Diagnostic[]) => boolean, label = 'diagnostics'): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const current = ours(uri);
      if (!ready(current)) return false;
      subscription.dispose();
      clearTimeout(timer);
      resolve(current);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${label} on ${uri.path}; now: ${ours(uri).map((d) => d.code && typeof d.code === 'object' ? d.code.value : d.code).join(', ')}`));
      // Well inside the test's own timeout, so the test fails with what was there, not a bare timeout.
    }, 45_000);
    check();
  });
}

export function ruleOf(diagnostic: vscode.Diagnostic): string {
  return typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
}

const CROSS_FILE = new Set(CROSS_FILE_RULES.map((rule) => rule.id));

/** A sheet's own findings, without those across files (a sheet in the example programme gets overdue agreements too). */
export function sheetOwn(found: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  return found.filter((diagnostic) => !isCrossFile(ruleOf(diagnostic)));
}

export function isCrossFile(rule: string): boolean {
  return CROSS_FILE.has(rule);
}

export async function openSheet(path: string[]): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(...path));
  return vscode.window.showTextDocument(document);
}

/** Writes a new Markdown file into the workspace and opens it. */
export async function openNewSheet(name: string, text: string): Promise<vscode.TextEditor> {
  const uri = workspaceUri('sessies', name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return openSheet(['sessies', name]);
}

/** Closes every editor, throwing away unsaved changes, so each test starts clean. */
export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The extension's API (it activates the extension if needed). */
export async function api(): Promise<SessionTemplatesApi> {
  const extension = vscode.extensions.getExtension<SessionTemplatesApi>('session-templates.session-templates');
  assert.ok(extension, 'the extension is installed');
  return extension.activate();
}


/** A file's text through VS Code's file system, which both extension hosts have (the web worker has no Node fs). */
export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** Which extension host runs the suites: the runner of each host says, and the host test checks it. */
export type ExtensionHostKind = 'node' | 'web worker';

export function intendedHost(): ExtensionHostKind {
  const intended = (globalThis as { sessionTemplatesTestHost?: ExtensionHostKind }).sessionTemplatesTestHost;
  if (!intended) throw new Error('the suites’ runner did not say which extension host it meant');
  return intended;
}

/** An answer to every question a built-in template's New Session asks, so none is asked. */
export const SESSION_ANSWERS = {
  date: '12 maart 2027',
  title: 'Klant in Beeld, ronde 2',
  location: 'Stadhuis, zaal 3',
  facilitator: 'Fatima El Amrani',
  noteTaker: 'Daan Koster',
  participants: 'Anna de Vries, Bram Jansen',
  traject: 'traject-schulden-en-werk.md',
  municipality: 'Gemeente Waterland',
  theme: 'Schulden en werk',
  lead: 'Fleur Visser',
};

/** Runs New Session with its choices as the argument, as a keybinding would; fails when nothing was made. */
export async function newSession(request: NewSessionRequest): Promise<NewSessionResult> {
  await api();
  const result = await vscode.commands.executeCommand<NewSessionResult | undefined>('sessionTemplates.newSession', request);
  assert.ok(result, 'a session was created');
  return result;
}

/** Runs `body` with a sessionTemplates setting in the workspace, and removes it after. */
export async function withSetting<T>(key: string, value: unknown, body: () => Promise<T>): Promise<T> {
  const config = vscode.workspace.getConfiguration('sessionTemplates');
  await config.update(key, value, vscode.ConfigurationTarget.Workspace);
  try {
    return await body();
  } finally {
    await config.update(key, undefined, vscode.ConfigurationTarget.Workspace);
  }
}
