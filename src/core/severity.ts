/** How a finding is reported, from most to least severe. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A severity as configured: `off` turns a rule off. */
export type SeveritySetting = Severity | 'off';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export function isSeveritySetting(value: unknown): value is SeveritySetting {
  return value === 'off' || SEVERITIES.includes(value as Severity);
}

/** A session's stage, from front matter `status:`: being prepared, held, or closed. */
export type SessionStatus = 'concept' | 'gehouden' | 'afgerond';

export const SESSION_STATUSES: readonly SessionStatus[] = ['concept', 'gehouden', 'afgerond'];

/**
 * How many levels open items move per status: quieter while a session is prepared,
 * louder once it is closed, so a closed session with open ownership stands out.
 */
export const DEFAULT_STATUS_SHIFTS: Readonly<Record<SessionStatus, number>> = { concept: -1, gehouden: 0, afgerond: 1 };

/** Moves a severity up (positive) or down (negative) by levels, within error…hint. */
export function shiftSeverity(severity: Severity, levels: number): Severity {
  const index = SEVERITIES.indexOf(severity) - levels;
  return SEVERITIES[Math.min(SEVERITIES.length - 1, Math.max(0, index))];
}

export function isSessionStatus(value: unknown): value is SessionStatus {
  return SESSION_STATUSES.includes(value as SessionStatus);
}
