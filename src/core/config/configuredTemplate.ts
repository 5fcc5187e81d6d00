import type { SessionTemplate } from '../template/template';
import type { RuleParameters } from './settingsLayer';

const derived = new WeakMap<SessionTemplate, WeakMap<object, SessionTemplate>>();

/**
 * The template with a configuration's rule parameters over its own: each parameter given
 * replaces the template's (a list such as `owner-deflected.names` as a whole). Everything that
 * reads a template's `rules` (the rules, the owner verdict, the track checks) then sees the
 * same values. The same template and parameters give the same object, so caches keep working.
 */
export function withRuleParameters(template: SessionTemplate, parameters: Readonly<Record<string, RuleParameters>> | undefined): SessionTemplate {
  if (!parameters || Object.keys(parameters).length === 0) return template;
  let byParameters = derived.get(template);
  if (!byParameters) derived.set(template, (byParameters = new WeakMap()));
  let configured = byParameters.get(parameters);
  if (!configured) {
    const rules = { ...template.rules };
    for (const [rule, overrides] of Object.entries(parameters)) rules[rule] = { ...template.rules[rule], ...overrides };
    configured = { ...template, rules };
    byParameters.set(parameters, configured);
  }
  return configured;
}
