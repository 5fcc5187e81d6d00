import type { Priorities, PriorityCell } from '../form/priorities/types';
import { VERDICT_WORDS } from '../form/owner';
import type { ProgrammeBenefit } from './benefits';
import type { SheetSummary } from './types';

/**
 * The benefits × sectors picture of the programme: each benefit's priorities and owner as its
 * latest session has them, the sectors in the order they first appear, for prioritiesSvg.
 */
export function programmePriorities(benefits: readonly ProgrammeBenefit[], sheets: Iterable<SheetSummary>, title: string): Priorities | undefined {
  const rows = benefits.filter((benefit) => benefit.current.benefit.priorities.length > 0);
  if (rows.length === 0) return undefined;
  const sectors: string[] = [];
  for (const benefit of rows) for (const { sector } of benefit.current.benefit.priorities) if (!sectors.includes(sector)) sectors.push(sector);
  const latestScale = [...sheets].filter((sheet) => sheet.priorityScale.length > 0).sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : 1)).at(-1)?.priorityScale ?? [];
  return {
    title,
    sectors,
    scale: latestScale,
    rows: rows.map((benefit) => {
      const { heading, priorities, owner } = benefit.current.benefit;
      return {
        benefit: heading,
        cells: sectors.map((sector): PriorityCell => priorities.find((entry) => entry.sector === sector)?.cell ?? { state: 'absent' }),
        owner: owner && { name: owner.name, verdict: owner.verdict, verdictText: VERDICT_WORDS[owner.verdict] },
      };
    }),
  };
}
