// `npm run bench`, part two: activation in a real VS Code. Loaded by runTests as the
// extension tests, on a host where no Markdown file is open yet, so the extension is
// not active when this starts and activate() here is its real first activation.
import { Session } from 'node:inspector';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { parseMarkdown } from '../../src/core/parse';
import userSheet from '../../src/templates/baateigenaren.md';
import type { SessionTemplatesApi } from '../../src/extension';
import { formFigures } from './form';
import { programmeFigures } from './programme';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension('session-templates.session-templates');
  if (!extension) throw new Error('extension not found');
  if (extension.isActive) throw new Error('the extension is already active: the measurement would be wrong');

  const start = performance.now();
  await extension.activate();
  const activation = performance.now() - start;
  const indexedAtActivation = (extension.exports as SessionTemplatesApi).programme.index.size;

  const folder = vscode.workspace.workspaceFolders![0].uri;
  const sheet = vscode.Uri.joinPath(folder, 'sessies', '2026-03-05-baateigenaren-blanco.md');
  const opened = performance.now();
  const shown = new Promise<number>((resolve) => {
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((uri) => uri.toString() === sheet.toString()) && vscode.languages.getDiagnostics(sheet).length > 0) {
        subscription.dispose();
        resolve(performance.now() - opened);
      }
    });
  });
  await vscode.window.showTextDocument(sheet);
  const firstDiagnostics = await shown;

  const { analyzer } = extension.exports as SessionTemplatesApi;
  const timed = (document: vscode.TextDocument) => {
    const begin = performance.now();
    analyzer.analyzeText(document.getText(), document.uri);
    return performance.now() - begin;
  };
  const sheetDocument = await vscode.workspace.openTextDocument(sheet);
  // First, on a heap the in-thread analyses below have not filled: a collection of their garbage would count as blocking.
  const notes = (size: number, line: string) => Array.from({ length: Math.ceil(size / line.length) }, () => line).join('\n');
  const aside = await analysedAside(`${sheetDocument.getText()}\n## Notities\n\n${notes(1024 * 1024, 'Notitie: besproken, niets open, volgende keer verder.\n')}`);
  // A 5 MB README-like file that is no sheet, and a sheet of about 1 MB (its notes grown).
  const readme = await vscode.workspace.openTextDocument({ language: 'markdown', content: `# Changelog\n\n${notes(5 * 1024 * 1024, '- Fixed a thing in [the parser](https://example.org) with `code` and **bold** text.')}` });
  const bigSheet = await vscode.workspace.openTextDocument({ language: 'markdown', content: `${sheetDocument.getText()}\n## Notities\n\n${notes(1024 * 1024, 'Notitie: besproken, niets open, volgende keer verder.\n')}` });
  const sheetCost = median(Array.from({ length: 15 }, () => timed(sheetDocument)));
  const readmeCost = median(Array.from({ length: 5 }, () => timed(readme)));
  const bigSheetCost = timed(bigSheet);

  const parses: number[] = [];
  for (let round = 0; round < 60; round++) {
    const begin = performance.now();
    parseMarkdown(userSheet);
    parses.push(performance.now() - begin);
  }
  const parse = median(parses);
  const form = await formFigures(extension.exports as SessionTemplatesApi, sheet, parse);
  console.log('');
  console.log('activation in VS Code Server 1.100 (extension host), one cold activation');
  console.log(`  activate() incl. loading the bundle     ${activation.toFixed(1).padStart(7)} ms   ${(activation / parse).toFixed(1)}× a warm parse of the user's sheet (${parse.toFixed(2)} ms)`);
  console.log(`  opening the user's sheet to diagnostics ${firstDiagnostics.toFixed(1).padStart(7)} ms   (includes VS Code opening the editor)`);
  console.log(`  analysing the user's sheet (4 KB)       ${sheetCost.toFixed(1).padStart(7)} ms   median of 15`);
  console.log(`  a 5 MB Markdown file that is no sheet   ${readmeCost.toFixed(1).padStart(7)} ms   ${(readmeCost / sheetCost).toFixed(2)}× the 4 KB sheet (recognised from its lines, never parsed)`);
  console.log(`  a 1 MB sheet, analysed in one piece     ${bigSheetCost.toFixed(0).padStart(7)} ms   what the extension host would be blocked for, in its own thread`);
  console.log(`  a 1 MB sheet opened: to its findings    ${aside.toFindings.toFixed(0).padStart(7)} ms   analysed in the worker thread (limit raised to 2 MB for this)`);
  console.log(`  … our longest slice in the host thread  ${aside.oursLongest.toFixed(0).padStart(7)} ms   ${((aside.oursLongest / bigSheetCost) * 100).toFixed(1)}% of the analysis in one piece (CPU profile: longest run of samples in our bundle)`);
  console.log(`  … the host's longest delay, all of it  ${aside.longestBlock.toFixed(0).padStart(7)} ms   event-loop delay, max; includes VS Code's own Markdown extension parsing the same 1 MB`);
  for (const line of form) console.log(line);
  for (const line of await programmeFigures(extension.exports as SessionTemplatesApi, indexedAtActivation, sheetCost)) console.log(line);
}

/**
 * Opens a sheet as a person would (an editor, its findings in the Problems panel) with the size
 * limit raised, and watches the extension host meanwhile: the event loop's longest delay (any
 * extension's work) and, from a CPU profile, the longest unbroken run of our own code.
 */
async function analysedAside(content: string): Promise<{ toFindings: number; longestBlock: number; oursLongest: number }> {
  const config = vscode.workspace.getConfiguration('sessionTemplates');
  await config.update('maxSheetSizeKB', 2048, vscode.ConfigurationTarget.Global);
  const profiler = new Session();
  profiler.connect();
  const post = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve, reject) => profiler.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));
  try {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 500 });
    await post('Profiler.start');
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const opened = performance.now();
    const shown = new Promise<void>((resolve) => {
      const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((uri) => uri.toString() === document.uri.toString()) && vscode.languages.getDiagnostics(document.uri).length > 0) {
          subscription.dispose();
          resolve();
        }
      });
    });
    await vscode.window.showTextDocument(document);
    await shown;
    const toFindings = performance.now() - opened;
    delay.disable();
    const { profile } = await post<{ profile: CpuProfile }>('Profiler.stop');
    // Nanoseconds; less the sampling resolution, which is no blocking.
    return { toFindings, longestBlock: Math.max(0, delay.max / 1e6 - 10), oursLongest: longestRunIn(profile, '/out/extension.js') };
  } finally {
    profiler.disconnect();
    await config.update('maxSheetSizeKB', undefined, vscode.ConfigurationTarget.Global);
  }
}

interface CpuProfile {
  readonly nodes: readonly { readonly id: number; readonly parent?: number; readonly children?: readonly number[]; readonly callFrame: { readonly url: string } }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** The longest stretch of consecutive samples whose stack passes through a script (milliseconds). */
function longestRunIn(profile: CpuProfile, script: string): number {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const inScript = new Map<number, boolean>();
  const passesThrough = (id: number): boolean => {
    const known = inScript.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const result = byId.get(id)!.callFrame.url.endsWith(script) || (up !== undefined && passesThrough(up));
    inScript.set(id, result);
    return result;
  };
  let longest = 0;
  let run = 0;
  profile.samples.forEach((id, index) => {
    // A sample's delta is the time since the one before: the run grows by it while it lasts.
    run = passesThrough(id) ? run + profile.timeDeltas[index] / 1000 : 0;
    longest = Math.max(longest, run);
  });
  return longest;
}
