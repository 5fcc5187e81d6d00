import type { ErrorObject } from 'ajv';
import { getNodeValue, parseTree, stripComments, type ParseError } from 'jsonc-parser';
import validateConfig from 'virtual:config-validator';
import { text, type Text } from '../i18n/text';
import { childPointer, locatePointer, pointerSegments } from '../json/pointer';
import { describeSchemaError } from '../json/schemaError';
import { describeSyntaxError } from '../json/syntaxError';
import type { SessionStatus, SeveritySetting } from '../severity';
import { positionAt, toSourceText, type Position } from '../source';
import { deeperThan, MAX_JSON_DEPTH } from '../template/jsonDepth';
import { compilePattern } from '../template/pattern';
import { rulePatternSources } from '../template/rulePatterns';
import type { RuleParameters, SettingsLayer } from './settingsLayer';

/** Where a workspace keeps its shared configuration, relative to its root. */
export const CONFIG_FILE = '.sessions/config.jsonc';

/** What is wrong in a configuration file, where, and what is left out because of it. */
export interface ConfigProblem {
  readonly file: string;
  /** JSON pointer to the offending value; empty for the whole file. */
  readonly pointer: string;
  readonly message: Text;
  readonly start: Position | undefined;
  readonly end: Position | undefined;
  /** The entry left out (`/rules/owner-unknown`, `/language`), or `''` when the whole file is. */
  readonly ignored: string;
}

export interface ConfigRead {
  /** What the file sets, without the entries that are wrong. */
  readonly settings: SettingsLayer;
  readonly problems: readonly ConfigProblem[];
}

/** The file as written: what the schema allows (see schemas/session-config.schema.json). */
interface ConfigData {
  language?: 'nl' | 'en';
  rules?: Record<string, SeveritySetting | ({ severity?: SeveritySetting } & Record<string, unknown>)>;
  statusLevels?: Partial<Record<SessionStatus, number>>;
  sessionsFolder?: string;
  fileNamePattern?: string;
}

/**
 * Reads `.sessions/config.jsonc` (JSON with comments and trailing commas). Never throws: a file
 * that is no JSONC is left out whole, an entry that does not fit the schema is left out on its
 * own (a wrong severity for one rule keeps the others), and each problem says where it is.
 */
export function readConfig(input: { readonly file: string; readonly text: string }): ConfigRead {
  const source = toSourceText(input.text);
  const whole = (message: Text, start?: Position, end?: Position): ConfigRead => ({
    settings: {},
    problems: [{ file: input.file, pointer: '', message, start, end, ignored: '' }],
  });
  // The parser recurses: nesting deeper than any configuration needs is refused first.
  const tooDeep = deeperThan(source.text, MAX_JSON_DEPTH);
  if (tooDeep !== undefined) {
    return whole(text(`Meer dan ${MAX_JSON_DEPTH} niveaus diep genest.`, `Nested more than ${MAX_JSON_DEPTH} levels deep.`), positionAt(source, tooDeep));
  }
  // An empty file, or one with only comments, sets nothing.
  if (stripComments(source.text).trim() === '') return { settings: {}, problems: [] };
  const syntaxErrors: ParseError[] = [];
  const tree = parseTree(source.text, syntaxErrors, { allowTrailingComma: true, disallowComments: false });
  if (syntaxErrors.length > 0) {
    const [first] = syntaxErrors;
    return whole(describeSyntaxError(first.error), positionAt(source, first.offset), positionAt(source, first.offset + first.length));
  }
  if (!tree) return { settings: {}, problems: [] };

  // Plain objects, as JSON.parse would give (the parser's own have no prototype).
  const data: unknown = JSON.parse(JSON.stringify(getNodeValue(tree)));
  const problems: ConfigProblem[] = [];
  const ignored = new Set<string>();
  const report = (pointer: string, message: Text) => {
    const entry = entryOf(pointer);
    const place = locatePointer(tree, source, pointer) ?? locatePointer(tree, source, entry);
    if (problems.some((problem) => problem.pointer === pointer && problem.message.en === message.en)) return;
    problems.push({ file: input.file, pointer, message, start: place?.start, end: place?.end, ignored: entry });
    ignored.add(entry);
  };
  if (!validateConfig(data)) {
    for (const error of validateConfig.errors ?? []) {
      // `if` only says the `then` or `else` branch failed; that branch's own error says how.
      if (error.keyword === 'if') continue;
      const pointer = error.keyword === 'additionalProperties' ? childPointer(error.instancePath, String((error.params as { additionalProperty: string }).additionalProperty)) : error.instancePath;
      report(pointer, describeConfigError(error, pointer));
    }
  }
  if (ignored.has('')) return { settings: {}, problems };
  const valid = withoutEntries(data as ConfigData, ignored);
  // Patterns in rule parameters must compile, as in a template; a rule whose pattern does not is left out.
  for (const { pointer, source: pattern } of rulePatternSources(valid.rules as Parameters<typeof rulePatternSources>[0])) {
    try {
      compilePattern(pattern);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      report(pointer, text(`Geen geldig patroon (RE2-syntaxis): ${reason}`, `Not a valid pattern (RE2 syntax): ${reason}`));
    }
  }
  return { settings: settingsOf(withoutEntries(valid, ignored)), problems };
}

