import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { text, type Language } from '../core/index';
import { UsageError } from './args';

const MAGIC = /[*?[\]{}!]/;

/** As {@link expandPatterns}; a pattern that cannot be read is said on stderr, and undefined returned (exit 2). */
export async function expandPatternsOrSay(patterns: readonly string[], io: { readonly cwd: string; stderr(text: string): void }, language: Language): Promise<string[] | undefined> {
  try {
    return await expandPatterns(patterns, io.cwd);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`session-lint: ${error.text[language]}\n`);
    return undefined;
  }
}

/**
 * Turns the command line's files, folders and globs into file paths, in the order given,
 * each once. A plain path is kept even if it does not exist, so reading it reports why.
 */
export async function expandPatterns(patterns: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };
  for (const pattern of patterns) {
    let isFolder = false;
    try {
      isFolder = !MAGIC.test(pattern) && statSync(resolve(cwd, pattern), { throwIfNoEntry: false })?.isDirectory() === true;
    } catch {
      isFolder = false;
    }
    if (!MAGIC.test(pattern) && !isFolder) {
      add(pattern);
      continue;
    }
    const query = isFolder ? `${pattern.replace(/[\\/]+$/, '')}/**/*.{md,markdown}` : pattern;
    const matches = await glob(query, { cwd, ignore: ['**/node_modules/**', '**/.git/**'], expandDirectories: false });
    if (matches.length === 0) throw new UsageError(`no files match ${pattern}`, text(`geen bestanden gevonden voor ${pattern}`, `no files match ${pattern}`));
    for (const match of matches.sort()) add(match);
  }
  return files;
}
