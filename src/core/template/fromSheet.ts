import type { Heading as MdHeading, Root } from 'mdast';
import type { Text } from '../i18n/text';
import { buildStructure, readIdentity } from '../model/build';
import { interpretSession } from '../model/session';
import type { Cell, Checkbox, Field, SheetStructure } from '../model/types';
import { parseMarkdown } from '../parse';
import { setCellValue } from '../rules/edits';
import type { SpanEdit } from '../rules/rule';
import { applySpanEdits, lineEnd, toSourceText, type Span } from '../source';
import type { TemplateDefinition } from './definition';
import { matchTemplate, type SessionTemplate } from './template';

/** What "New Template from This File" writes: `<id>.md` and `<id>.template.json`. */
export interface TemplateFromSheet {
  readonly scaffold: string;
  readonly definition: TemplateDefinition;
  /** The definition as pretty JSON, in the sheet's line endings, with a final line break. */
  readonly json: string;
}

export interface TemplateFromSheetOptions {
  readonly id: string;
  readonly name: Text;
  readonly templates: readonly SessionTemplate[];
}

/** Front matter that belongs to one session, not to the template made from it. */
const SESSION_KEYS = ['template', 'templateVersion', 'status'];
/** The answer label a sheet without a template is read with. */
const DEFAULT_ANSWER_LABEL = 'Antwoord';

/**
 * Turns a filled-in sheet into a reusable template: every box unticked, every filled-in
 * value blank again, session front matter gone, the heading `# Template: <name>`. The edits
 * are minimal, so everything else (agenda, headings, text) stays exactly as it was written.
 */
export function templateFromSheet(sheet: string, options: TemplateFromSheetOptions): TemplateFromSheet {
  const source = toSourceText(sheet);
  const tree = parseMarkdown(source.text);
  const identity = readIdentity(tree);
  const template = matchTemplate(identity, options.templates);
  const structure = buildStructure(tree, source, { answerLabels: template?.answerLabels ?? [DEFAULT_ANSWER_LABEL] }, identity);
  const name = options.name.nl.trim();

  // Earlier groups win where edits overlap: a value that holds boxes or a table keeps them.
  const edits = withoutOverlaps([
    ...frontMatterEdits(structure),
    titleEdit(tree, structure, name),
    ...(template ? tableEdits(structure, template) : []),
    ...boxEdits(structure),
    ...fieldEdits(structure, template),
  ]);
  const definition = definitionFor(template, options.id, options.name, headingPattern(name), structure);
  return {
    scaffold: applySpanEdits(source, edits),
    definition,
    json: JSON.stringify(definition, null, 2).replace(/\n/g, source.eol) + source.eol,
  };
}

/** Removes the session's own keys; drops the block, and the blank line after it, when nothing is left. */
function frontMatterEdits({ frontMatter, source }: SheetStructure): SpanEdit[] {
  if (!frontMatter) return [];
  const text = source.text;
  const keys = Object.keys(frontMatter.data);
  if (keys.length > 0 && keys.every((key) => SESSION_KEYS.includes(key))) {
    let end = frontMatter.span.end;
    for (let breaks = 0; breaks < 2 && text[end] === '\n'; breaks++) end++;
    return [{ span: { start: frontMatter.span.start, end }, newText: '' }];
  }
  const edits: SpanEdit[] = [];
  const key = new RegExp(`^(${SESSION_KEYS.join('|')})\\s*:`);
  let removing = false;
  for (let start = frontMatter.span.start; start < frontMatter.span.end; ) {
    const end = lineEnd(source, start) + 1;
    const line = text.slice(start, end);
    // An indented line or a `- item` under a removed key is part of its value.
    removing = key.test(line) || (removing && /^([ \t]|- )/.test(line));
    if (removing) edits.push({ span: { start, end }, newText: '' });
    start = end;
  }
  return edits;
}

/** The first H1 becomes `# Template: <name>`; a sheet without one gets it before its first block. */
function titleEdit(tree: Root, { title, source }: SheetStructure, name: string): SpanEdit {
  const newTitle = `Template: ${name}`;
  const heading = tree.children.find((node): node is MdHeading => node.type === 'heading' && node.position?.start.offset === title?.span.start);
  const first = heading?.children[0]?.position?.start.offset;
  const last = heading?.children.at(-1)?.position?.end.offset;
  if (first !== undefined && last !== undefined) return { span: { start: first, end: last }, newText: newTitle };
  if (title) return { span: title.span, newText: `# ${newTitle}` };
  // After the front matter and the blank line under it, which may be removed: the edits must not overlap.
  const top = tree.children.find((node) => node.type !== 'yaml')?.position?.start.offset ?? source.text.length;
  return { span: { start: top, end: top }, newText: `# ${newTitle}\n\n` };
}

