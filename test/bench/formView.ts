import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { analyze, builtInTemplates, buildForm } from '../../src/core/index';
import { parseMarkdown } from '../../src/core/parse';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * The form view's costs outside VS Code: building the form from an analysis (done after every
 * text change) as a ratio to one parse, the message sent to the view, and the view's bundle
 * (`npm run bench` builds it minified, as the .vsix ships it).
 */
export function reportFormView(sheet: string): void {
  const analysis = analyze(sheet, { templates: builtInTemplates().templates, language: 'nl' });
  const builds: number[] = [];
  const parses: number[] = [];
  for (let round = 0; round < 200; round++) {
    let begin = performance.now();
    parseMarkdown(sheet);
    parses.push(performance.now() - begin);
    begin = performance.now();
    buildForm(analysis);
    builds.push(performance.now() - begin);
  }
  const parse = median(parses);
  const build = median(builds);
  const message = Buffer.byteLength(JSON.stringify(buildForm(analysis)));
  const root = process.cwd();
  const script = readFileSync(join(root, 'out', 'formView.js'));
  const style = statSync(join(root, 'media', 'formView.css')).size;
  console.log("\nThe form view (user's sheet)\n");
  console.log(`  building the form from an analysis   ${build.toFixed(2).padStart(6)} ms   ${(build / parse).toFixed(2)}× a parse (${parse.toFixed(2)} ms), medians of 200`);
  console.log(`  the form message to the view         ${kb(message).padStart(9)}   JSON`);
  console.log(`  the view's script (out/formView.js)  ${kb(script.length).padStart(9)}   ${kb(gzipSync(script).length)} gzipped; its style sheet ${kb(style)}`);
}
