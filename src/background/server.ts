import { analyze, builtInTemplates, loadTemplate, summarizeSheet, toPortable, toPortableFixes, type Analysis, type SessionTemplate } from '../core/index';
import type { AnalysisJob, Request, Response, TemplateEntry } from './protocol';

/** How many analyses the worker keeps for fixes asked for later (one per recently analysed sheet). */
const KEPT = 4;

/**
 * The analysis worker's side, free of any thread API: it takes requests and answers them
 * through `post`, so the Node worker and (later) a web worker share it.
 */
export class AnalysisServer {
  private templates: readonly SessionTemplate[] = builtInTemplates().templates;
  /** The latest analyses with the job they answer, newest last. */
  private kept: { job: AnalysisJob; analysis: Analysis }[] = [];

  constructor(private readonly post: (response: Response) => void) {}

  handle(request: Request): void {
    if (request.kind === 'templates') {
      this.templates = loadEntries(request.entries);
      this.kept = [];
      return;
    }
    try {
      if (request.kind === 'summarize') {
        // Kept analyses are for fixes of open sheets; a workspace read would only push them out.
        const analysis = analyze(request.text, { ...request.options, templates: this.templates });
        this.post({ kind: 'summary', id: request.id, summary: summarizeSheet(request.path, analysis) });
        return;
      }
      const analysis = this.analysisOf(request);
      if (request.kind === 'analyze') this.post({ kind: 'analysis', id: request.id, analysis: toPortable(analysis) });
      else this.post({ kind: 'fixes', id: request.id, fixes: request.findings.map((index) => toPortableFixes(analysis.findings[index]?.fixes ?? [])) });
    } catch (error) {
      this.post({ kind: 'failed', id: request.id, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }

  private analysisOf(job: AnalysisJob): Analysis {
    const options = JSON.stringify(job.options);
    const found = this.kept.find((kept) => kept.job.text === job.text && JSON.stringify(kept.job.options) === options);
    if (found) return found.analysis;
    const analysis = analyze(job.text, { ...job.options, templates: this.templates });
    this.kept = [...this.kept.slice(1 - KEPT), { job, analysis }];
    return analysis;
  }
}

/** The host's template set, in the host's order (the first whose match fits wins). */
function loadEntries(entries: readonly TemplateEntry[]): SessionTemplate[] {
  const builtIn = new Map(builtInTemplates().templates.map((template) => [template.id, template]));
  return entries.flatMap((entry) => {
    if ('builtIn' in entry) return builtIn.has(entry.builtIn) ? [builtIn.get(entry.builtIn)!] : [];
    const loaded = loadTemplate(entry.source);
    return loaded.ok ? [loaded.template] : [];
  });
}
