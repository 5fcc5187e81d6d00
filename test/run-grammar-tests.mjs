// Grammar tests: vscode-tmgrammar-test checks the scopes our injection grammar gives, on top
// of the real Markdown grammar of VS Code (taken from the installed VS Code Server).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureCodeServer, ROOT } from '../scripts/vscode-web/code-server.mjs';

const entry = ensureCodeServer();
const markdown = join(entry, '..', '..', '..', 'lib', 'vscode', 'extensions', 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json');
const run = spawnSync(
  process.execPath,
  [join(ROOT, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js'), '-g', markdown, '-g', join(ROOT, 'syntaxes', 'session.injection.tmLanguage.json'), 'test/grammar/*.test.md'],
  { cwd: ROOT, encoding: 'utf8' },
);
// Grammars embedded in Markdown code blocks (JavaScript, YAML, …) are not loaded: that noise goes.
const output = `${run.stdout}${run.stderr}`.split('\n').filter((line) => !line.startsWith('grammar not found'));
console.log(output.join('\n').trim());
const passed = output.filter((line) => line.startsWith('✓')).length;
const failed = output.filter((line) => line.startsWith('✖')).length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
