import * as vscode from 'vscode';
import {
  DEFAULT_FILE_NAME_PATTERN,
  isSessionStatus,
  isSeveritySetting,
  mergeSettingsLayers,
  type Language,
  type RuleParameters,
  type SessionStatus,
  type SettingsLayer,
  type SeveritySetting,
} from '../core/index';
import { configFileSettings } from './configFile';

export const SECTION = 'sessionTemplates';

/** Settings, read behind one small interface so features never parse configuration themselves. */
export interface Settings {
  readonly language: Language;
  /** Severity per rule id; invalid entries are left out (and reported once). */
  readonly severities: Readonly<Record<string, SeveritySetting>>;
  readonly invalidSeverities: readonly string[];
  /** Levels open items move per session status. */
  readonly statusShifts: Readonly<Partial<Record<SessionStatus, number>>>;
  /** Rule parameters from the configuration file, over the templates' own. */
  readonly ruleParameters: Readonly<Record<string, RuleParameters>> | undefined;
  /** Larger sheets are not analysed while editing (bytes, from the KB setting). */
  readonly maxSheetSize: number;
  /** Where new sessions go, relative to the workspace folder; empty: the workspace's own sessions folder. */
  readonly sessionsFolder: string;
  readonly fileNamePattern: string;
}

/**
 * The settings for a scope: built-in defaults < the template < the workspace folder's
 * `.sessions/config.jsonc` < what the person set in VS Code (user, workspace or folder
 * settings; a setting left at its default does not hide the configuration file).
 */
export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const { layer: personal, invalidSeverities } = personalSettings(config);
  // One language for every screen: the first folder's file sets it, whatever the scope.
  const team: SettingsLayer = { ...configFileSettings(scope), language: configFileSettings().language };
  const merged = mergeSettingsLayers(team, personal);
  const maxKB = config.get<number>('maxSheetSizeKB', 512);
  const maxSheetSize = (Number.isFinite(maxKB) && maxKB > 0 ? maxKB : 512) * 1024;
  return {
    language: merged.language ?? 'nl',
    severities: merged.severities ?? {},
    invalidSeverities,
    statusShifts: merged.statusShifts ?? {},
    ruleParameters: merged.ruleParameters,
    maxSheetSize,
    sessionsFolder: merged.sessionsFolder ?? '',
    fileNamePattern: merged.fileNamePattern ?? DEFAULT_FILE_NAME_PATTERN,
  };
}

/** Only what the person set (inspect(), not get(): a default must not hide the configuration file). */
function personalSettings(config: vscode.WorkspaceConfiguration): { layer: SettingsLayer; invalidSeverities: string[] } {
  const chosen = setByPerson<string>(config, 'language');
  const language: Language | undefined = chosen === 'auto' ? (vscode.env.language.startsWith('nl') ? 'nl' : 'en') : chosen === 'en' || chosen === 'nl' ? chosen : undefined;
  const severities: Record<string, SeveritySetting> = {};
  const invalidSeverities: string[] = [];
  for (const [rule, value] of Object.entries(setByPerson<Record<string, unknown>>(config, 'rules') ?? {})) {
    if (isSeveritySetting(value)) severities[rule] = value;
    else invalidSeverities.push(rule);
  }
  const statusShifts: Partial<Record<SessionStatus, number>> = {};
  for (const [status, shift] of Object.entries(setByPerson<Record<string, unknown>>(config, 'statusLevels') ?? {})) {
    if (isSessionStatus(status) && Number.isInteger(shift)) statusShifts[status] = shift as number;
  }
  // An empty folder or pattern is the default ("not set"), as the settings' own descriptions say.
  const sessionsFolder = setByPerson<string>(config, 'sessionsFolder') || undefined;
  const fileNamePattern = setByPerson<string>(config, 'fileNamePattern') || undefined;
  return { layer: { language, severities, statusShifts, sessionsFolder, fileNamePattern }, invalidSeverities };
}

/**
 * A setting's value where the person set it: user, workspace or folder settings, the most
 * specific winning (objects merged per key, as VS Code merges them); undefined when it is
 * only at its default.
 */
function setByPerson<T>(config: vscode.WorkspaceConfiguration, key: string): T | undefined {
  const inspected = config.inspect<T>(key);
  const values = [inspected?.globalValue, inspected?.workspaceValue, inspected?.workspaceFolderValue].filter((value): value is T => value !== undefined);
  if (values.length === 0) return undefined;
  const isRecord = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
  return values.every(isRecord) ? (Object.assign({}, ...values) as T) : values.at(-1);
}