/** The entry a problem leaves out: a top-level key, or one rule or status under `rules` or `statusLevels`. */
function entryOf(pointer: string): string {
  const [first, second] = pointerSegments(pointer);
  if (first === undefined) return '';
  const top = childPointer('', first);
  return second !== undefined && (first === 'rules' || first === 'statusLevels') ? childPointer(top, second) : top;
}

/** A copy of the data without the entries (JSON pointers as entryOf gives them). */
function withoutEntries(data: ConfigData, entries: ReadonlySet<string>): ConfigData {
  const copy: Record<string, unknown> = { ...data };
  for (const entry of entries) {
    const [first, second] = pointerSegments(entry).map(String);
    if (second === undefined) delete copy[first];
    else if (copy[first] && typeof copy[first] === 'object') {
      const inner = { ...(copy[first] as Record<string, unknown>) };
      delete inner[second];
      copy[first] = inner;
    }
  }
  return copy as ConfigData;
}

function describeConfigError(error: ErrorObject, pointer: string): Text {
  const [first, second, third] = pointerSegments(pointer);
  if (first === 'rules' && second !== undefined && third === undefined) {
    if (error.keyword === 'additionalProperties') return text(`Onbekende regel "${second}".`, `Unknown rule "${second}".`);
    if (error.keyword === 'type' || error.keyword === 'enum') {
      return text(
        'Moet een niveau zijn ("off", "hint", "info", "warning" of "error"), of een object met "severity" en de parameters van de regel.',
        'Must be a severity ("off", "hint", "info", "warning" or "error"), or an object with "severity" and the rule’s parameters.',
      );
    }
  }
  return describeSchemaError(error);
}

/** The file's entries as a settings layer. */
function settingsOf(data: ConfigData): SettingsLayer {
  const severities: Record<string, SeveritySetting> = {};
  const ruleParameters: Record<string, RuleParameters> = {};
  for (const [rule, value] of Object.entries(data.rules ?? {})) {
    if (typeof value === 'string') {
      severities[rule] = value;
      continue;
    }
    const { severity, ...parameters } = value;
    if (severity !== undefined) severities[rule] = severity;
    if (Object.keys(parameters).length > 0) ruleParameters[rule] = parameters;
  }
  return {
    ...(data.language !== undefined && { language: data.language }),
    ...(Object.keys(severities).length > 0 && { severities }),
    ...(Object.keys(ruleParameters).length > 0 && { ruleParameters }),
    ...(data.statusLevels !== undefined && { statusShifts: data.statusLevels }),
    // An empty folder means "not set", as in the VS Code setting.
    ...(data.sessionsFolder && { sessionsFolder: data.sessionsFolder }),
    ...(data.fileNamePattern !== undefined && { fileNamePattern: data.fileNamePattern }),
  };
}
