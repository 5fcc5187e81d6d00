import { createTwoFilesPatch } from 'diff';

/** What --fix-dry-run prints for one file: a unified diff, as `diff -u` and git would. */
export function unifiedDiff(file: string, before: string, after: string): string {
  const path = file.split('\\').join('/');
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3 }).replace(/^=+\n/, '');
}
