import type { Blockquote, List, Nodes, RootContent } from 'mdast';
import type { Span } from '../source';
import type { SheetStructure } from './types';

/** Blocks that are never text to read: headings name sections, the others show nothing. */
const NOT_PROSE = new Set(['heading', 'yaml', 'thematicBreak', 'html', 'definition', 'footnoteDefinition']);

/**
 * The sheet's text that holds no place to fill in, in the sheet's order: every top-level
 * block without one, and of a list or quote that holds some, its items or blocks without one.
 * A list item that holds a control is left out whole, since its words name that control
 * (`1. **Welk leiderschap is nodig?**`). Only these nodes are kept, not the whole tree: an
 * analysis made in the worker thread is copied across with them.
 */
export function proseBlocks(blocks: readonly RootContent[], parts: Omit<SheetStructure, 'prose' | 'definitions'>): RootContent[] {
  const holdsControl = controlFinder(parts);
  return blocks.filter((block) => !NOT_PROSE.has(block.type)).flatMap((block) => piecesWithoutControls(block, holdsControl));
}

/** The parts of a block with no control in them, each to show on its own. */
function piecesWithoutControls(block: RootContent, holdsControl: (span: Span) => boolean): RootContent[] {
  if (!holdsControl(spanOf(block))) return [block];
  if (block.type !== 'list' && block.type !== 'blockquote') return [];
  const pieces: RootContent[] = [];
  let run: { first: number; children: RootContent[] } | undefined;
  const flush = () => {
    if (run) pieces.push(partOf(block, run.first, run.children));
    run = undefined;
  };
  block.children.forEach((child: RootContent, index: number) => {
    if (!holdsControl(spanOf(child))) {
      run ??= { first: index, children: [] };
      run.children.push(child);
      return;
    }
    flush();
    // In a quote, the text beside a control still shows, in a quote of its own.
    if (block.type === 'blockquote') for (const part of piecesWithoutControls(child, holdsControl)) pieces.push(partOf(block, index, [part]));
  });
  flush();
  return pieces;
}

/** A list or quote of only some of its children (a new node: the parsed tree is never changed); an ordered list keeps their numbers. */
function partOf(container: List | Blockquote, first: number, children: RootContent[]): RootContent {
  const position = { start: children[0].position!.start, end: children.at(-1)!.position!.end };
  if (container.type === 'blockquote') return { ...container, children: children as Blockquote['children'], position };
  const start = container.ordered ? (container.start ?? 1) + first : container.start;
  return { ...container, start, children: children as List['children'], position };
}

/** Whether a span overlaps any control's text: a field from its label to its value, a box, a gap, a table. */
function controlFinder(parts: Omit<SheetStructure, 'prose' | 'definitions'>): (span: Span) => boolean {
  const spans: Span[] = [
    ...parts.fields.map((field) => ({ start: field.labelSpan.start, end: Math.max(field.labelSpan.end, field.valueSpan.end) })),
    ...parts.choices.map((group) => group.span),
    ...parts.checkboxes.map((box) => box.span),
    ...parts.tasks.map((task) => task.span),
    ...parts.blanks.map((gap) => gap.span),
    ...parts.placeholders.map((gap) => gap.span),
    ...parts.tables.map((table) => table.span),
  ].sort((a, b) => a.start - b.start);
  // The furthest end among the spans up to each one: a span overlaps some control's when the
  // furthest end of those starting before its end passes its start.
  const furthest: number[] = [];
  for (const span of spans) furthest.push(Math.max(span.end, furthest.at(-1) ?? 0));
  return (span) => {
    let low = 0;
    let high = spans.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (spans[middle].start < span.end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && furthest[low - 1] > span.start;
  };
}

export function spanOf(node: Nodes): Span {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}
