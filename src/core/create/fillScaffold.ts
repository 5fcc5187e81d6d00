import { Document } from 'yaml';
import { buildStructure, readIdentity } from '../model/build';
import { interpretSession, tableOfKind, type SessionModel } from '../model/session';
import type { Cell, Table } from '../model/types';
import { parseMarkdown } from '../parse';
import { setCellValue, setFieldValue } from '../rules/edits';
import { applySpanEdits, toSourceText, type SourceText, type Span } from '../source';
import type { SessionTemplate } from '../template/template';
import { splitNames } from './answers';

type SpanEdit = { readonly span: Span; readonly newText: string };

/** Answers by prompt id, already checked by readAnswer. */
export type Answers = Readonly<Record<string, string>>;

/**
 * A new session sheet from a template's scaffold: the answers go where the prompts say,
 * the H1 loses "Template:", and front matter records the template, its version and
 * `status: concept`. Only those places change; the rest of the scaffold stays as written.
 */
export function fillScaffold(template: SessionTemplate & { readonly scaffold: string }, answers: Answers): string {
  const { source, session } = readScaffold(template);
  const extra = Object.fromEntries(template.prompts.flatMap((prompt) => (prompt.frontMatter && answers[prompt.id]?.trim() ? [[prompt.frontMatter, answers[prompt.id].trim()]] : [])));
  const edits: SpanEdit[] = [frontMatterEdit(source, session, template, extra)];
  const title = template.prompts.find((prompt) => prompt.fills === 'heading');
  const heading = headingEdit(source, session, title ? (answers[title.id]?.trim() ?? '') : '');
  if (heading) edits.push(heading);
  const filled = new Set<unknown>();
  for (const prompt of template.prompts) {
    const answer = answers[prompt.id]?.trim() ?? '';
    if (answer === '') continue;
    if (prompt.fills === 'participants') edits.push(...participantEdits(session, splitNames(answer)));
    else if (typeof prompt.fills === 'object') {
      const pattern = prompt.fills.field;
      const field = session.fields.find((candidate) => !filled.has(candidate) && !candidate.choice && pattern.test(candidate.label));
      if (!field) continue;
      filled.add(field);
      edits.push(setFieldValue(field, answer));
    }
  }
  return applySpanEdits(source, edits);
}

/** What each open row of the scaffold's participants table is for, such as "Sectormanager PO". */
export function participantSlots(template: SessionTemplate & { readonly scaffold: string }): string[] {
  const { session } = readScaffold(template);
  return session.participants
    .filter((participant) => participant.nameCell.state !== 'filled')
    .map((participant) => [participant.role, participant.sector].filter((part) => part && part !== '-' && !/^\[.*\]$/.test(part)).join(' '))
    .filter((slot) => slot !== '');
}

function readScaffold(template: SessionTemplate & { readonly scaffold: string }): { source: SourceText; session: SessionModel } {
  const source = toSourceText(template.scaffold);
  const tree = parseMarkdown(source.text);
  const structure = buildStructure(tree, source, { answerLabels: template.answerLabels }, readIdentity(tree));
  return { source, session: interpretSession(structure, template) };
}

function frontMatterEdit(source: SourceText, session: SessionModel, template: SessionTemplate, extra: Readonly<Record<string, string>>): SpanEdit {
  const values = { template: template.id, templateVersion: template.version, status: 'concept', ...extra };
  const existing = session.frontMatter;
  if (!existing) return { span: { start: 0, end: 0 }, newText: `---\n${new Document(values).toString()}---\n\n` };
  const inner = source.text.slice(existing.span.start, existing.span.end).replace(/^---\n?/, '').replace(/\n?---$/, '');
  const document = new Document(existing.error ? {} : existing.data);
  for (const [key, value] of Object.entries(values)) document.set(key, value);
  // Broken front matter is kept, commented out, rather than lost.
  const kept = existing.error ? `${inner.replace(/^/gm, '# ')}\n` : '';
  return { span: existing.span, newText: `---\n${kept}${document.toString()}---` };
}

/** The first heading without "Template:", and with the title after it when one was given. */
function headingEdit(source: SourceText, session: SessionModel, title: string): SpanEdit | undefined {
  const heading = session.title;
  if (!heading) return undefined;
  const line = source.text.slice(heading.span.start, heading.span.end);
  const marker = /^#+[ \t]*/.exec(line);
  if (!marker) return undefined; // a setext heading: leave it as written
  const start = heading.span.start + marker[0].length;
  const current = source.text.slice(start, heading.span.end).replace(/[ \t]+#+[ \t]*$/, '');
  const name = current.replace(/^Template:\s*/i, '');
  const newText = title ? `${name}: ${title}` : name;
  return newText === current ? undefined : { span: { start, end: start + current.length }, newText };
}

/** Names go into the open name cells in order; names left over get rows of their own. */
function participantEdits(session: SessionModel, names: readonly string[]): SpanEdit[] {
  const open = session.participants.filter((participant) => participant.nameCell.state !== 'filled');
  const edits: SpanEdit[] = open.slice(0, names.length).map((participant, index) => setCellValue(participant.nameCell, escapeCell(names[index])));
  const rest = names.slice(open.length);
  const table = tableOfKind(session, 'participants');
  if (rest.length > 0 && table) edits.push(appendRows(session, table, rest));
  return edits;
}

function appendRows(session: SessionModel, table: Table, names: readonly string[]): SpanEdit {
  const nameColumn = columnOf(table, session.participants[0]?.nameCell) ?? 0;
  const presentColumn = columnOf(table, session.participants.find((participant) => participant.present)?.row.cells.find((cell) => cell.checkbox));
  const rows = names.map((name) => {
    const cells = table.header.map((_, column) => (column === nameColumn ? escapeCell(name) : column === presentColumn ? '[ ]' : ''));
    return `| ${cells.join(' | ')} |`.replace(/ {2}\|/g, ' |');
  });
  const end = table.rows.at(-1)?.span.end ?? table.span.end;
  return { span: { start: end, end }, newText: rows.map((row) => `\n${row}`).join('') };
}

function columnOf(table: Table, cell: Cell | undefined): number | undefined {
  if (!cell) return undefined;
  const index = table.rows.find((row) => row.cells.includes(cell))?.cells.indexOf(cell);
  return index === undefined || index < 0 ? undefined : index;
}

function escapeCell(value: string): string {
  return value.replace(/\|/g, '\\|');
}
