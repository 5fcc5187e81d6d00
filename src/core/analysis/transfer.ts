import type { SessionModel } from '../model/session';
import { toSourceText } from '../source';
import type { SessionTemplate } from '../template/template';
import { withRuleParameters } from '../config/configuredTemplate';
import type { Analysis, AnalyzeOptions, Finding, Fix } from './analyze';

/**
 * An analysis as it crosses to another thread (structured clone): plain data only. The
 * template (it holds compiled patterns) travels as its id, the text stays with the sender,
 * and fixes stay behind: they are built on request, for the one finding a person fixes.
 */
export interface PortableAnalysis {
  readonly status: Analysis['status'];
  readonly templateId: string | undefined;
  readonly session: Omit<SessionModel, 'template' | 'source'> | undefined;
  readonly findings: readonly Omit<Finding, 'fixes'>[];
  readonly progress: Analysis['progress'];
}

/** A fix as plain data (its edits read, so they travel). */
export interface PortableFix {
  readonly title: string;
  readonly edits: Fix['edits'];
  readonly preferred: boolean;
}

export function toPortable(analysis: Analysis): PortableAnalysis {
  const session = analysis.session && { ...analysis.session, template: undefined, source: undefined };
  return {
    status: analysis.status,
    templateId: analysis.template?.id,
    session,
    // Copied field by field: a spread would read `fixes`, which builds every fix.
    findings: analysis.findings.map(({ rule, severity, ownership, message, range }) => ({ rule, severity, ownership, message, range })),
    progress: analysis.progress,
  };
}

export function toPortableFixes(fixes: readonly Fix[]): PortableFix[] {
  return fixes.map((fix) => ({ title: fix.title, edits: fix.edits, preferred: fix.preferred }));
}

/** Thrown when something reads `fixes` of a finding that came from another thread. */
export class FixesElsewhereError extends Error {
  constructor() {
    super('The fixes of a background analysis are built where it ran: ask for them by the finding\'s index.');
  }
}

/**
 * The analysis again, around the text it was made from and the sender's own template
 * object. Undefined when the template is gone (the set changed while the analysis ran).
 */
export function fromPortable(
  portable: PortableAnalysis,
  text: string,
  templates: readonly SessionTemplate[],
  ruleParameters?: AnalyzeOptions['ruleParameters'],
): Analysis | undefined {
  const source = toSourceText(text);
  const found = portable.templateId === undefined ? undefined : templates.find((candidate) => candidate.id === portable.templateId);
  if (portable.templateId !== undefined && !found) return undefined;
  // The template as the analysis read it: with the configuration file's rule parameters.
  const template = found && withRuleParameters(found, ruleParameters);
  const session = portable.session && template ? ({ ...portable.session, template, source } as SessionModel) : undefined;
  const findings = portable.findings.map((finding) =>
    Object.defineProperty({ ...finding }, 'fixes', {
      enumerable: false,
      get(): never {
        throw new FixesElsewhereError();
      },
    }) as Finding,
  );
  return { source, status: portable.status, template, session, findings, progress: portable.progress };
}
