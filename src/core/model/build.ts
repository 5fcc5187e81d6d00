import type { Heading as MdHeading, ListItem, Nodes, PhrasingContent, Root, Table as MdTable, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { lineEnd, positionAt, type SourceText, type Span } from '../source';
import { classifyValue, scanText, trimSpan, type InlineToken } from './inline';
import { proseBlocks } from './prose';
import type {
  Cell,
  Checkbox,
  ChoiceGroup,
  Directive,
  Field,
  FrontMatter,
  Gap,
  Heading,
  Row,
  Section,
  SheetStructure,
  Table,
  TaskItem,
} from './types';

export interface StructureOptions {
  /** Plain-text labels that start a field, such as `Antwoord` in `Antwoord: ___`. */
  readonly answerLabels?: readonly string[];
}

/** What identifies a sheet: its front matter and first H1, read from the top-level blocks. */
export interface SheetIdentity {
  readonly frontMatter: FrontMatter | undefined;
  readonly title: Heading | undefined;
}

/** Reads front matter and the first top-level H1 without walking the tree. */
export function readIdentity(tree: Root): SheetIdentity {
  let frontMatter: FrontMatter | undefined;
  let title: Heading | undefined;
  for (const child of tree.children) {
    if (child.type === 'yaml' && !frontMatter) frontMatter = readFrontMatter(child.value, spanOf(child));
    if (child.type === 'heading' && child.depth === 1) {
      title = { text: toString(child).trim(), depth: 1, span: spanOf(child) };
      break;
    }
  }
  return { frontMatter, title };
}

function readFrontMatter(yaml: string, span: Span): FrontMatter {
  try {
    // Warnings would go to the process's stderr, in the middle of a CLI report; errors still throw.
    const data: unknown = parseYaml(yaml, { logLevel: 'error' });
    const isMapping = typeof data === 'object' && data !== null && !Array.isArray(data);
    return { span, data: isMapping ? (data as Record<string, unknown>) : {}, error: undefined };
  } catch (error) {
    return { span, data: {}, error: error instanceof Error ? error.message : String(error) };
  }
}

// `[^<>]`: the scan from an unclosed `<!--` stops at the next one, so many of them stay linear.
const DIRECTIVE = /<!--\s*session-lint-(disable-next-line|disable-line|disable|enable)\b([^<>]*?)-->/g;

const answerLabelPatterns = new WeakMap<readonly string[], RegExp | undefined>();

/** `^(Antwoord|…)\s*:` for a template's answer labels (literal text), built once per label list. */
function answerLabelPattern(labels: readonly string[]): RegExp | undefined {
  if (!answerLabelPatterns.has(labels)) {
    const escaped = labels.map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    answerLabelPatterns.set(labels, labels.length ? new RegExp(`^(${escaped.join('|')})\\s*:`, 'i') : undefined);
  }
  return answerLabelPatterns.get(labels);
}

const SKIPPED_PHRASING = new Set(['link', 'linkReference', 'inlineCode', 'html', 'image', 'imageReference', 'footnoteReference']);

function spanOf(node: Nodes): Span {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

/** The place a cell or line gives its tokens to: a field's value or a table cell. */
interface Owner {
  field?: Field;
  cell?: Cell;
}

/**
 * Builds the sheet's structure in one walk of the tree. Block nodes are visited once;
 * the phrasing inside a paragraph, heading or cell is read as a unit, line by line,
 * and not visited again.
 */
class StructureBuilder {
  readonly sections: Section[] = [{ index: 0, heading: undefined, parent: undefined, contentEnd: undefined }];
  readonly fields: Field[] = [];
  readonly choices: ChoiceGroup[] = [];
  readonly checkboxes: Checkbox[] = [];
  readonly tasks: TaskItem[] = [];
  readonly blanks: Gap[] = [];
  readonly placeholders: Gap[] = [];
  readonly tables: Table[] = [];
  readonly directives: Directive[] = [];

  private readonly text: string;
  private readonly answerLabel: RegExp | undefined;
  private readonly openSections: { depth: number; index: number }[] = [];
  /** The questions of the list items being read (`1. **Welk leiderschap is nodig?**`), innermost last. */
  private readonly questions: string[] = [];
  /** A field whose label ended its block: the next block, if it is not a field, is its value. */
  private pendingField: Field | undefined;

  constructor(
    private readonly source: SourceText,
    options: StructureOptions,
  ) {
    this.text = source.text;
    this.answerLabel = answerLabelPattern(options.answerLabels ?? []);
  }

  private get section(): number {
    return this.openSections.at(-1)?.index ?? 0;
  }

  walk(node: Nodes): void {
    switch (node.type) {
      case 'root':
        for (const child of node.children) {
          this.walk(child);
          if (child.type !== 'heading' && child.type !== 'thematicBreak' && child.type !== 'yaml') {
            this.sections[this.section].contentEnd = spanOf(child).end;
          }
        }
        return;
      case 'blockquote':
      case 'footnoteDefinition':
        this.settlePendingField(node, false);
        for (const child of node.children) this.walk(child);
        this.settlePendingField(undefined, false);
        return;
      case 'list':
        this.settlePendingField(node, false);
        for (const child of node.children) this.walk(child);
        return;
      case 'listItem':
        this.readListItem(node);
        return;
      case 'heading':
        this.settlePendingField(undefined, false);
        this.readHeading(node);
        return;
      case 'thematicBreak':
        this.settlePendingField(undefined, false);
        return;
      case 'paragraph':
        this.readPhrasing(node.children, spanOf(node), {}, this.startsWithLabel(node.children));
        return;
      case 'table':
        this.settlePendingField(node, false);
        this.readTable(node);
        return;
      case 'html':
        this.readDirectives(node.value, spanOf(node).start);
        return;
      case 'code':
        this.settlePendingField(node, false);
        return;
      default:
        return;
    }
  }

  private readHeading(node: MdHeading): void {
    const heading: Heading = { text: toString(node).trim(), depth: node.depth, span: spanOf(node) };
    while ((this.openSections.at(-1)?.depth ?? 0) >= node.depth) this.openSections.pop();
    const index = this.sections.length;
    this.sections.push({ index, heading, parent: this.openSections.at(-1)?.index, contentEnd: undefined });
    this.openSections.push({ depth: node.depth, index });
    this.readPhrasing(node.children, spanOf(node), {}, false, false);
  }

  private readListItem(node: ListItem): void {
    if (typeof node.checked === 'boolean') {
      const first = node.children[0];
      const markerEnd = first ? spanOf(first).start : spanOf(node).end;
      const itemStart = spanOf(node).start;
      const marker = /\[[ xX]\]/.exec(this.text.slice(itemStart, markerEnd));
      if (marker) {
        const start = itemStart + marker.index;
        this.tasks.push({
          span: { start, end: start + 3 },
          checked: node.checked,
          text: first ? toString(first, { includeHtml: false }).trim() : '',
          section: this.section,
        });
      }
    }
    const [first, ...rest] = node.children;
    if (first) this.walk(first);
    // An item whose first paragraph asks a question: the fields nested under it answer it.
    const question = rest.length > 0 && first?.type === 'paragraph' ? questionOf(toString(first)) : undefined;
    if (question !== undefined) this.questions.push(question);
    for (const child of rest) this.walk(child);
    if (question !== undefined) this.questions.pop();
    // A label-only field never takes its value from outside its own list item.
    this.settlePendingField(undefined, false);
  }

  private readTable(node: MdTable): void {
    const rows: Row[] = [];
    for (const row of node.children) {
      const cells: Cell[] = [];
      for (const cell of row.children) {
        const context = cells.length > 0 ? cells[0].text : '';
        cells.push(this.readCell(cell, context));
      }
      rows.push({ span: spanOf(row), cells });
    }
    const [header, ...body] = rows;
    this.tables.push({ span: spanOf(node), header: header?.cells ?? [], rows: body, section: this.section });
  }

  private readCell(node: TableCell, context: string): Cell {
    const span = spanOf(node);
    // A cell's span includes its leading pipe, and for the last cell the closing one too.
    const closes = span.end > span.start + 1 && this.text[span.end - 1] === '|' && this.text[span.end - 2] !== '\\';
    const inner = { start: this.text[span.start] === '|' ? span.start + 1 : span.start, end: closes ? span.end - 1 : span.end };
    const trimmed = trimSpan(this.text, inner);
    const empty = trimmed.start === trimmed.end;
    const raw = this.text.slice(trimmed.start, trimmed.end);
    const cell: { -readonly [K in keyof Cell]: Cell[K] } = {
      span,
      contentSpan: empty ? inner : trimmed,
      text: toString(node).trim(),
      state: classifyValue(raw),
      checkbox: undefined,
      choice: undefined,
    };
    const found = this.readPhrasing(node.children, trimmed, { cell }, false, false, context);
    cell.checkbox = found.checkboxes.length === 1 && found.choices.length === 0 ? found.checkboxes[0] : undefined;
    cell.choice = found.choices[0];
    return cell;
  }

  private startsWithLabel(children: readonly PhrasingContent[]): boolean {
    const first = children[0];
    if (!first) return false;
    if (first.type === 'strong') return this.isLabel(toString(first), spanOf(first).end);
    return first.type === 'text' && this.answerLabel !== undefined && this.answerLabel.test(first.value);
  }

  private isLabel(strongText: string, strongEnd: number): boolean {
    return strongText.trimEnd().endsWith(':') || this.text[strongEnd] === ':';
  }

  /**
   * Reads the phrasing of one block line by line: labels, boxes (alone or as a pick-one
   * group), blanks and placeholders. Returns what it found so a cell can keep its box.
   */
  private readPhrasing(
    children: readonly PhrasingContent[],
    blockSpan: Span,
    owner: Owner,
    startsWithLabel: boolean,
    mayHoldFields = true,
    cellContext = '',
  ): { checkboxes: Checkbox[]; choices: ChoiceGroup[] } {
    if (owner.cell === undefined) this.settlePendingField(blockSpan, startsWithLabel);
    const tokens: InlineToken[] = [];
    const strongs: { span: Span; text: string }[] = [];
    this.collectInline(children, tokens, strongs, true);
    const found = { checkboxes: [] as Checkbox[], choices: [] as ChoiceGroup[] };

    let openField: Field | undefined;
    let tokenIndex = 0;
    for (let lineStart = blockSpan.start; lineStart < blockSpan.end; ) {
      const lineStop = Math.min(lineEnd(this.source, lineStart), blockSpan.end);
      let contentStart = lineStart;
      while (contentStart < lineStop && /[\s>]/.test(this.text[contentStart])) contentStart++;

      const field = mayHoldFields ? this.readLabel(contentStart, lineStop, strongs) : undefined;
      if (field) {
        openField = field.state === 'empty' ? field : undefined;
      } else if (openField && contentStart < lineStop) {
        // Lines under a label-only line, up to the next label, are that label's value.
        const valueStart = openField.valueSpan.start === openField.valueSpan.end ? contentStart : openField.valueSpan.start;
        this.setFieldValue(openField, { start: valueStart, end: lineStop });
      }
      const lineOwner: Owner = owner.cell ? owner : { field: field ?? openField };

      const lineTokens: InlineToken[] = [];
      while (tokenIndex < tokens.length && tokens[tokenIndex].span.start < lineStop) lineTokens.push(tokens[tokenIndex++]);
      const context = field?.label ?? (cellContext || this.text.slice(contentStart, lineTokens[0]?.span.start ?? contentStart).trim());
      this.readLineTokens(lineTokens, lineStop, lineOwner, context, found);
      if (field && found.choices.length && found.choices.at(-1)!.span.start >= field.valueSpan.start) {
        field.choice = found.choices.at(-1);
      }
      lineStart = lineStop + 1;
    }
    if (openField && openField.state === 'empty') this.pendingField = openField;
    return found;
  }

  private collectInline(
    children: readonly PhrasingContent[],
    tokens: InlineToken[],
    strongs: { span: Span; text: string }[],
    topLevel: boolean,
  ): void {
    for (const child of children) {
      if (child.type === 'text') {
        const span = spanOf(child);
        scanText(this.text, span.start, span.end, tokens);
      } else if (child.type === 'html') {
        this.readDirectives(child.value, spanOf(child).start);
      } else if (!SKIPPED_PHRASING.has(child.type) && 'children' in child) {
        if (topLevel && child.type === 'strong') strongs.push({ span: spanOf(child), text: toString(child) });
        this.collectInline(child.children, tokens, strongs, false);
      }
    }
  }

  private readLabel(contentStart: number, lineStop: number, strongs: readonly { span: Span; text: string }[]): Field | undefined {
    let label: string | undefined;
    let labelSpan: Span | undefined;
    let kind: Field['kind'] = 'bold';
    const strong = strongs.find((candidate) => candidate.span.start === contentStart);
    if (strong && this.isLabel(strong.text, strong.span.end)) {
      label = strong.text.trim().replace(/:$/, '').trim();
      labelSpan = { start: strong.span.start, end: strong.span.end + (this.text[strong.span.end] === ':' ? 1 : 0) };
    } else if (this.answerLabel) {
      const match = this.answerLabel.exec(this.text.slice(contentStart, lineStop));
      if (match) {
        label = match[1];
        labelSpan = { start: contentStart, end: contentStart + match[0].length };
        kind = 'answer';
      }
    }
    if (label === undefined || labelSpan === undefined) return undefined;
    const field: Field = {
      label,
      question: this.questions.at(-1),
      kind,
      labelSpan,
      valueSpan: { start: labelSpan.end, end: labelSpan.end },
      value: '',
      state: 'empty',
      section: this.section,
      choice: undefined,
    };
    this.setFieldValue(field, { start: labelSpan.end, end: lineStop });
    if (field.state === 'empty') field.valueSpan = this.whitespaceAfter(labelSpan.end);
    this.fields.push(field);
    return field;
  }

  private setFieldValue(field: Field, span: Span): void {
    const trimmed = trimSpan(this.text, span);
    field.valueSpan = trimmed;
    field.value = this.text.slice(trimmed.start, trimmed.end);
    field.state = classifyValue(field.value);
  }

  /** The block after a label-only field: its value, unless it starts a field of its own. */
  private settlePendingField(block: Span | Nodes | undefined, startsWithLabel: boolean): void {
    const field = this.pendingField;
    if (!field) return;
    this.pendingField = undefined;
    if (block === undefined || startsWithLabel) return;
    const span = 'type' in block ? spanOf(block) : block;
    this.setFieldValue(field, span);
    if (field.state === 'empty') field.valueSpan = this.whitespaceAfter(field.labelSpan.end);
  }

  /** Where an empty field's value goes: the spaces after its label, up to the end of the line. */
  private whitespaceAfter(offset: number): Span {
    let end = offset;
    while (end < this.text.length && (this.text[end] === ' ' || this.text[end] === '\t')) end++;
    return { start: offset, end };
  }

  private readLineTokens(
    tokens: readonly InlineToken[],
    lineStop: number,
    owner: Owner,
    context: string,
    found: { checkboxes: Checkbox[]; choices: ChoiceGroup[] },
  ): void {
    const boxes: Checkbox[] = [];
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index];
      if (token.kind === 'box') {
        const next = tokens.slice(index + 1).find((candidate) => candidate.kind === 'box');
        const labelEnd = next ? next.span.start : lineStop;
        const label = this.text.slice(token.span.end, labelEnd).replace(/[|*_]/g, '').trim();
        boxes.push({ span: token.span, checked: token.checked, label });
        continue;
      }
      const inField = owner.field && token.span.start >= owner.field.valueSpan.start ? owner.field : undefined;
      const gap: Gap = { span: token.span, text: token.text, section: this.section, field: inField, cell: owner.cell };
      (token.kind === 'blank' ? this.blanks : this.placeholders).push(gap);
    }
    if (boxes.length >= 2 && boxes.every((box) => box.label.length > 0)) {
      const tail = trimSpan(this.text, { start: boxes.at(-1)!.span.end, end: lineStop });
      const group: ChoiceGroup = {
        options: boxes,
        span: { start: boxes[0].span.start, end: Math.max(tail.end, boxes.at(-1)!.span.end) },
        context,
        section: this.section,
      };
      this.choices.push(group);
      found.choices.push(group);
    } else {
      for (const box of boxes) {
        this.checkboxes.push(box);
        found.checkboxes.push(box);
      }
    }
  }

  private readDirectives(html: string, offset: number): void {
    for (const match of html.matchAll(DIRECTIVE)) {
      this.directives.push({
        kind: match[1] as Directive['kind'],
        rules: match[2].split(/[\s,]+/).filter(Boolean),
        line: positionAt(this.source, offset + match.index).line,
      });
    }
  }

  finish(tree: Root, identity: SheetIdentity): SheetStructure {
    this.settlePendingField(undefined, false);
    const parts = {
      source: this.source,
      frontMatter: identity.frontMatter,
      title: identity.title,
      sections: this.sections,
      fields: this.fields,
      choices: this.choices,
      checkboxes: this.checkboxes,
      tasks: this.tasks,
      blanks: this.blanks,
      placeholders: this.placeholders,
      tables: this.tables,
      directives: this.directives,
    };
    const definitions = tree.children.filter((block) => block.type === 'definition');
    return { ...parts, prose: proseBlocks(tree.children, parts), definitions };
  }
}

/** A list item's text when it is a question (ends in `?`), else undefined. */
function questionOf(lead: string): string | undefined {
  const text = lead.trim();
  return text.endsWith('?') ? text : undefined;
}

export function buildStructure(
  tree: Root,
  source: SourceText,
  options: StructureOptions = {},
  identity: SheetIdentity = readIdentity(tree),
): SheetStructure {
  const builder = new StructureBuilder(source, options);
  builder.walk(tree);
  return builder.finish(tree, identity);
}
