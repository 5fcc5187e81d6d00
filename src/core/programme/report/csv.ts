/** One CSV record per row, RFC 4180: fields quoted when they hold a quote, a comma or a line break; CRLF between records. */
export function toCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return rows.map((row) => row.map((value) => csvField(value === undefined ? '' : String(value))).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
