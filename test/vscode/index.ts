// The extension-host test runner: @vscode/test-electron's runTests loads this file inside
// a real VS Code and calls run(). It must be CommonJS, which the esbuild bundle is.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import type { ExtensionHostKind } from './helpers';

export function run(): Promise<void> {
  (globalThis as { sessionTemplatesTestHost?: ExtensionHostKind }).sessionTemplatesTestHost = 'node';
  // EXTENSION_TESTS_GREP=<text> runs only the tests whose titles hold it (while working on one).
  // Each test opens editors and waits on VS Code: seconds, and up to about 20 s with every core
  // busy (measured with `npm run test:loaded`). Suites whose work is heavier (git, templates
  // read from disk, large sheets) set their own.
  const mocha = new Mocha({ ui: 'bdd', color: true, timeout: 60_000, grep: process.env.EXTENSION_TESTS_GREP || undefined });
  for (const name of readdirSync(__dirname).filter((file) => file.endsWith('.test.js')).sort()) {
    mocha.addFile(join(__dirname, name));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      console.log(`${mocha.suite.total() - failures} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} extension test(s) failed`));
      else resolve();
    });
  });
}
