import * as vscode from 'vscode';
import type { Language } from '../core/index';
import dutch from '../../l10n/bundle.l10n.nl.json';
import { onDidChangeConfigFiles } from './configFile';
import { readSettings } from './settings';

const DUTCH: Readonly<Record<string, string>> = dutch;

/** The one language everything of ours is shown in: `sessionTemplates.language`, not VS Code's display language. */
export function language(): Language {
  return readSettings().language;
}

/**
 * Like vscode.l10n.t, but in the language the user chose for the extension, so that the
 * status bar, views, pickers and notifications speak the findings' language. The English
 * text is the key; l10n/bundle.l10n.nl.json holds the Dutch.
 */
export function t(message: string, ...args: (string | number)[]): string {
  const template = language() === 'nl' ? (DUTCH[message] ?? message) : message;
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => (index in args ? String(args[Number(index)]) : whole));
}

/** Runs `listener` whenever the chosen language may have changed: the setting, or the configuration file. */
export function onDidChangeLanguage(listener: () => void): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('sessionTemplates.language')) listener();
    }),
    onDidChangeConfigFiles(listener),
  );
}
