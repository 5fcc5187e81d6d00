/** How a finding is reported, from most to least severe. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A severity as configured: `off` turns a rule off. */
export type SeveritySetting = Severity | 'off';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export function isSeveritySetting(value: unknown): value is SeveritySetting {
  return value === 'off' || SEVERITIES.includes(value as Severity);
}
