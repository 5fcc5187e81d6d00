/** A name as compared: lower case, no accents, no parenthesised note, single spaces. */
export function normaliseName(name: string): string {
  return withoutNotes(name)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
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

/**
 * Each `(…)` becomes a space, up to the first `)` after it. A scan, not `/\([^)]*\)/g`,
 * which runs to the end of the text from every unclosed `(`: quadratic on `((((…`.
 */
function withoutNotes(name: string): string {
  let result = '';
  let from = 0;
  for (let open = name.indexOf('('); open !== -1; open = name.indexOf('(', from)) {
    const close = name.indexOf(')', open);
    if (close === -1) break; // no later `(` can be closed either
    result += `${name.slice(from, open)} `;
    from = close + 1;
  }
  return result + name.slice(from);
}
