import { readIdentity } from '../model/build';
import { parseMarkdown } from '../parse';
import type { SessionStatus } from '../severity';
import { rangeOf, toSourceText } from '../source';
import type { TextEdit } from './analyze';

/**
 * The smallest edit that sets front matter `status:`: the value on an existing line, a new
 * line at the end of existing front matter, or new front matter at the top of the sheet.
 */
export function setStatusEdit(text: string, status: SessionStatus): TextEdit {
  const source = toSourceText(text);
  const { frontMatter } = readIdentity(parseMarkdown(source.text));
  const at = (start: number, end = start) => rangeOf(source, { start, end });
  if (!frontMatter) return { range: at(0), newText: `---${source.eol}status: ${status}${source.eol}---${source.eol}` };
  const block = source.text.slice(frontMatter.span.start, frontMatter.span.end);
  const line = /^status:[ \t]*(.*?)[ \t]*$/m.exec(block);
  if (line) {
    const valueStart = frontMatter.span.start + line.index + line[0].indexOf(line[1], 'status:'.length);
    return { range: at(valueStart, valueStart + line[1].length), newText: status };
  }
  const closing = frontMatter.span.start + block.lastIndexOf('\n---') + 1;
  return { range: at(closing), newText: `status: ${status}${source.eol}` };
}
