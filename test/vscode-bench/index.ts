// `npm run bench`, part two: activation in a real VS Code. Loaded by runTests as the
// extension tests, on a host where no Markdown file is open yet, so the extension is
// not active when this starts and activate() here is its real first activation.
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { parseMarkdown } from '../../src/core/parse';
import userSheet from '../../src/templates/baateigenaren.md';

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
}
