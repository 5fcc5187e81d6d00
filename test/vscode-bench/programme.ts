import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { SessionTemplatesApi } from '../../src/extension';

const SHEETS = 1_000;

/** Resolves once the programme index satisfies `ready`, checked after each of its change events. */
function indexWhen(api: SessionTemplatesApi, ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (ready()) return resolve();
    const subscription = api.programme.onDidChange(() => {
      if (!ready()) return;
      subscription.dispose();
      resolve();
    });
  });
}

/**
 * The programme index in the extension host, as a person meets it: a thousand filled-in sheets
 * appear at once (as a git checkout or a copied folder would bring them) and are read through the
 * file watcher, in the analysis worker; meanwhile the host's event loop is watched. Then one
 * sheet is changed on disk. Ratios to one analysis of the user's sheet (`sheetCost`).
 */
export async function programmeFigures(api: SessionTemplatesApi, activationIndexed: number, sheetCost: number): Promise<string[]> {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const filled = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, 'sessies', '2026-03-12-baateigenaren-klant-in-beeld.md')));
  await api.programme.whenIndexed();
  const before = api.programme.index.size;
  const directory = join(folder.fsPath, 'bench-programma');
  mkdirSync(directory, { recursive: true });
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const start = performance.now();
  // Each on its own day across three years, so every benefit has a long history.
  const paths = Array.from({ length: SHEETS }, (_, copy) => {
    const day = new Date(Date.UTC(2024, 0, 1 + copy)).toISOString().slice(0, 10);
    const path = join(directory, `${day}-ronde-${copy}.md`);
    writeFileSync(path, filled.replace(/^\*\*Datum sessie:\*\* .*$/m, `**Datum sessie:** ${day}`));
    return path;
  });
  await indexWhen(api, () => api.programme.index.size >= before + SHEETS);
  await api.programme.whenIndexed();
  const first = performance.now() - start;
  delay.disable();

  // One sheet changes on disk: an owner in the middle of the history.
  const middle = paths[SHEETS / 2];
  const changedAt = performance.now();
  const owner = () => api.programme.index.get(vscode.Uri.file(middle).path)?.benefits[0].owner?.name;
  writeFileSync(middle, filled.replace(/^\*\*Datum sessie:\*\* .*$/m, `**Datum sessie:** 2025-05-15`).replace('**Baateigenaar:** Anna de Wit', '**Baateigenaar:** Dirk Vos'));
  await indexWhen(api, () => owner() === 'Dirk Vos');
  const one = performance.now() - changedAt;

  rmSync(directory, { recursive: true, force: true });
  await indexWhen(api, () => api.programme.index.size === before);

  const ratio = (ms: number) => `${(ms / sheetCost).toFixed(1)}×`;
  return [
    '',
    `the programme index in the extension host (${SHEETS} filled-in sheets written into the workspace)`,
    `  sheets read when activate() returned    ${String(activationIndexed).padStart(7)}      the first reading starts after activation, never inside it`,
    `  all ${SHEETS} read through the watcher      ${first.toFixed(0).padStart(7)} ms   ${ratio(first)} one analysis (${ratio(first / SHEETS)} per sheet, in the worker thread)`,
    `  … the host's longest delay meanwhile   ${Math.max(0, delay.max / 1e6 - 10).toFixed(0).padStart(7)} ms   event-loop delay, max (any extension's work)`,
    `  one sheet changed on disk, re-indexed   ${one.toFixed(0).padStart(7)} ms   ${ratio(one)} one analysis, including the watcher's own delay`,
  ];
}
