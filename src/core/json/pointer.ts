import { findNodeAtLocation, type Node as JsonNode } from 'jsonc-parser';
import { positionAt, type Position, type SourceText } from '../source';

/** A JSON pointer's segments (`/rules/owner-unknown` → `['rules', 'owner-unknown']`), array indexes as numbers. */
export function pointerSegments(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** One more segment on a JSON pointer, escaped. */
export function childPointer(pointer: string, key: string | number): string {
  return `${pointer}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** Points at `"key": value` rather than at the value, which is where people look. */
export function propertyKeyOffset(node: JsonNode): number {
  return node.parent?.type === 'property' ? node.parent.offset : node.offset;
}

/** Where the value at `pointer` is in the text: from its key to the end of the value; undefined when it is not there. */
export function locatePointer(tree: JsonNode, source: SourceText, pointer: string): { start: Position; end: Position } | undefined {
  const node = findNodeAtLocation(tree, pointerSegments(pointer));
  if (!node) return undefined;
  return { start: positionAt(source, propertyKeyOffset(node)), end: positionAt(source, node.offset + node.length) };
}
