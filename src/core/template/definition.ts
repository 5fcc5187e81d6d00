import type { Text } from '../i18n/text';
import type { Severity } from '../severity';

/** A template definition as written in `<id>.template.json` (see schemas/session-template.schema.json). */
export interface TemplateDefinition {
  readonly id: string;
  readonly version?: string;
  readonly name: Text;
  readonly description?: Text;
  readonly scaffold?: string;
  readonly match: { readonly heading?: string };
  readonly prompts?: readonly PromptDefinition[];
  readonly answerLabels?: readonly string[];
  readonly tables?: {
    readonly participants?: TableDefinition<'name' | 'role' | 'sector' | 'present'>;
    readonly agenda?: TableDefinition<'start' | 'item' | 'duration'>;
    readonly agreements?: TableDefinition<'agreement' | 'responsible' | 'deadline'>;
    readonly journeys?: TableDefinition<'title' | 'persona' | 'situation' | 'action' | 'goal'>;
    readonly planning?: TableDefinition<'step' | 'date'>;
    readonly invitations?: TableDefinition<'audience' | 'sender'>;
    readonly ownershipCheck?: TableDefinition<'question' | 'answer'> & {
      readonly ownerQuestion: string;
      readonly yes: string;
      readonly no: string;
      readonly questions: readonly string[];
      readonly options?: string;
    };
  };
  readonly benefits?: { readonly heading: string; readonly ownerField: string };
  readonly rules?: Readonly<Record<string, RuleSettings>>;
}

export interface TableDefinition<Column extends string> {
  readonly columns: Partial<Record<Column, string>>;
}

export interface RuleSettings {
  readonly severity?: Severity | 'off';
  readonly [parameter: string]: unknown;
}

/** A question New Session asks, and where in the scaffold its answer goes. */
export interface PromptDefinition {
  readonly id: string;
  readonly type: 'text' | 'date' | 'names';
  readonly label: Text;
  readonly placeholder?: Text;
  readonly required?: boolean;
  /** The answer offered; `today` for a date. */
  readonly default?: string;
  readonly fills: 'heading' | 'participants' | 'nothing' | { readonly field: string };
  /** Also write the answer to this front matter key (`traject`: the track plan). */
  readonly frontMatter?: string;
}
