import type { RuleSettings } from './definition';

/** A pattern a rule parameter gives, with its JSON pointer in the definition. */
export interface RulePatternSource {
  readonly pointer: string;
  readonly source: string;
}

/** Where each rule keeps patterns in its parameters: a list of patterns, or a list of objects with pattern properties. */
const PATTERN_PARAMETERS: Readonly<Record<string, readonly { readonly parameter: string; readonly keys?: readonly string[] }[]>> = {
  'owner-deflected': [{ parameter: 'roles' }],
  'role-missing': [{ parameter: 'roles', keys: ['pattern'] }],
  'role-advised': [{ parameter: 'roles', keys: ['pattern'] }],
  'participants-count': [{ parameter: 'exceptRoles' }],
  'journeys-per-session': [{ parameter: 'heading' }],
  'planning-order': [{ parameter: 'steps', keys: ['pattern', 'sections'] }],
  attribution: [{ parameter: 'sections' }],
};

/** Every pattern in the rules' parameters (a single string counts as a list of one). */
export function rulePatternSources(rules: Readonly<Record<string, RuleSettings>> | undefined): RulePatternSource[] {
  const found: RulePatternSource[] = [];
  for (const [rule, parameters] of Object.entries(PATTERN_PARAMETERS)) {
    const settings = rules?.[rule];
    if (!settings) continue;
    for (const { parameter, keys } of parameters) {
      const value = settings[parameter];
      const pointer = `/rules/${rule}/${parameter}`;
      if (typeof value === 'string') found.push({ pointer, source: value });
      if (!Array.isArray(value)) continue;
      value.forEach((item: unknown, index) => {
        if (!keys) {
          if (typeof item === 'string') found.push({ pointer: `${pointer}/${index}`, source: item });
          return;
        }
        for (const key of keys) {
          const source = (item as Record<string, unknown> | null)?.[key];
          if (typeof source === 'string') found.push({ pointer: `${pointer}/${index}/${key}`, source });
        }
      });
    }
  }
  return found;
}
