import { loadTemplateData, type TemplateProblem } from './load';
import type { SessionTemplate } from './template';
import baateigenarenDefinition from '../../templates/baateigenaren.template.json';
import baateigenarenScaffold from '../../templates/baateigenaren.md';
import trajectDefinition from '../../templates/traject.template.json';
import trajectScaffold from '../../templates/traject.md';
import kickOffDefinition from '../../templates/kick-off.template.json';
import kickOffScaffold from '../../templates/kick-off.md';
import inwonersreisDefinition from '../../templates/inwonersreis.template.json';
import inwonersreisScaffold from '../../templates/inwonersreis.md';
import serviceBlueprintDefinition from '../../templates/service-blueprint.template.json';
import serviceBlueprintScaffold from '../../templates/service-blueprint.md';
import terugkoppelingDefinition from '../../templates/terugkoppeling.template.json';
import terugkoppelingScaffold from '../../templates/terugkoppeling.md';

/** The templates that ship with the extension, as definition data plus scaffold text. */
const BUILT_IN = [
  { definition: baateigenarenDefinition, scaffold: baateigenarenScaffold, file: 'baateigenaren.template.json' },
  { definition: trajectDefinition, scaffold: trajectScaffold, file: 'traject.template.json' },
  { definition: kickOffDefinition, scaffold: kickOffScaffold, file: 'kick-off.template.json' },
  { definition: inwonersreisDefinition, scaffold: inwonersreisScaffold, file: 'inwonersreis.template.json' },
  { definition: serviceBlueprintDefinition, scaffold: serviceBlueprintScaffold, file: 'service-blueprint.template.json' },
  { definition: terugkoppelingDefinition, scaffold: terugkoppelingScaffold, file: 'terugkoppeling.template.json' },
];

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
