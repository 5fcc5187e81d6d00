import { readFileSync } from 'node:fs';
import { analyze, builtInTemplates } from '../../src/core/index';
import { parseMarkdown } from '../../src/core/parse';
const sheet = readFileSync('test/fixtures/baateigenaren-filled.md', 'utf8');
const { templates } = builtInTemplates();
const sizes = process.argv.slice(2).map(Number);
for (let warm = 0; warm < 20; warm++) analyze(sheet, { templates });
for (const kb of sizes) {
  const text = sheet + '\n## Notities\n\n' + 'Notitie: besproken, niets open, volgende keer verder.\n'.repeat(Math.max(0, (kb*1024 - sheet.length)/54));
  const times: number[] = []; const parses: number[] = [];
  for (let i = 0; i < 5; i++) { let t = performance.now(); analyze(text, { templates }); times.push(performance.now() - t); t = performance.now(); parseMarkdown(text); parses.push(performance.now() - t); }
  times.sort((a,b)=>a-b); parses.sort((a,b)=>a-b);
  console.log(kb, 'KB analyze', times[2].toFixed(1), 'ms, parse', parses[2].toFixed(1));
}
