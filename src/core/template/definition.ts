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
  readonly answerLabels?: readonly string[];
  readonly tables?: {
    readonly participants?: TableDefinition<'name' | 'role' | 'sector' | 'present'>;
    readonly agenda?: TableDefinition<'start' | 'item' | 'duration'>;
    readonly agreements?: TableDefinition<'agreement' | 'responsible' | 'deadline'>;
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
