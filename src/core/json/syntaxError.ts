import { printParseErrorCode, type ParseErrorCode } from 'jsonc-parser';
import { text, type Text } from '../i18n/text';

/** What jsonc-parser's error codes mean, said as a person would (its own names read `CommaExpected`). */
const MEANINGS: Readonly<Record<string, Text>> = {
  InvalidSymbol: text('Onverwacht teken.', 'Unexpected character.'),
  InvalidNumberFormat: text('Geen geldig getal.', 'Not a valid number.'),
  PropertyNameExpected: text('Hier hoort de naam van een eigenschap, tussen aanhalingstekens.', 'A property name in double quotes is expected here.'),
  ValueExpected: text('Hier hoort een waarde.', 'A value is expected here.'),
  ColonExpected: text('Hier hoort een dubbele punt (:).', 'A colon (:) is expected here.'),
  CommaExpected: text('Hier hoort een komma.', 'A comma is expected here.'),
  CloseBraceExpected: text('Hier hoort een sluitende accolade (}).', 'A closing brace (}) is expected here.'),
  CloseBracketExpected: text('Hier hoort een sluitende blokhaak (]).', 'A closing bracket (]) is expected here.'),
  EndOfFileExpected: text('Na het einde van het object mag niets meer staan.', 'Nothing may follow the end of the object.'),
  InvalidCommentToken: text('Ongeldig commentaar.', 'Invalid comment.'),
  UnexpectedEndOfComment: text('Commentaar zonder einde (*/ ontbreekt).', 'A comment without its end (*/ is missing).'),
  UnexpectedEndOfString: text('Tekst zonder sluitend aanhalingsteken.', 'A string without its closing quote.'),
  UnexpectedEndOfNumber: text('Onvolledig getal.', 'An incomplete number.'),
  InvalidUnicode: text('Ongeldige Unicode-escape.', 'Invalid Unicode escape.'),
  InvalidEscapeCharacter: text('Ongeldige escape na een backslash.', 'Invalid escape after a backslash.'),
  InvalidCharacter: text('Ongeldig teken in een tekst.', 'Invalid character in a string.'),
};

/** A JSON or JSONC syntax error in Dutch and English. */
export function describeSyntaxError(code: ParseErrorCode): Text {
  const name = printParseErrorCode(code);
  return MEANINGS[name] ?? text(`Geen geldige JSON (${name}).`, `Not valid JSON (${name}).`);
}
