/** A Markdown table; cells have their pipes escaped and line breaks made spaces. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[], alignRight: readonly number[] = []): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  const rule = `|${header.map((_, index) => (alignRight.includes(index) ? '---:' : '---')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function markdownCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A link to a place in a sheet: VS Code's preview opens `file.md#L12` at that line. */
export function sheetLink(label: string, path: string, line: number): string {
  const target = path.split('/').map(encodeURIComponent).join('/');
  return `[${label.replace(/[[\]\\]/g, '\\$&')}](${target}#L${line})`;
}
