import { loadTemplateData, type TemplateProblem } from './load';
import type { SessionTemplate } from './template';
import baateigenarenDefinition from '../../templates/baateigenaren.template.json';
import baateigenarenScaffold from '../../templates/baateigenaren.md';

/** The templates that ship with the extension, as definition data plus scaffold text. */
const BUILT_IN = [{ definition: baateigenarenDefinition, scaffold: baateigenarenScaffold, file: 'baateigenaren.template.json' }];

let loaded: { templates: SessionTemplate[]; problems: TemplateProblem[] } | undefined;

/** Loads the built-in templates once; a broken one is a bug, reported but never fatal. */
export function builtInTemplates(): { templates: readonly SessionTemplate[]; problems: readonly TemplateProblem[] } {
  if (!loaded) {
    loaded = { templates: [], problems: [] };
    for (const entry of BUILT_IN) {
      const result = loadTemplateData(entry.definition, `built-in:${entry.file}`, entry.scaffold);
      if (result.ok) loaded.templates.push(result.template);
      else loaded.problems.push(...result.problems);
    }
  }
  return loaded;
}
