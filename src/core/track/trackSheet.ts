import type { Analysis } from '../analysis/analyze';
import type { Text } from '../i18n/text';
import { placeOf } from '../rules/place';
import { rangeOf, type Range, type Span } from '../source';

/*
 * What the track checks read of a sheet, as plain data: small enough to keep for every sheet
 * of a workspace (the programme index does), and cloneable (a worker can post it). Made from an
 * analysis once; the checks never need the sheet again.
 */

/** Where something is: its range, and its place as a finding names it (`Planning, rij 2`). */
export interface TrackSpot {
  readonly range: Range;
  readonly place: Text | undefined;
}

/** A step of the plan's `planning-order`, with its patterns as sources. */
export interface TrackStep {
  readonly pattern: string;
  readonly name: Text;
  readonly template: string | undefined;
  readonly sections: string | undefined;
}

export interface TrackSheet {
  /** The file's path, with `/`; references are resolved from its folder. */
  readonly path: string;
  readonly template: string;
  /** Front matter `traject:`, trimmed, and where the front matter is. */
  readonly reference: { readonly value: string; readonly at: TrackSpot } | undefined;
  /** The filled-in field the template's `date` prompt fills (else a `Datum…` field). */
  readonly date: { readonly value: string; readonly at: TrackSpot } | undefined;
  /** As a plan: the `planning-order` steps of its template (empty for other sheets). */
  readonly steps: readonly TrackStep[];
  /** As a plan: its planning rows (step and date as written). */
  readonly planning: readonly { readonly step: string; readonly date: string; readonly at: TrackSpot }[];
  /** As a session of a track: its headings (only kept when it refers to a plan). */
  readonly headings: readonly { readonly text: string; readonly at: TrackSpot }[];
}

/** The track data of an analysed sheet; undefined when it is no session sheet. */
export function trackSheetOf(path: string, analysis: Analysis): TrackSheet | undefined {
  const session = analysis.session;
  const template = analysis.template;
  if (!session || !template) return undefined;
  const spot = (span: Span): TrackSpot => ({ range: rangeOf(analysis.source, span), place: placeOf(session, span) });
  const traject = session.frontMatter?.data.traject;
  const reference = typeof traject === 'string' && traject.trim() !== '' ? { value: traject.trim(), at: spot(session.frontMatter!.span) } : undefined;
  const fills = template.prompts.find((prompt) => prompt.id === 'date')?.fills;
  const label = typeof fills === 'object' ? fills.field : /^datum/i;
  const field = session.fields.find((candidate) => label.test(candidate.label) && candidate.state === 'filled');
  const steps = ((template.rules['planning-order']?.steps as { pattern: string; name: Text; template?: string; sections?: string }[] | undefined) ?? []).map((step) => ({
    pattern: step.pattern,
    name: step.name,
    template: step.template,
    sections: step.sections,
  }));
  return {
    path,
    template: template.id,
    reference,
    date: field && { value: field.value, at: spot(field.valueSpan) },
    steps,
    planning: session.records.planning.map((record) => ({ step: record.cells.step.text, date: record.cells.date.text, at: spot(record.row.span) })),
    headings: reference ? session.sections.flatMap((section) => (section.heading ? [{ text: section.heading.text, at: spot(section.heading.span) }] : [])) : [],
  };
}
