/** The languages every user-facing string exists in; Dutch first, as the users read. */
export type Language = 'nl' | 'en';

/** A user-facing text in both languages. */
export interface Text {
  readonly nl: string;
  readonly en: string;
}

export function text(nl: string, en: string): Text {
  return { nl, en };
}

/** Picks a language from a locale such as `nl-BE`, `en_GB.UTF-8` or `C`; Dutch unless it is English. */
export function languageOf(locale: string | undefined): Language {
  return locale && /^en\b|^en[-_]/i.test(locale) ? 'en' : 'nl';
}

/** Joins names as people write them: `a, b en c` / `a, b and c`. */
export function listOf(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join('');
  const and = language === 'nl' ? ' en ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items.at(-1)}`;
}
