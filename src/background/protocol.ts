import type { AnalyzeOptions, PortableAnalysis, PortableFix, SheetSummary, TemplateSource } from '../core/index';

/**
 * The messages between the extension host and the analysis worker. The worker knows the
 * same templates as the host: the built-in ones by id, the others from their files' text.
 */
export type TemplateEntry = { readonly builtIn: string } | { readonly source: TemplateSource };

/** What to analyse: the text and the settings that apply to it (the templates are the worker's). */
export interface AnalysisJob {
  readonly text: string;
  readonly options: Omit<AnalyzeOptions, 'templates'>;
}

export type Request =
  | { readonly kind: 'templates'; readonly entries: readonly TemplateEntry[] }
  | ({ readonly kind: 'analyze'; readonly id: number } & AnalysisJob)
  /** The fixes of some findings of the analysis of exactly this job (analysed again if the worker no longer has it). */
  | ({ readonly kind: 'fixes'; readonly id: number; readonly findings: readonly number[] } & AnalysisJob)
  /** What the programme index keeps of a file (see SheetSummary); nothing of the analysis is kept. */
  | ({ readonly kind: 'summarize'; readonly id: number; readonly path: string } & AnalysisJob);

export type Response =
  | { readonly kind: 'analysis'; readonly id: number; readonly analysis: PortableAnalysis }
  | { readonly kind: 'fixes'; readonly id: number; readonly fixes: readonly (readonly PortableFix[])[] }
  | { readonly kind: 'summary'; readonly id: number; readonly summary: SheetSummary | undefined }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };
