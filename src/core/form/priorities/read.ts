import type { Benefit, SessionModel } from '../../model/session';
import type { ChoiceGroup } from '../../model/types';
import { verdictOf } from '../owner';
import type { Priorities, PriorityCell, PriorityLevel, PriorityOwner } from './types';

/**
 * The priorities of a sheet with benefits: one row per benefit, one column per thing its
 * priority choices are for, read from the session model alone. Undefined when the sheet has
 * no benefits with a priority choice.
 */
export function prioritiesOf(session: SessionModel): Priorities | undefined {
  const benefits = session.benefits.filter((benefit) => benefit.priorities.length > 0);
  if (benefits.length === 0) return undefined;
  const sectors: string[] = [];
  for (const benefit of benefits) {
    for (const group of benefit.priorities) {
      const sector = sectorOf(group);
      if (!sectors.includes(sector)) sectors.push(sector);
    }
  }
  const rows = benefits.map((benefit) => ({
    benefit: benefit.heading.text,
    cells: sectors.map((sector) => cellOf(benefit.priorities.find((group) => sectorOf(group) === sector))),
    owner: ownerOf(session, benefit),
  }));
  return { title: session.title?.text ?? '', sectors, rows, scale: scaleOf(benefits[0].priorities[0]) };
}

/** `PO prioriteit` → `PO`, `Priority VO` → `VO`; any other choice by its whole label. */
function sectorOf(group: ChoiceGroup): string {
  const context = group.context.trim();
  const bare = context.replace(/^(?:prioriteit|priority)[\s:-]+|[\s:-]+(?:prioriteit|priority)$/iu, '').trim();
  return bare || context;
}

function cellOf(group: ChoiceGroup | undefined): PriorityCell {
  if (!group) return { state: 'absent' };
  const chosen = group.options.filter((option) => option.checked).map((option) => option.label.trim());
  if (chosen.length === 0) return { state: 'open' };
  if (chosen.length > 1) return { state: 'several', labels: chosen };
  return { state: 'chosen', label: chosen[0], level: levelOf(chosen[0]) };
}

/** The usual words for a priority, in both languages; any other word is shown as it is, in no colour of a level. */
export function levelOf(label: string): PriorityLevel {
  const word = label.trim().toLowerCase();
  if (/^(?:hoog|hoge|high|hi)\b/u.test(word)) return 'high';
  if (/^(?:midden|middel|gemiddeld|medium|mid|middle)\b/u.test(word)) return 'medium';
  if (/^(?:laag|lage|low)\b/u.test(word)) return 'low';
  return 'other';
}

function scaleOf(group: ChoiceGroup): Priorities['scale'] {
  const order: Record<PriorityLevel, number> = { high: 0, medium: 1, low: 2, other: 3 };
  return group.options
    .map((option) => ({ label: option.label.trim(), level: levelOf(option.label) }))
    .sort((a, b) => order[a.level] - order[b.level]);
}

function ownerOf(session: SessionModel, benefit: Benefit): PriorityOwner | undefined {
  const field = benefit.owner;
  if (!field) return undefined;
  const name = field.state === 'filled' ? field.value.trim() : '';
  return { name, ...verdictOf(session, field.value) };
}
