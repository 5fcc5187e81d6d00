import { normalisePath } from './track/checkTrack';

/**
 * `path` relative to the folder `from` (both with `/`), as Node's `path.posix.relative` gives
 * it: the extension runs in the browser too (vscode.dev), where there is no `node:path`.
 */
export function relativePath(from: string, path: string): string {
  const base = normalisePath(from).split('/').filter(Boolean);
  const target = normalisePath(path).split('/').filter(Boolean);
  let common = 0;
  while (common < base.length && common < target.length && base[common] === target[common]) common++;
  return [...Array<string>(base.length - common).fill('..'), ...target.slice(common)].join('/');
}
