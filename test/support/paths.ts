import { join } from 'node:path';

/** The repository root: unit tests run bundled from out/test/unit/. */
export const REPO_ROOT = join(__dirname, '..', '..', '..');

export function repoPath(...parts: string[]): string {
  return join(REPO_ROOT, ...parts);
}
