import type { Finding } from '../analysis/analyze';
import { offsetAt, type SourceText, type Span } from '../source';
import type { FormFinding } from './types';

/** A place a finding can be shown beside: the text it covers and the list its findings go in. */
export interface FindingHolder {
  readonly area: Span;
  readonly findings: FormFinding[];
}

/**
 * Puts each finding beside the smallest holder whose text it starts in (a cell before its
 * row, a row before its table); a finding no holder takes is returned, for its section.
 */
export function attachFindings(source: SourceText, findings: readonly Finding[], holders: readonly FindingHolder[]): { finding: FormFinding; offset: number }[] {
  const left: { finding: FormFinding; offset: number }[] = [];
  findings.forEach((finding, index) => {
    const offset = offsetAt(source, finding.range.start);
    const entry: FormFinding = { index, rule: finding.rule, severity: finding.severity, message: finding.message };
    let best: FindingHolder | undefined;
    for (const holder of holders) {
      const inside = holder.area.start <= offset && (offset < holder.area.end || offset === holder.area.start);
      if (inside && (!best || holder.area.end - holder.area.start < best.area.end - best.area.start)) best = holder;
    }
    if (best) best.findings.push(entry);
    else left.push({ finding: entry, offset });
  });
  return left;
}
