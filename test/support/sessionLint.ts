import { spawnSync } from 'node:child_process';
import { runCli } from '../../src/cli/run';
import { repoPath } from './paths';

export interface LintRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real command, as CI and a pre-commit hook would (a Dutch locale unless `env` says otherwise). */
export function sessionLint(args: readonly string[], cwd: string, env: Record<string, string> = {}): LintRun {
  const result = spawnSync(process.execPath, [repoPath('bin/session-lint.js'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 30_000,
    env: { PATH: process.env.PATH ?? '', LANG: 'nl_NL.UTF-8', ...env },
  });
  // Stopped by the time limit: the run blocked (on a FIFO, say), which is a failure of its own.
  if (result.signal !== null) throw new Error(`session-lint ${args.join(' ')} was stopped (${result.signal}): it blocked`);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same run without starting Node: what session-lint.ts does, with the output kept. */
export async function lintInProcess(args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<LintRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd,
    env: { LANG: 'nl_NL.UTF-8', ...env },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}
