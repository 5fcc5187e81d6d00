import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import validateDefinition from 'virtual:template-validator';
import { text, type Text } from '../i18n/text';
import { pointerSegments, propertyKeyOffset } from '../json/pointer';
import { describeSchemaError } from '../json/schemaError';
import { toSourceText, positionAt, type Position } from '../source';
import type { PromptDefinition, TemplateDefinition } from './definition';
import { deeperThan, MAX_JSON_DEPTH } from './jsonDepth';
import { compilePattern, NEVER, type TemplatePattern } from './pattern';
import { rulePatternSources } from './rulePatterns';
import type { CompiledTable, OwnershipCheckTable, Prompt, SessionTemplate } from './template';

/** What is wrong with a template definition, and where. */
export interface TemplateProblem {
  /** The definition's file (or `built-in:<id>`). */
  readonly file: string;
  /** JSON pointer to the offending value; empty for the whole document. */
  readonly pointer: string;
  readonly message: Text;
  /** Where the offending value starts in the file, when the text was given. */
  readonly position: Position | undefined;
}

export type TemplateLoad =
  | { readonly ok: true; readonly template: SessionTemplate }
  | { readonly ok: false; readonly problems: readonly TemplateProblem[] };

export interface TemplateSource {
  /** File name shown in problems and in the UI. */
  readonly file: string;
  /** The definition's JSON text. */
  readonly json: string;
  /** The Markdown scaffold, when it was found. */
  readonly scaffold?: string;
}

/**
 * Parses, validates (with the validator precompiled at build time) and compiles one
 * template definition. Never throws: a broken definition comes back as problems.
 */
export function loadTemplate(input: TemplateSource): TemplateLoad {
  const source = toSourceText(input.json);
  // The JSON parser and the validator recurse: nesting deeper than any definition needs is refused first.
  const tooDeep = deeperThan(source.text, MAX_JSON_DEPTH);
  if (tooDeep !== undefined) {
    return {
      ok: false,
      problems: [
        {
          file: input.file,
          pointer: '',
          message: text(`Meer dan ${MAX_JSON_DEPTH} niveaus diep genest.`, `Nested more than ${MAX_JSON_DEPTH} levels deep.`),
          position: positionAt(source, tooDeep),
        },
      ],
    };
  }
  const syntaxErrors: ParseError[] = [];
  const tree = parseTree(source.text, syntaxErrors, { allowTrailingComma: false, disallowComments: true });
  const at = (offset: number) => positionAt(source, offset);
  if (syntaxErrors.length > 0 || !tree) {
    const first = syntaxErrors[0];
    const code = first ? printParseErrorCode(first.error) : 'empty file';
    return {
      ok: false,
      problems: [
        {
          file: input.file,
          pointer: '',
          message: text(`Geen geldige JSON (${code}).`, `Not valid JSON (${code}).`),
          position: first ? at(first.offset) : undefined,
        },
      ],
    };
  }
  const locate = (pointer: string) => {
    const node = findNodeAtLocation(tree, pointerSegments(pointer));
    return node ? at(propertyKeyOffset(node)) : undefined;
  };
  const data: unknown = JSON.parse(source.text);
  if (!validateDefinition(data)) {
    const problems = (validateDefinition.errors ?? []).map((error) => ({
      file: input.file,
      pointer: error.instancePath,
      message: describeSchemaError(error),
      // An unknown property is shown at its own key, not at the object that holds it.
      position: locate(error.keyword === 'additionalProperties' ? `${error.instancePath}/${String((error.params as { additionalProperty: string }).additionalProperty).replace(/~/g, '~0').replace(/\//g, '~1')}` : error.instancePath),
    }));
    return { ok: false, problems };
  }
  return compileTemplate(data as TemplateDefinition, input.file, input.scaffold, locate);
}

/** The same checks for a definition that is already data (the built-in templates). */
export function loadTemplateData(definition: unknown, file: string, scaffold?: string): TemplateLoad {
  return loadTemplate({ file, json: JSON.stringify(definition, null, 2), scaffold });
}

/** What New Session asks when a definition declares no prompts: the date and a title. */
const DEFAULT_PROMPTS: readonly PromptDefinition[] = [
  { id: 'date', type: 'date', label: text('Datum van de sessie', 'Date of the session'), default: 'today', required: true, fills: { field: '^Datum' } },
  { id: 'title', type: 'text', label: text('Titel (voor de kop en de bestandsnaam)', 'Title (for the heading and the file name)'), fills: 'heading' },
];

