/** A name as compared: lower case, no accents, no parenthesised note, single spaces. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[*_`"“”'‘’]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Whether an owner as written refers to a person as listed: the same name, or the
 * first name alone (`Anna` for `Anna de Wit`).
 */
export function namesMatch(written: string, listed: string): boolean {
  const a = normaliseName(written);
  const b = normaliseName(listed);
  if (a === '' || b === '') return false;
  return a === b || b.startsWith(`${a} `) || a.startsWith(`${b} `);
}
