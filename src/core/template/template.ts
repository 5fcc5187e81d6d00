import type { Text } from '../i18n/text';
import type { RecordColumn, RecordKind } from '../model/session';
import type { SheetStructure } from '../model/types';
import type { PromptDefinition, RuleSettings, TemplateDefinition } from './definition';
import type { TemplatePattern } from './pattern';

/** A table kind's columns, each a compiled header pattern. */
export interface CompiledTable<Column extends string> {
  readonly columns: Partial<Record<Column, TemplatePattern>>;
}

export interface OwnershipCheckTable extends CompiledTable<'question' | 'answer'> {
  readonly ownerQuestion: TemplatePattern;
  readonly yes: TemplatePattern;
  readonly no: TemplatePattern;
  readonly questions: readonly string[];
  readonly options: string;
}

/** A prompt with its field pattern compiled. */
export interface Prompt extends Omit<PromptDefinition, 'fills'> {
  readonly fills: 'heading' | 'participants' | 'nothing' | { readonly field: TemplatePattern };
}

/** A validated template definition with its patterns compiled, ready to read sheets with. */
export interface SessionTemplate {
  readonly id: string;
  readonly version: string;
  readonly name: Text;
  readonly description: Text | undefined;
  /** Where the definition came from: a file path or `built-in:<id>`. */
  readonly file: string;
  readonly scaffold: string | undefined;
  readonly heading: TemplatePattern | undefined;
  readonly answerLabels: readonly string[];
  readonly participants: CompiledTable<'name' | 'role' | 'sector' | 'present'> | undefined;
  readonly agenda: CompiledTable<'start' | 'item' | 'duration'> | undefined;
  readonly agreements: CompiledTable<'agreement' | 'responsible' | 'deadline'> | undefined;
  readonly ownershipCheck: OwnershipCheckTable | undefined;
  readonly benefits: { readonly heading: TemplatePattern; readonly ownerField: TemplatePattern } | undefined;
  /** The record tables (journeys, planning, invitations) the template declares. */
  readonly records: { readonly [K in RecordKind]?: CompiledTable<RecordColumn<K>> };
  readonly rules: Readonly<Record<string, RuleSettings>>;
  /** Every pattern the rules' parameters give, compiled at load, by its source (see patternOf). */
  readonly patterns: ReadonlyMap<string, TemplatePattern>;
  /** What New Session asks: the definition's prompts, or the date and a title. */
  readonly prompts: readonly Prompt[];
  readonly definition: TemplateDefinition;
}

/** Front matter `template: <id>` is decisive; otherwise the first H1 is matched against each template. */
export function matchTemplate(
  structure: Pick<SheetStructure, 'frontMatter' | 'title'>,
  templates: readonly SessionTemplate[],
): SessionTemplate | undefined {
  const declared = structure.frontMatter?.data.template;
  if (typeof declared === 'string') return templates.find((template) => template.id === declared);
  const title = structure.title?.text;
  if (title === undefined) return undefined;
  return templates.find((template) => template.heading?.test(title));
}
