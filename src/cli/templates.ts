import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { builtInTemplates, loadTemplate, scaffoldFileName, type SessionTemplate, type TemplateProblem } from '../core/index';

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
    json = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false as const, problems: [{ file, pointer: '', message: readFailure(error), position: undefined }] };
  }
  const scaffoldPath = join(dirname(file), scaffoldFileName(json, basename(file)));
  const scaffold = existsSync(scaffoldPath) ? readFileSync(scaffoldPath, 'utf8') : undefined;
  return loadTemplate({ file, json, scaffold });
}

function readFailure(error: unknown) {
  const reason = error instanceof Error ? error.message : String(error);
  return { nl: `Kan niet gelezen worden: ${reason}`, en: `Cannot be read: ${reason}` };
}
