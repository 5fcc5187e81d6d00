import type { ErrorObject } from 'ajv';
import { text, type Text } from '../i18n/text';

/** An ajv error as a person reads it, in Dutch and English. */
export function describeSchemaError(error: ErrorObject): Text {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return text(`Eigenschap "${params.missingProperty}" ontbreekt.`, `Property "${params.missingProperty}" is missing.`);
    case 'additionalProperties':
      return text(`Onbekende eigenschap "${params.additionalProperty}".`, `Unknown property "${params.additionalProperty}".`);
    case 'type':
      return text(`Moet van het type ${params.type} zijn.`, `Must be of type ${params.type}.`);
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ');
      return text(`Moet een van deze waarden zijn: ${allowed}.`, `Must be one of: ${allowed}.`);
    }
    case 'pattern':
      return text(`Past niet in het vereiste patroon ${params.pattern}.`, `Does not match the required pattern ${params.pattern}.`);
    case 'minLength':
      return text(`Mag niet leeg zijn.`, `Must not be empty.`);
    case 'minItems':
      return text(`Moet minstens ${params.limit} element(en) hebben.`, `Must have at least ${params.limit} item(s).`);
    case 'minimum':
      return text(`Moet minstens ${params.limit} zijn.`, `Must be at least ${params.limit}.`);
    case 'maximum':
      return text(`Mag hoogstens ${params.limit} zijn.`, `Must be at most ${params.limit}.`);
    case 'uniqueItems':
      return text(`Bevat dubbele waarden.`, `Contains duplicate values.`);
    default:
      return text(`Ongeldige waarde: ${error.message ?? error.keyword}.`, `Invalid value: ${error.message ?? error.keyword}.`);
  }
}
