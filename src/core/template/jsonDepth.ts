/** Deeper than any template definition needs (the schema's deepest path is under 10 levels). */
export const MAX_JSON_DEPTH = 64;

/**
 * The offset of the first `[` or `{` that opens more than `limit` levels, else undefined.
 * One pass that skips strings and comments (JSONC's; in plain JSON a comment is a syntax
 * error anyway), so JSON nested thousands deep is refused before a recursive parser sees it.
 */
export function deeperThan(json: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let at = 0; at < json.length; at++) {
    const char = json.charCodeAt(at);
    if (inString) {
      if (char === 0x5c) at++; // a backslash escapes the next character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x2f && json.charCodeAt(at + 1) === 0x2f) {
      const end = json.indexOf('\n', at);
      at = end === -1 ? json.length : end;
    } else if (char === 0x2f && json.charCodeAt(at + 1) === 0x2a) {
      const end = json.indexOf('*/', at + 2);
      at = end === -1 ? json.length : end + 1;
    } else if (char === 0x5b || char === 0x7b) {
      if (++depth > limit) return at;
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  return undefined;
}
