// The sizes of the two extension bundles as `npm run bench` builds them (minified): the
// browser's is downloaded into every vscode.dev and github.dev tab that opens a sheet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export function reportBundles(root: string): void {
  console.log('\nThe extension’s bundles (npm run bench builds them minified, as packaged)\n');
  const node = readFileSync(join(root, 'out', 'extension.js'));
  const web = readFileSync(join(root, 'out', 'web', 'extension.js'));
  const nodeZipped = gzipSync(node).length;
  const webZipped = gzipSync(web).length;
  const line = (host: string, file: string, bytes: number, zipped: number) => console.log(`  ${host.padEnd(34)}${file.padEnd(22)}${kb(bytes).padStart(8)}, gzipped ${kb(zipped).padStart(6)}`);
  line('Node (desktop, remote)', 'out/extension.js', node.length, nodeZipped);
  line('browser (vscode.dev, github.dev)', 'out/web/extension.js', web.length, webZipped);
  console.log(`  browser ÷ Node: ${(web.length / node.length).toFixed(2)}× (gzipped ${(webZipped / nodeZipped).toFixed(2)}×); the browser's has the analysis inside, no worker thread`);
}
