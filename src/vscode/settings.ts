import * as vscode from 'vscode';
import { isSessionStatus, isSeveritySetting, type Language, type SessionStatus, type SeveritySetting } from '../core/index';

export const SECTION = 'sessionTemplates';

/** Settings, read behind one small interface so features never parse configuration themselves. */
export interface Settings {
  readonly language: Language;
  /** Severity per rule id; invalid entries are left out (and reported once). */
  readonly severities: Readonly<Record<string, SeveritySetting>>;
  readonly invalidSeverities: readonly string[];
  /** Levels open items move per session status. */
  readonly statusShifts: Readonly<Partial<Record<SessionStatus, number>>>;
  /** Larger sheets are not analysed while editing (bytes, from the KB setting). */
  readonly maxSheetSize: number;
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
  const statusShifts: Partial<Record<SessionStatus, number>> = {};
  for (const [status, shift] of Object.entries(config.get<Record<string, unknown>>('statusLevels', {}) ?? {})) {
    if (isSessionStatus(status) && Number.isInteger(shift)) statusShifts[status] = shift as number;
  }
  const maxKB = config.get<number>('maxSheetSizeKB', 512);
  const maxSheetSize = (Number.isFinite(maxKB) && maxKB > 0 ? maxKB : 512) * 1024;
  return { language, severities, invalidSeverities, statusShifts, maxSheetSize };
}
