import * as vscode from 'vscode';
import { isSeveritySetting, type Language, type SeveritySetting } from '../core/index';

export const SECTION = 'sessionTemplates';

/** Settings, read behind one small interface so features never parse configuration themselves. */
export interface Settings {
  readonly language: Language;
  /** Severity per rule id; invalid entries are left out (and reported once). */
  readonly severities: Readonly<Record<string, SeveritySetting>>;
  readonly invalidSeverities: readonly string[];
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const chosen = config.get<string>('language', 'nl');
  const language: Language = chosen === 'auto' ? (vscode.env.language.startsWith('nl') ? 'nl' : 'en') : chosen === 'en' ? 'en' : 'nl';
  const severities: Record<string, SeveritySetting> = {};
  const invalidSeverities: string[] = [];
  for (const [rule, value] of Object.entries(config.get<Record<string, unknown>>('rules', {}) ?? {})) {
    if (isSeveritySetting(value)) severities[rule] = value;
    else invalidSeverities.push(rule);
  }
  return { language, severities, invalidSeverities };
}
