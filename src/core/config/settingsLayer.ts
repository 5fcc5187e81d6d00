import type { Language } from '../i18n/text';
import type { SessionStatus, SeveritySetting } from '../severity';

/** A rule's parameters as a configuration gives them (`maxMinutes`, `names`, …), without its severity. */
export type RuleParameters = Readonly<Record<string, unknown>>;

/**
 * What one source of settings says: the built-in defaults, the team's configuration file, a
 * person's VS Code settings or the command line's flags. Everything is optional: a layer
 * says only what it sets, and a later layer wins where it says something.
 */
export interface SettingsLayer {
  readonly language?: Language;
  /** Severity per rule id, over the template's and the rule's own. */
  readonly severities?: Readonly<Record<string, SeveritySetting>>;
  /** Parameters per rule id; each parameter given replaces that parameter in every template. */
  readonly ruleParameters?: Readonly<Record<string, RuleParameters>>;
  /** Levels open items move per session status. */
  readonly statusShifts?: Readonly<Partial<Record<SessionStatus, number>>>;
  readonly sessionsFolder?: string;
  readonly fileNamePattern?: string;
}

/**
 * The layers in order of precedence, lowest first (defaults, configuration file, a person's
 * settings or the command line): a later layer wins per value; severities, status levels and
 * each rule's parameters are merged per key, so a person who turns one rule off keeps the
 * team's severities for the others.
 */
export function mergeSettingsLayers(...layers: readonly SettingsLayer[]): SettingsLayer {
  const merged: {
    -readonly [K in keyof SettingsLayer]: SettingsLayer[K];
  } = {};
  for (const layer of layers) {
    if (layer.language !== undefined) merged.language = layer.language;
    if (layer.sessionsFolder !== undefined) merged.sessionsFolder = layer.sessionsFolder;
    if (layer.fileNamePattern !== undefined) merged.fileNamePattern = layer.fileNamePattern;
    merged.severities = mergeRecords(merged.severities, layer.severities);
    merged.statusShifts = mergeRecords(merged.statusShifts, layer.statusShifts);
    merged.ruleParameters = mergeParameters(merged.ruleParameters, layer.ruleParameters);
  }
  return merged;
}

/** `over` on top of `under`; either one itself when the other adds nothing, so an unchanged record keeps its identity. */
function mergeRecords<T extends object>(under: T | undefined, over: T | undefined): T | undefined {
  if (!over || Object.keys(over).length === 0) return under;
  if (!under || Object.keys(under).length === 0) return over;
  return { ...under, ...over };
}

/** Per rule, the later layer's parameters over the earlier's. */
function mergeParameters(
  under: Readonly<Record<string, RuleParameters>> | undefined,
  over: Readonly<Record<string, RuleParameters>> | undefined,
): Readonly<Record<string, RuleParameters>> | undefined {
  if (!over || Object.keys(over).length === 0) return under;
  if (!under || Object.keys(under).length === 0) return over;
  const merged: Record<string, RuleParameters> = { ...under };
  for (const [rule, parameters] of Object.entries(over)) merged[rule] = { ...under[rule], ...parameters };
  return merged;
}
