import type { Directive } from '../model/types';

/**
 * Whether inline comments turn a rule off on a line, as markdownlint's do:
 * `disable`/`enable` hold from their line on, `disable-line` for its own line,
 * `disable-next-line` for the line after it. No rule ids means every rule.
 */
export function isSuppressed(directives: readonly Directive[], rule: string, line: number): boolean {
  let disabled = false;
  for (const directive of directives) {
    if (directive.line > line) break;
    if (directive.rules.length > 0 && !directive.rules.includes(rule)) continue;
    if (directive.kind === 'disable') disabled = true;
    else if (directive.kind === 'enable') disabled = false;
    else if (directive.kind === 'disable-line' && directive.line === line) return true;
    else if (directive.kind === 'disable-next-line' && directive.line + 1 === line) return true;
  }
  return disabled;
}
