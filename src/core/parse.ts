import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// Built once: a unified processor is reusable and freezing it costs more than a small parse.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/** Parses normalised Markdown into mdast with positions (GFM and YAML front matter). */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
