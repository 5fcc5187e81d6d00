// The public face of the core: everything the extension, the CLI and the tests use.
export { analyze, severityOf, type Analysis, type AnalyzeOptions, type Finding, type Fix, type TextEdit } from './analysis/analyze';
export { fromPortable, FixesElsewhereError, toPortable, toPortableFixes, type PortableAnalysis, type PortableFix } from './analysis/transfer';
export { setStatusEdit } from './analysis/status';
export { applyFixes } from './analysis/applyFixes';
export { fixSheet } from './analysis/fixSheet';
export { formatClock, parseClock, parseDuration } from './model/time';
export { nextAgendaStart, type NextAgendaStart } from './analysis/agendaNext';
export { measureProgress, type OwnerGap, type Progress, type ProgressItem, type ProgressKind, type SectionProgress, type Tally } from './analysis/progress';
export { ownerVerdict, type OwnerVerdict } from './rules/owner-verdict';
export { namesMatch } from './model/names';
export { languageOf, text, type Language, type Text } from './i18n/text';
export { RULES, RULE_IDS, ruleById } from './rules/registry';
export { placeOf } from './rules/place';
export { ownerCandidates } from './rules/ownership';
export type { SessionModel } from './model/session';
export type { Rule } from './rules/rule';
export {
  DEFAULT_STATUS_SHIFTS,
  SESSION_STATUSES,
  SEVERITIES,
  isSessionStatus,
  isSeveritySetting,
  shiftSeverity,
  type SessionStatus,
  type Severity,
  type SeveritySetting,
} from './severity';
export { leadingBoms, positionAt, rangeOf, toSourceText, type Position, type Range } from './source';
export { maybeSessionSheet } from './template/recognise';
export { builtInTemplates } from './template/builtin';
export { loadTemplate, scaffoldFileName, type TemplateLoad, type TemplateProblem, type TemplateSource } from './template/load';
export { scaffoldKindProblem, scaffoldPathProblem } from './template/scaffoldPath';
export type { TemplatePattern } from './template/pattern';
export type { Prompt, SessionTemplate } from './template/template';
export { dayOf, defaultAnswer, isoDay, readAnswer, splitNames, type Answer, type Day } from './create/answers';
export { fillScaffold, participantSlots, type Answers } from './create/fillScaffold';
export { DEFAULT_COMMIT_MESSAGE_PATTERN, DEFAULT_FILE_NAME_PATTERN, candidateNames, commitMessage, sessionFileName, slugify, type PatternValues } from './create/fileName';
export { templateFromSheet, type TemplateFromSheet, type TemplateFromSheetOptions } from './template/fromSheet';
export { checkTrack, checkTrackSheets, TRACK_RULES, type TrackFile, type TrackFinding, type TrackOptions } from './track/checkTrack';
export { trackSheetOf, type TrackSheet, type TrackSpot, type TrackStep } from './track/trackSheet';
export { ProgrammeIndex, type ProgrammeFindingOptions } from './programme/index';
export { summarizeSheet } from './programme/summarize';
export { collectBenefits, benefitKey, bySessionDate, type BenefitEntry, type ProgrammeBenefit } from './programme/benefits';
export { agreementsByPerson, collectAgreements, AGREEMENT_GROUPS, type AgreementGroup, type PersonAgreements, type ProgrammeAgreement } from './programme/agreements';
export { checkProgramme, CROSS_FILE_RULES, PROGRAMME_RULES, type ProgrammeCheckOptions, type ProgrammeRuleId } from './programme/rules';
export { programmePriorities } from './programme/priorities';
export { daysBetween, endOfIsoWeek, readDeadline, relativeDays } from './programme/days';
export type { AgreementSummary, BenefitSummary, CheckState, Deadline, OwnerSummary, ParticipantSummary, SheetSummary } from './programme/types';
export { CONFIG_FILE, readConfig, type ConfigProblem, type ConfigRead } from './config/readConfig';
export { mergeSettingsLayers, type RuleParameters, type SettingsLayer } from './config/settingsLayer';
export { withRuleParameters } from './config/configuredTemplate';
export { buildForm } from './form/build';
export { formEdits } from './form/edits';
export { findControl } from './form/find';
export { baseOf, basisOf, headingOf, locateChange, nowSays, sameBase, type ChangeBasis, type FormBase, type Located } from './form/basis';
export type { Form, FormChange, FormControl, FormFinding, FormSection, ProseControl } from './form/types';
export { cellWords, prioritiesOf, prioritiesSvg, PRIORITY_WORDS } from './form/priorities/index';
export { VERDICT_WORDS } from './form/owner';
export type { Priorities, PriorityCell, PriorityLevel, PriorityRow } from './form/priorities/index';
export { benefitsReport, type ReportFormat, type ReportOptions } from './programme/report/benefits';
export { agreementsReport } from './programme/report/agreements';
export { CHECK_WORDS, GROUP_WORDS, REPORT_WORDS } from './programme/report/words';
export { relativePath } from './paths';
