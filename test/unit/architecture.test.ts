import assert from 'node:assert/strict';
import { ESLint } from 'eslint';
import { repoPath } from '../support/paths';

describe('the architecture', function () {
  // Runs ESLint over source files: seconds on a busy machine, not milliseconds.
  this.timeout(60_000);

  it('lint keeps vscode and Node built-ins out of src/core', async () => {
    const eslint = new ESLint({ cwd: repoPath() });
    const [result] = await eslint.lintText(
      "import * as vscode from 'vscode';\nimport { readFileSync } from 'node:fs';\nexport const uses = [vscode, readFileSync];\n",
      { filePath: repoPath('src/core/probe.ts') },
    );
    const banned = result.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.line);
    assert.deepEqual(banned, [1, 2]);
  });

  it('allows both outside the core', async () => {
    const eslint = new ESLint({ cwd: repoPath() });
    const [result] = await eslint.lintText("import { readFileSync } from 'node:fs';\nexport const uses = [readFileSync];\n", {
      filePath: repoPath('src/cli/probe.ts'),
    });
    assert.deepEqual(result.messages, []);
  });
});
