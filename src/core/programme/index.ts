import { analyze, type Analysis, type AnalyzeOptions } from '../analysis/analyze';
import type { Day } from '../create/answers';
import { builtInTemplates } from '../template/builtin';
import type { Language } from '../i18n/text';
import type { SeveritySetting } from '../severity';
import { checkTrackSheets, type TrackFinding } from '../track/checkTrack';
import { collectAgreements, type ProgrammeAgreement } from './agreements';
import { collectBenefits, type ProgrammeBenefit } from './benefits';
import { checkProgramme } from './rules';
import { summarizeSheet } from './summarize';
import type { SheetSummary } from './types';

export interface ProgrammeFindingOptions {
  readonly language: Language;
  /** The day deadlines and planned sessions are measured against; without it, none has passed. */
  readonly today?: Day;
  readonly severities?: Readonly<Record<string, SeveritySetting>>;
}

/**
 * The session sheets of a workspace, one small summary each (see SheetSummary), kept up to date
 * file by file: `set` analyses only the file it is given, `delete` and `rename` analyse nothing.
 * The questions across sheets (benefits, agreements, the cross-file findings) are answered from
 * the summaries alone. Paths are the caller's (with `/`); track references resolve between them.
 */
export class ProgrammeIndex {
  private readonly sheets = new Map<string, SheetSummary>();
  private benefitCache: ProgrammeBenefit[] | undefined;
  private changes = 0;

  /** `options` are for {@link set}; an index fed with analyses or summaries made elsewhere needs none. */
  constructor(private readonly options: AnalyzeOptions = { templates: builtInTemplates().templates }) {}

  /** Reads a file's text (saved or an editor's unsaved one); the summary, or undefined when it is no session sheet. */
  set(path: string, text: string): SheetSummary | undefined {
    return this.setAnalysis(path, analyze(text, this.options));
  }

  /** Takes an analysis made elsewhere (the live diagnostics' own), so the text is not analysed twice. */
  setAnalysis(path: string, analysis: Analysis): SheetSummary | undefined {
    return this.put(path, summarizeSheet(path, analysis));
  }

  /** Takes a summary made elsewhere (in a worker); undefined says the file is no session sheet. */
  put(path: string, summary: SheetSummary | undefined): SheetSummary | undefined {
    const had = this.sheets.has(path);
    if (summary) this.sheets.set(path, summary);
    else this.sheets.delete(path);
    if (summary || had) this.changed();
    return summary;
  }

  delete(path: string): boolean {
    const had = this.sheets.delete(path);
    if (had) this.changed();
    return had;
  }

  /** A file moved: its summary goes with it, unread. Whether the index changed (a non-sheet moved over a sheet removes it). */
  rename(from: string, to: string): boolean {
    const summary = this.sheets.get(from);
    if (!summary) return this.delete(to);
    this.sheets.delete(from);
    this.sheets.set(to, { ...summary, path: to, track: { ...summary.track, path: to } });
    this.changed();
    return true;
  }

  get(path: string): SheetSummary | undefined {
    return this.sheets.get(path);
  }

  has(path: string): boolean {
    return this.sheets.has(path);
  }

  get size(): number {
    return this.sheets.size;
  }

  /** Counts every change, so a view can tell whether what it showed is still current. */
  get version(): number {
    return this.changes;
  }

  /** Every summary, in no particular order. */
  summaries(): SheetSummary[] {
    return [...this.sheets.values()];
  }

  /** The programme's benefits, each with its current owner (latest session by date) and history. */
  benefits(): readonly ProgrammeBenefit[] {
    return (this.benefitCache ??= collectBenefits(this.sheets.values()));
  }

  /** Every agreement, overdue first (given `today`), then by deadline. */
  agreements(today?: Day): ProgrammeAgreement[] {
    return collectAgreements(this.sheets.values(), today);
  }

  /** The checks across files: the track rules and the programme rules (owner-changed, agreement-overdue). */
  findings(options: ProgrammeFindingOptions): TrackFinding[] {
    return [
      ...checkTrackSheets(
        [...this.sheets.values()].map((sheet) => sheet.track),
        options,
      ),
      ...checkProgramme(this.benefits(), this.sheets.values(), options),
    ];
  }

  private changed(): void {
    this.changes++;
    this.benefitCache = undefined;
  }
}
