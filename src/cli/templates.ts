import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { builtInTemplates, loadTemplate, scaffoldFileName, scaffoldKindProblem, scaffoldPathProblem, text, type SessionTemplate, type TemplateProblem, type Text } from '../core/index';
import { codedError, fileErrorReason, NOT_REGULAR } from './fileErrors';

/** The default workspace template folder, shared with the extension. */
export const WORKSPACE_TEMPLATES = '.sessions/templates';

export interface LoadedTemplates {
  readonly templates: SessionTemplate[];
  readonly problems: TemplateProblem[];
}

/** Built-in templates, then each folder's; a later template with the same id wins. */
export function loadTemplates(folders: readonly string[], cwd: string): LoadedTemplates {
  const builtIn = builtInTemplates();
  const byId = new Map(builtIn.templates.map((template) => [template.id, template]));
  const problems: TemplateProblem[] = [...builtIn.problems];
  const workspace = resolve(cwd, WORKSPACE_TEMPLATES);
  const all = existsSync(workspace) && !folders.some((folder) => resolve(cwd, folder) === workspace) ? [workspace, ...folders] : folders;
  for (const folder of all) {
    const path = resolve(cwd, folder);
    let names: string[];
    try {
      names = readdirSync(path).filter((name) => name.endsWith('.template.json')).sort();
    } catch (error) {
      problems.push({ file: folder, pointer: '', message: readFailure(error), position: undefined });
      continue;
    }
    for (const name of names) {
      const result = loadTemplateFile(join(path, name));
      if (result.ok) byId.set(result.template.id, result.template);
      else problems.push(...result.problems);
    }
  }
  return { templates: [...byId.values()], problems };
}

function loadTemplateFile(file: string) {
  let json: string;
  try {
    json = readRegularFile(file);
  } catch (error) {
    return { ok: false as const, problems: [{ file, pointer: '', message: readFailure(error), position: undefined }] };
  }
  const folder = dirname(file);
  const scaffoldPath = resolve(folder, scaffoldFileName(json, basename(file)));
  const problem = scaffoldProblem(folder, scaffoldPath);
  if (problem) return { ok: false as const, problems: [{ file, pointer: '/scaffold', message: problem, position: undefined }] };
  let scaffold: string | undefined;
  try {
    scaffold = existsSync(scaffoldPath) ? readFileSync(scaffoldPath, 'utf8') : undefined;
  } catch (error) {
    return { ok: false as const, problems: [{ file, pointer: '/scaffold', message: readFailure(error), position: undefined }] };
  }
  return loadTemplate({ file, json, scaffold });
}

/** Why the scaffold at `path` is not read: outside the folder (also through a link), a folder, a FIFO or other special file. */
function scaffoldProblem(folder: string, path: string): Text | undefined {
  const outside = scaffoldPathProblem(folder, path);
  if (outside) return outside;
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return undefined; // no scaffold: the template works without one
  if (stat.isDirectory()) return scaffoldKindProblem(path, 'folder');
  if (!stat.isFile()) return scaffoldKindProblem(path, 'special');
  return scaffoldPathProblem(realpathSync(folder), realpathSync(path));
}

/** Reads a file that is a regular file; a folder or a FIFO is refused before it can block. */
function readRegularFile(file: string): string {
  const stat = statSync(file);
  if (!stat.isFile()) throw codedError(stat.isDirectory() ? 'EISDIR' : NOT_REGULAR);
  return readFileSync(file, 'utf8');
}

function readFailure(error: unknown): Text {
  const reason = fileErrorReason(error);
  return text(`Kan niet gelezen worden: ${reason.nl}.`, `Cannot be read: ${reason.en}.`);
}