/** Participants' names become `[Naam]`; agreements and the owner answer of a check are emptied. */
function tableEdits(structure: SheetStructure, template: SessionTemplate): SpanEdit[] {
  const text = structure.source.text;
  const session = interpretSession(structure, template);
  const hasContent = (cell: Cell | undefined): cell is Cell => cell !== undefined && cell.state !== 'empty';
  return [
    ...session.participants.filter((participant) => participant.nameCell.state === 'filled').map((participant) => setCellValue(participant.nameCell, '[Naam]')),
    ...session.agreements.flatMap((agreement) => agreement.row.cells.filter(hasContent).map((cell) => emptyCell(text, cell))),
    ...session.ownershipChecks.flatMap((check) => (hasContent(check.ownerCell) ? [emptyCell(text, check.ownerCell)] : [])),
  ];
}

/** A cell emptied to one space between its pipes, as scaffolds write `| | | |`. */
function emptyCell(text: string, cell: Cell): SpanEdit {
  const floor = text[cell.span.start] === '|' ? cell.span.start + 1 : cell.span.start;
  let { start, end } = cell.contentSpan;
  while (start > floor && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  while (text[end] === ' ' || text[end] === '\t') end++;
  return { span: { start, end }, newText: ' ' };
}

/** Every ticked box, task or option: only the character between the brackets changes. */
function boxEdits(structure: SheetStructure): SpanEdit[] {
  const boxes: Pick<Checkbox, 'span' | 'checked'>[] = [...structure.checkboxes, ...structure.choices.flatMap((group) => group.options), ...structure.tasks];
  return boxes.filter((box) => box.checked).map((box) => ({ span: { start: box.span.start + 1, end: box.span.start + 2 }, newText: ' ' }));
}

/**
 * Every filled-in value goes back to how the template's own scaffold leaves that field; a
 * field the scaffold fills itself (`**Thema:** Leiden`) is the template's text and stays.
 * Without a scaffold: answers and owners `___`, other fields `[invullen]`, and a value on
 * the lines under its label is removed, leaving the label line.
 */
function fieldEdits(structure: SheetStructure, template: SessionTemplate | undefined): SpanEdit[] {
  const text = structure.source.text;
  const shipped = shippedFields(template);
  const edits: SpanEdit[] = [];
  for (const field of structure.fields) {
    if (field.state !== 'filled' || field.choice) continue;
    const reference = shipped.get(field.label.toLowerCase());
    if (reference?.state === 'filled') continue;
    const onLaterLines = text.slice(field.labelSpan.end, field.valueSpan.start).includes('\n');
    if (onLaterLines || reference?.state === 'empty') {
      edits.push({ span: { start: field.labelSpan.end, end: field.valueSpan.end }, newText: '' });
    } else {
      const isOwner = template?.benefits?.ownerField.test(field.label) ?? false;
      const blank = reference?.value ?? (field.kind === 'answer' || isOwner ? '___' : '[invullen]');
      edits.push({ span: field.valueSpan, newText: blank });
    }
  }
  return edits;
}

/** The fields of the template's scaffold by label (the first of each), to blank a sheet's fields like it. */
function shippedFields(template: SessionTemplate | undefined): Map<string, Field> {
  const fields = new Map<string, Field>();
  if (template?.scaffold === undefined) return fields;
  const source = toSourceText(template.scaffold);
  const structure = buildStructure(parseMarkdown(source.text), source, { answerLabels: template.answerLabels });
  for (const field of structure.fields) {
    const label = field.label.toLowerCase();
    if (!field.choice && !fields.has(label)) fields.set(label, field);
  }
  return fields;
}

/** Keeps edits in order of priority, dropping any that overlaps one already kept. */
function withoutOverlaps(edits: readonly SpanEdit[]): SpanEdit[] {
  const kept: SpanEdit[] = [];
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  for (const edit of edits) if (!kept.some((other) => overlaps(edit.span, other.span))) kept.push(edit);
  return kept;
}

/** Matches `Name` and `Template: Name`; `\b` only works after a word character. */
function headingPattern(name: string): string {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `^(Template:\\s*)?${escaped}${/\w$/.test(name) ? '\\b' : '(?:\\s|$)'}`;
}

/**
 * A copy of the matched template's definition (every property, whatever it holds) with the
 * new identity; without one, a definition that only recognises the scaffold.
 */
function definitionFor(
  template: SessionTemplate | undefined,
  id: string,
  name: Text,
  heading: string,
  structure: SheetStructure,
): TemplateDefinition {
  const identity = { id, version: '1.0.0', name, scaffold: `${id}.md` };
  if (!template) {
    const hasAnswers = structure.fields.some((field) => field.kind === 'answer');
    return { ...identity, match: { heading }, ...(hasAnswers ? { answerLabels: [DEFAULT_ANSWER_LABEL] } : {}) };
  }
  const copy = JSON.parse(JSON.stringify(template.definition)) as Record<string, unknown>;
  // The user's folder has no schema file beside it; the extension validates `*.template.json` itself.
  delete copy.$schema;
  // Spreading the copy first keeps its property order; the new values replace the old in place.
  return { ...copy, ...identity, match: { ...(copy.match as object), heading } } as unknown as TemplateDefinition;
}
