// `npm run bench`, part two: activation in a real VS Code. Loaded by runTests as the
// extension tests, on a host where no Markdown file is open yet, so the extension is
// not active when this starts and activate() here is its real first activation.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { parseMarkdown } from '../../src/core/parse';
import userSheet from '../../src/templates/baateigenaren.md';
import type { SessionTemplatesApi } from '../../src/extension';

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
  console.log('');
  console.log('activation in VS Code Server 1.100 (extension host), one cold activation');
  console.log(`  activate() incl. loading the bundle     ${activation.toFixed(1).padStart(7)} ms   ${(activation / parse).toFixed(1)}× a warm parse of the user's sheet (${parse.toFixed(2)} ms)`);
  console.log(`  opening the user's sheet to diagnostics ${firstDiagnostics.toFixed(1).padStart(7)} ms   (includes VS Code opening the editor)`);
  console.log(`  analysing the user's sheet (4 KB)       ${sheetCost.toFixed(1).padStart(7)} ms   median of 15`);
  console.log(`  a 5 MB Markdown file that is no sheet   ${readmeCost.toFixed(1).padStart(7)} ms   ${(readmeCost / sheetCost).toFixed(2)}× the 4 KB sheet (recognised from its lines, never parsed)`);
  console.log(`  a 1 MB sheet, analysed in one piece     ${bigSheetCost.toFixed(0).padStart(7)} ms   what the extension host would be blocked for, in its own thread`);
  console.log(`  a 1 MB sheet opened: to its findings    ${aside.toFindings.toFixed(0).padStart(7)} ms   analysed in the worker thread (limit raised to 2 MB for this)`);
  console.log(`  … the host's longest blocked slice      ${aside.longestBlock.toFixed(0).padStart(7)} ms   ${(aside.longestBlock / bigSheetCost * 100).toFixed(1)}% of the analysis in one piece (event-loop delay, max)`);
}

/**
 * Opens a sheet as a person would (an editor, its findings in the Problems panel) with the size
 * limit raised, and measures the extension host's event loop meanwhile: its longest delay is
 * the longest the host was blocked while the worker analysed.
 */
async function analysedAside(content: string): Promise<{ toFindings: number; longestBlock: number }> {
  const config = vscode.workspace.getConfiguration('sessionTemplates');
  await config.update('maxSheetSizeKB', 2048, vscode.ConfigurationTarget.Global);
  try {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
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
    // Nanoseconds; less the sampling resolution, which is no blocking.
    return { toFindings, longestBlock: Math.max(0, delay.max / 1e6 - 10) };
  } finally {
    await config.update('maxSheetSizeKB', undefined, vscode.ConfigurationTarget.Global);
  }
}
