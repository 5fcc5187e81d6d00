import { withRuleParameters } from '../config/configuredTemplate';
import type { RuleParameters } from '../config/settingsLayer';
import type { Language } from '../i18n/text';
import { withLazy } from '../lazy';
import { buildStructure, readIdentity } from '../model/build';
import { interpretSession, type SessionModel } from '../model/session';
import { parseMarkdown } from '../parse';
import { placeOf, withPlace } from '../rules/place';
import { RULES } from '../rules/registry';
import type { Report, Rule } from '../rules/rule';
import { DEFAULT_STATUS_SHIFTS, isSessionStatus, isSeveritySetting, shiftSeverity, type SessionStatus, type Severity, type SeveritySetting } from '../severity';
import { rangeOf, toSourceText, type Range, type SourceText } from '../source';
import { maybeSessionSheet } from '../template/recognise';
import { matchTemplate, type SessionTemplate } from '../template/template';
import { measureProgress, type Progress } from './progress';
import { isSuppressed } from './suppressions';

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** Made without asking (see FixDraft.preferred): `--fix` applies it, the editor marks it preferred. */
  readonly preferred: boolean;
}

/** One thing a rule found, in the caller's language, with 1-based positions. */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  /** Whether the rule is about ownership (owners, ownership checks, agreements), copied from the rule. */
  readonly ownership: boolean;
  readonly message: string;
  readonly range: Range;
  readonly fixes: readonly Fix[];
}

export interface AnalyzeOptions {
  /** The templates a sheet may be made from; the first whose match fits wins. */
  readonly templates: readonly SessionTemplate[];
  readonly language?: Language;
  /** Read the sheet with this template whatever its front matter or title say. */
  readonly templateId?: string;
  /** Severity per rule id, over the template's and the rule's own. */
  readonly severities?: Readonly<Record<string, SeveritySetting>>;
  /** Levels open items move per session status (front matter `status:`); see DEFAULT_STATUS_SHIFTS. */
  readonly statusShifts?: Readonly<Partial<Record<SessionStatus, number>>>;
  /** Rule parameters from a configuration file, over the template's own (see withRuleParameters). */
  readonly ruleParameters?: Readonly<Record<string, RuleParameters>>;
}

export interface Analysis {
  readonly source: SourceText;
  /** The session's status from front matter; undefined when it has none (the defaults apply). */
  readonly status: SessionStatus | undefined;
  /** Undefined when the file is not a session sheet; then there are no findings. */
  readonly template: SessionTemplate | undefined;
  readonly session: SessionModel | undefined;
  readonly findings: readonly Finding[];
  readonly progress: Progress | undefined;
}

export function severityOf(rule: Rule, template: SessionTemplate, overrides: AnalyzeOptions['severities']): SeveritySetting {
  const override = overrides?.[rule.id];
  if (isSeveritySetting(override)) return override;
  const fromTemplate = template.rules[rule.id]?.severity;
  return isSeveritySetting(fromTemplate) ? fromTemplate : rule.defaultSeverity;
}

/** Reads a sheet as a form: parse, one walk, the template's meaning, every rule, progress. */
export function analyze(text: string, options: AnalyzeOptions): Analysis {
  const source = toSourceText(text);
  // Most Markdown is no session sheet: say so from its lines, without the parse.
  if (options.templateId === undefined && !maybeSessionSheet(source.text, options.templates)) {
    return { source, status: undefined, template: undefined, session: undefined, findings: [], progress: undefined };
  }
  const tree = parseMarkdown(source.text);
  const identity = readIdentity(tree);
  const matched =
    options.templateId !== undefined
      ? options.templates.find((candidate) => candidate.id === options.templateId)
      : matchTemplate(identity, options.templates);
  const template = matched && withRuleParameters(matched, options.ruleParameters);
  const declared = identity.frontMatter?.data.status;
  const status = isSessionStatus(declared) ? declared : undefined;
  if (!template) return { source, status, template: undefined, session: undefined, findings: [], progress: undefined };

  const structure = buildStructure(tree, source, { answerLabels: template.answerLabels }, identity);
  const session = interpretSession(structure, template);
  const findings = checkSession(session, options, status);
  return { source, status, template, session, findings, progress: measureProgress(session) };
}

/** A report's fixes in the caller's language; each fix's edits are built when that fix is read. */
function fixesOf(found: Report, source: SourceText, language: Language): Fix[] {
  const drafts = typeof found.fixes === 'function' ? found.fixes() : (found.fixes ?? []);
  return drafts.map((draft) =>
    withLazy({ title: draft.title[language], preferred: draft.preferred === true }, 'edits', () => draft.edits.map((edit) => ({ range: rangeOf(source, edit.span), newText: edit.newText }))),
  );
}

/** Runs every rule that is on over a session; findings sorted by position. */
export function checkSession(
  session: SessionModel,
  options: Pick<AnalyzeOptions, 'language' | 'severities' | 'statusShifts'>,
  status?: SessionStatus,
): Finding[] {
  const { source, template } = session;
  const language = options.language ?? 'nl';
  const shift = status === undefined ? 0 : (options.statusShifts?.[status] ?? DEFAULT_STATUS_SHIFTS[status]);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = severityOf(rule, template, options.severities);
    if (setting === 'off') continue;
    // Only open items follow the status; defects keep their level in every status.
    const severity = rule.openItem ? shiftSeverity(setting, shift) : setting;
    const report = (found: Report) => {
      const range = rangeOf(source, found.span);
      if (isSuppressed(session.directives, rule.id, range.start.line)) return;
      const finding = {
        rule: rule.id,
        severity,
        ownership: rule.ownership,
        // Every message starts with where it is, so the same words at two places stay apart.
        message: withPlace(placeOf(session, found.span), found.message)[language],
        range,
      };
      // Built on first read only: most findings are shown, few are fixed.
      findings.push(withLazy(finding, 'fixes', () => fixesOf(found, source, language)));
    };
    rule.check({ session, options: { ...rule.defaults, ...template.rules[rule.id] }, report });
  }
  return findings.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || a.rule.localeCompare(b.rule),
  );
}
