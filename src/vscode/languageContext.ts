import * as vscode from 'vscode';
import { language, onDidChangeLanguage } from './i18n';

/** The context key the manifest's when-clauses read for the language of our commands and views. */
export const LANGUAGE_CONTEXT = 'sessionTemplates.uiLanguage';

/**
 * Tells the when-clauses the language everything of ours speaks. The setting alone is not
 * enough: the workspace's `.sessions/config.jsonc` may choose English while the setting sits
 * at its default, and the palette must then speak English too. Before activation the
 * when-clauses fall back to the setting.
 */
export function languageInContext(): vscode.Disposable {
  const set = () => void vscode.commands.executeCommand('setContext', LANGUAGE_CONTEXT, language());
  set();
  return onDidChangeLanguage(set);
}
