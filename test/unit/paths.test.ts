import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { relativePath } from '../../src/core/index';

describe('relativePath (no node:path, for the browser)', () => {
  const cases: [string, string][] = [
    ['/work/ws', '/work/ws/sessies/a.md'],
    ['/work/ws/', '/work/ws/sessies/traject/b.md'],
    ['/work/ws', '/work/other/c.md'],
    ['/work/ws', '/work/ws'],
    ['/', '/x/y.md'],
    ['/work/ws/sessies', '/work/ws/d.md'],
    ['/work/ws', '/work/ws/./sessies/../sessies/e.md'],
  ];
  for (const [from, path] of cases) {
    it(`${from} → ${path} as posix.relative says`, () => assert.equal(relativePath(from, path), posix.relative(from, path)));
  }
});
