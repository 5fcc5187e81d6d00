import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, parse, relative, resolve, sep } from 'node:path';
import { CONFIG_FILE, readConfig, text, type ConfigProblem, type SettingsLayer, type Text } from '../core/index';
import { codedError, fileErrorReason, NOT_REGULAR } from './fileErrors';

/** The configuration a run uses: what it sets, where it came from, and what is wrong with it. */
export interface RunConfig {
  /** The file read, as the user would name it; undefined when there is none. */
  readonly file: string | undefined;
  readonly settings: SettingsLayer;
  readonly problems: readonly ConfigProblem[];
  /** Why `--config FILE` could not be read; the run stops then. */
  readonly unreadable: Text | undefined;
}

const GLOB_MAGIC = /[*?[\]{}!]/;

/**
 * `--config FILE`, or else `.sessions/config.jsonc` in the folder of the first path on the
 * command line or the nearest folder above it, up to the repository's root (the first
 * folder with `.git`), or up to the current folder outside a repository. One configuration
 * per run, as ESLint has, so one run speaks one language.
 */
export function loadRunConfig(explicit: string | undefined, patterns: readonly string[], cwd: string): RunConfig {
  const file = explicit !== undefined ? resolve(cwd, explicit) : findConfigFile(startFolder(patterns, cwd), cwd);
  if (file === undefined) return { file: undefined, settings: {}, problems: [], unreadable: undefined };
  const shown = explicit ?? (relative(cwd, file) || file);
  let content: string;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw codedError(stat.isDirectory() ? 'EISDIR' : NOT_REGULAR);
    content = readFileSync(file, 'utf8');
  } catch (error) {
    return { file: shown, settings: {}, problems: [], unreadable: fileErrorReason(error) };
  }
  const read = readConfig({ file: shown, text: content });
  return { file: shown, settings: read.settings, problems: read.problems, unreadable: undefined };
}

/** Where the search starts: the first path's folder (a glob's part before its first wildcard), or the current folder. */
function startFolder(patterns: readonly string[], cwd: string): string {
  const [first] = patterns;
  if (first === undefined) return cwd;
  const segments = first.split(/[\\/]/);
  const wild = segments.findIndex((segment) => GLOB_MAGIC.test(segment));
  const base = resolve(cwd, wild === -1 ? first : segments.slice(0, wild).join('/') || '.');
  const isFolder = statSync(base, { throwIfNoEntry: false })?.isDirectory() ?? false;
  return isFolder ? base : dirname(base);
}

/** The nearest `.sessions/config.jsonc` from `start` upwards, not above the repository's root (or the current folder). */
export function findConfigFile(start: string, cwd: string): string | undefined {
  const stop = repositoryRoot(start) ?? (isInside(start, cwd) ? cwd : parse(start).root);
  for (let folder = start; ; folder = dirname(folder)) {
    const candidate = join(folder, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (folder === stop || dirname(folder) === folder) return undefined;
  }
}

/** The nearest folder at or above `start` with a `.git` (a folder, or a file in a worktree). */
function repositoryRoot(start: string): string | undefined {
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, '.git'))) return folder;
    if (dirname(folder) === folder) return undefined;
  }
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-z]:/i.test(rel));
}

/** A configuration problem as one stderr line: `file:line:col (pointer): message [what is ignored]`. */
export function formatConfigProblem(problem: ConfigProblem, language: 'nl' | 'en'): string {
  const where = problem.start ? `:${problem.start.line}:${problem.start.column}` : '';
  const pointer = problem.pointer ? ` (${problem.pointer})` : '';
  const ignored =
    problem.ignored === ''
      ? text('bestand genegeerd; de standaardwaarden gelden', 'file ignored; the defaults apply')
      : text(`${problem.ignored} genegeerd; de rest geldt`, `${problem.ignored} ignored; the rest applies`);
  return `${problem.file}${where}${pointer}: ${problem.message[language]} [${ignored[language]}]\n`;
}