function compileTemplate(
  definition: TemplateDefinition,
  file: string,
  scaffold: string | undefined,
  locate: (pointer: string) => Position | undefined,
): TemplateLoad {
  const problems: TemplateProblem[] = [];
  const pattern = (value: string, pointer: string): TemplatePattern => {
    try {
      return compilePattern(value);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      problems.push({
        file,
        pointer,
        message: text(`Geen geldig patroon (RE2-syntaxis): ${reason}`, `Not a valid pattern (RE2 syntax): ${reason}`),
        position: locate(pointer),
      });
      return NEVER;
    }
  };
  const table = <C extends string>(
    name: string,
    columns: Partial<Record<C, string>> | undefined,
  ): CompiledTable<C> | undefined => {
    if (!columns) return undefined;
    const compiled: Partial<Record<C, TemplatePattern>> = {};
    for (const [column, value] of Object.entries(columns) as [C, string][]) {
      compiled[column] = pattern(value, `/tables/${name}/columns/${column}`);
    }
    return { columns: compiled };
  };

  const tables = definition.tables ?? {};
  const check = tables.ownershipCheck;
  let ownershipCheck: OwnershipCheckTable | undefined;
  if (check) {
    ownershipCheck = {
      ...table<'question' | 'answer'>('ownershipCheck', check.columns)!,
      ownerQuestion: pattern(check.ownerQuestion, '/tables/ownershipCheck/ownerQuestion'),
      yes: pattern(check.yes, '/tables/ownershipCheck/yes'),
      no: pattern(check.no, '/tables/ownershipCheck/no'),
      questions: check.questions,
      options: check.options ?? '[ ] Ja [ ] Nee',
    };
  }
  // Every pattern in the rules' parameters, compiled once here so the rules only look them up.
  const patterns = new Map<string, TemplatePattern>();
  for (const { pointer, source } of rulePatternSources(definition.rules)) {
    if (!patterns.has(source)) patterns.set(source, pattern(source, pointer));
  }
  const promptIds = new Set<string>();
  (definition.prompts ?? []).forEach((prompt, index) => {
    // Checked here rather than with the schema's uniqueItems, which compares every pair of prompts.
    if (promptIds.has(prompt.id)) {
      const pointer = `/prompts/${index}/id`;
      problems.push({ file, pointer, message: text(`Vraag "${prompt.id}" komt twee keer voor.`, `Prompt "${prompt.id}" appears twice.`), position: locate(pointer) });
    }
    promptIds.add(prompt.id);
  });

  const template: SessionTemplate = {
    id: definition.id,
    version: definition.version ?? '1.0.0',
    name: definition.name,
    description: definition.description,
    file,
    scaffold,
    heading: definition.match.heading === undefined ? undefined : pattern(definition.match.heading, '/match/heading'),
    answerLabels: definition.answerLabels ?? [],
    participants: table('participants', tables.participants?.columns),
    agenda: table('agenda', tables.agenda?.columns),
    agreements: table('agreements', tables.agreements?.columns),
    records: {
      journeys: table('journeys', tables.journeys?.columns),
      planning: table('planning', tables.planning?.columns),
      invitations: table('invitations', tables.invitations?.columns),
    },
    ownershipCheck,
    benefits: definition.benefits && {
      heading: pattern(definition.benefits.heading, '/benefits/heading'),
      ownerField: pattern(definition.benefits.ownerField, '/benefits/ownerField'),
    },
    rules: definition.rules ?? {},
    patterns,
    prompts: (definition.prompts ?? DEFAULT_PROMPTS).map((prompt, index) =>
      typeof prompt.fills === 'string' ? (prompt as Prompt) : { ...prompt, fills: { field: pattern(prompt.fills.field, `/prompts/${index}/fills/field`) } },
    ),
    definition,
  };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, template };
}

/**
 * The scaffold file beside a definition: its `scaffold` property, or `<id>.md` for
 * `<id>.template.json`. Reads the JSON leniently; a broken definition is loadTemplate's to report.
 */
export function scaffoldFileName(json: string, definitionFileName: string): string {
  try {
    const scaffold = (JSON.parse(json) as { scaffold?: unknown } | null)?.scaffold;
    if (typeof scaffold === 'string' && scaffold !== '') return scaffold;
  } catch {
    // fall through to the default name
  }
  return definitionFileName.replace(/\.template\.json$/, '.md');
}

