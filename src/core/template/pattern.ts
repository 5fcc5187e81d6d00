import { RE2JS } from 're2js';

/**
 * A template's pattern, compiled for RE2JS: a linear-time matcher, so no pattern a template
 * can give (such as `^(a|a)*$`) and no input can make a match backtrack for minutes. It keeps
 * the part of RegExp the core uses (`test`, `exec`, `source`), so a RegExp fits where one is expected.
 */
export interface TemplatePattern {
  readonly source: string;
  test(input: string): boolean;
  exec(input: string): RegExpExecArray | null;
}

/** Compiles a template pattern, case-insensitively; throws a SyntaxError with RE2's reason when it is not valid RE2 syntax. */
export function compilePattern(source: string): TemplatePattern {
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    throw new SyntaxError(error instanceof Error ? error.message : String(error));
  }
  // The same header cells and headings are matched on every keystroke: remember the answers.
  const tested = remembered<boolean>();
  const executed = remembered<RegExpExecArray | null>();
  return {
    source,
    test: (input) => tested(input, () => compiled.test(input)),
    exec: (input) => executed(input, () => compiled.exec(input) as RegExpExecArray | null),
  };
}

/** Most distinct inputs one pattern remembers: a sheet's headers and headings, with room to spare. */
const REMEMBERED = 512;

/** A small memo of one pattern's results by input, emptied when full so it stays bounded. */
function remembered<T>(): (input: string, compute: () => T) => T {
  const results = new Map<string, T>();
  return (input, compute) => {
    if (results.has(input)) return results.get(input) as T;
    if (results.size >= REMEMBERED) results.clear();
    const result = compute();
    results.set(input, result);
    return result;
  };
}

/** Never matches: what a pattern that could not be compiled stands in for. */
export const NEVER: TemplatePattern = { source: '(?!)', test: () => false, exec: () => null };

const compiledBySource = new Map<string, TemplatePattern>();

/**
 * The compiled pattern for a source a rule reads from its parameters: the one the template
 * compiled at load when it gave it, else (a rule's own default) compiled once and kept.
 */
export function patternOf(patterns: ReadonlyMap<string, TemplatePattern> | undefined, source: string): TemplatePattern {
  const loaded = patterns?.get(source) ?? compiledBySource.get(source);
  if (loaded) return loaded;
  let compiled: TemplatePattern;
  try {
    compiled = compilePattern(source);
  } catch {
    compiled = NEVER;
  }
  compiledBySource.set(source, compiled);
  return compiled;
}
