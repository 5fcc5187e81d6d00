import type { Analysis } from '../analysis/analyze';
import { text } from '../i18n/text';
import type { SessionModel } from '../model/session';
import type { ChoiceGroup, Field, Gap } from '../model/types';
import { sectionAt } from '../rules/place';
import { lineEnd, type Span } from '../source';
import { formContext, type FormContext } from './context';
import { readDay } from './dates';
import { attachFindings } from './findings';
import { candidatesOf, verdictOf } from './owner';
import { prioritiesOf } from './priorities/read';
import { proseControls } from './prose';
import { fieldSlot, shownValue } from './slots';
import { tableControl } from './tables';
import type { Form, FormControl, FormFinding, FormSection } from './types';

/**
 * The sheet as a form, from its session model alone (no template has code of its own here):
 * every place to fill in as a control, in the sheet's order, under its headings, with the
 * findings about it. Undefined when the text is no session sheet.
 */
export function buildForm(analysis: Analysis): Form | undefined {
  const { session, progress } = analysis;
  if (!session || !progress) return undefined;
  const context = formContext(session);
  const placed: { section: number; start: number; control: FormControl }[] = [];
  const place = (section: number, start: number, control: FormControl) => placed.push({ section, start, control });

  const fieldChoices = new Set<ChoiceGroup>();
  for (const field of session.fields) {
    if (field.choice) fieldChoices.add(field.choice);
    place(field.section, field.labelSpan.start, fieldControl(context, field));
  }
  const cellChoices = new Set(session.tables.flatMap((table) => table.rows.flatMap((row) => row.cells.flatMap((cell) => (cell.choice ? [cell.choice] : [])))));
  for (const group of session.choices) {
    if (fieldChoices.has(group) || cellChoices.has(group)) continue;
    const id = context.nextId(group.section, 'g');
    place(group.section, group.span.start, { kind: 'choice', id, label: text(group.context, group.context), findings: holder(context, group.span), options: optionsOf(group) });
  }
  const cellBoxes = new Set(session.tables.flatMap((table) => table.rows.flatMap((row) => row.cells.flatMap((cell) => (cell.checkbox ? [cell.checkbox.span.start] : [])))));
  for (const box of session.checkboxes) {
    if (cellBoxes.has(box.span.start)) continue;
    const section = sectionAt(session, box.span.start);
    const label = box.label || lineAround(session, box.span);
    place(section, box.span.start, { kind: 'checkbox', id: context.nextId(section, 'b'), label: text(label, label), findings: holder(context, lineSpan(session, box.span)), checked: box.checked, box: box.span });
  }
  for (const task of session.tasks) {
    place(task.section, task.span.start, { kind: 'checkbox', id: context.nextId(task.section, 'k'), label: text(task.text, task.text), findings: holder(context, lineSpan(session, task.span)), checked: task.checked, box: task.span });
  }
  for (const gap of [...session.blanks, ...session.placeholders]) {
    if (gap.field || gap.cell) continue;
    place(gap.section, gap.span.start, gapControl(context, gap));
  }
  for (const table of session.tables) place(table.section, table.span.start, tableControl(context, table));
  for (const prose of proseControls(context)) place(prose.section, prose.start, prose.control);
  context.finishDates();

  const unplaced = attachFindings(session.source, analysis.findings, context.holders);
  placed.sort((a, b) => a.start - b.start);
  const bySection = new Map<number, { controls: FormControl[]; findings: FormFinding[] }>();
  const entryOf = (section: number) => {
    let entry = bySection.get(section);
    if (!entry) bySection.set(section, (entry = { controls: [], findings: [] }));
    return entry;
  };
  for (const { section, control } of placed) entryOf(section).controls.push(control);
  for (const { finding, offset } of unplaced) entryOf(sectionAt(session, offset)).findings.push(finding);

  const sections: FormSection[] = [];
  session.sections.forEach((section, index) => {
    const entry = bySection.get(index);
    if (!entry) return;
    const { done, total } = progress.sections[index];
    sections.push({ id: `s${index}`, heading: section.heading?.text ?? '', depth: section.heading?.depth ?? 0, done, total, ...entry });
  });
  const priorities = prioritiesOf(session);
  return priorities ? { sections, priorities } : { sections };
}

function fieldControl(context: FormContext, field: Field): FormControl {
  const { session } = context;
  const id = context.nextId(field.section, 'f');
  const label = text(field.question ?? field.label, field.question ?? field.label);
  const findings = holder(context, { start: field.labelSpan.start, end: Math.max(field.labelSpan.end, field.valueSpan.end) });
  if (field.choice) return { kind: 'choice', id, label, findings, options: optionsOf(field.choice) };
  const slot = fieldSlot(field);
  const shown = shownValue(field.state, field.value);
  if (session.ownerFields.has(field)) {
    return { kind: 'owner', id, label, findings, ...shown, slot, candidates: candidatesOf(session), ...verdictOf(session, field.value) };
  }
  const day = field.state === 'filled' ? readDay(field.value) : undefined;
  if (day || isDateField(session, field)) return context.dateControl({ kind: 'date', id, label, findings, ...shown, slot, iso: day?.iso, dateSpan: day?.span });
  // A value over more lines, or a label alone on its line (`**Wat ging goed:**`), is a paragraph.
  const multiline = field.value.includes('\n') || (field.state === 'empty' && field.valueSpan.end === lineEnd(session.source, field.valueSpan.end));
  return { kind: 'text', id, label, findings, ...shown, multiline, slot };
}

/** A field a date prompt of the template fills in (`**Datum sessie:**`). */
function isDateField(session: SessionModel, field: Field): boolean {
  return session.template.prompts.some((prompt) => prompt.type === 'date' && typeof prompt.fills === 'object' && prompt.fills.field.test(field.label));
}

function gapControl(context: FormContext, gap: Gap): FormControl {
  const label = lineAround(context.session, gap.span);
  return {
    kind: 'text',
    id: context.nextId(gap.section, 'p'),
    label: text(label, label),
    findings: holder(context, gap.span),
    value: '',
    hint: gap.text,
    multiline: false,
    slot: { type: 'gap', span: gap.span },
  };
}

function optionsOf(group: ChoiceGroup) {
  return group.options.map((option) => ({ label: option.label, checked: option.checked, box: option.span }));
}

/** A new list of findings, shown beside whatever holds the text of `area`. */
function holder(context: FormContext, area: Span): FormFinding[] {
  const findings: FormFinding[] = [];
  context.holders.push({ area, findings });
  return findings;
}

function lineSpan(session: SessionModel, span: Span): Span {
  const text = session.source.text;
  return { start: text.lastIndexOf('\n', span.start - 1) + 1, end: lineEnd(session.source, span.end) };
}

/** The words of the line a box or gap stands on, without list markers and markup: its name when nothing names it better. */
function lineAround(session: SessionModel, span: Span): string {
  const line = lineSpan(session, span);
  return session.source.text
    .slice(line.start, line.end)
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
    .replace(/[*_`>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
