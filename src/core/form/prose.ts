import type { ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Definition, RootContent } from 'mdast';
import { toHast, type Handler } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { text } from '../i18n/text';
import { spanOf } from '../model/prose';
import { sectionAt } from '../rules/place';
import type { FormContext } from './context';
import type { FormFinding, ProseControl } from './types';

/**
 * GitHub's rules, stricter still: no images and no inputs (a box in the form is a control),
 * and links only to the web, to mail, or relative (a file beside the sheet).
 */
const SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: defaultSchema.tagNames?.filter((tag) => tag !== 'img' && tag !== 'input'),
  protocols: { href: ['http', 'https', 'mailto'] },
};

/** An image shows its alt text: the view loads nothing from elsewhere. */
const altText: Handler = (_state, node: { alt?: string | null }): ElementContent => ({ type: 'text', value: node.alt ?? '' });

const LABEL_LENGTH = 40;

/** The sheet's text around its controls (see `proseBlocks`), as read-only items to place among them. */
export function proseControls(context: FormContext): { section: number; start: number; control: ProseControl }[] {
  const { session } = context;
  const placed: { section: number; start: number; control: ProseControl }[] = [];
  for (const block of session.prose) {
    const html = toSafeHtml(block, session.definitions);
    if (!html) continue;
    const span = spanOf(block);
    const section = sectionAt(session, span.start);
    const words = toString(block, { includeHtml: false }).replace(/\s+/g, ' ').trim();
    const label = words.length > LABEL_LENGTH ? `${words.slice(0, LABEL_LENGTH).replace(/\s+\S*$/, '')}…` : words;
    // Findings about this text (none of a control's) show beside it.
    const findings: FormFinding[] = [];
    context.holders.push({ area: span, findings });
    placed.push({ section, start: span.start, control: { kind: 'prose', id: context.nextId(section, 'n'), label: text(label, label), findings, span, html } });
  }
  return placed;
}

/** The block as HTML a webview may show: raw HTML dropped, then sanitised; empty when no text is left. */
function toSafeHtml(block: RootContent, definitions: readonly Definition[]): string {
  // The definitions come along so `[tekst][ref]` links resolve; they render as nothing.
  const tree = toHast({ type: 'root', children: [block, ...definitions] }, { allowDangerousHtml: true, handlers: { image: altText, imageReference: altText } });
  const clean = sanitize(withoutRawHtml(tree), SCHEMA) as HastRoot;
  const hasText = clean.children.some((child) => child.type !== 'text' || child.value.trim() !== '');
  return hasText ? toHtml(clean).trim() : '';
}

/**
 * Drops the sheet's raw HTML, and the words between an inline `<script>` or `<style>` and its
 * end tag, which Markdown leaves as text of the paragraph: they are code, not the sheet's words.
 */
function withoutRawHtml<T extends HastNodes>(node: T): T {
  if (!('children' in node)) return node;
  const kept: typeof node.children = [];
  let inside: string | undefined;
  for (const child of node.children) {
    if (child.type !== 'raw') {
      if (!inside) kept.push(withoutRawHtml(child) as never);
      continue;
    }
    const tag = /^<(\/?)(script|style)\b/i.exec(child.value.trim());
    if (tag && !tag[1] && !/<\/(script|style)\s*>\s*$/i.test(child.value)) inside = tag[2].toLowerCase();
    else if (tag && tag[1] && tag[2].toLowerCase() === inside) inside = undefined;
  }
  return { ...node, children: kept };
}
