// media/icon.svg to media/icon.png (256 px, transparent corners), the .vsix's icon.
// ImageMagick here has no SVG reader, so headless Chromium draws it, as the browser tests do.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, ROOT } from './vscode-web/code-server.mjs';

const SIZE = 256;
const svg = readFileSync(join(ROOT, 'media', 'icon.svg')).toString('base64');
const browser = await launchBrowser({ width: SIZE, height: SIZE });
try {
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.setContent(`<body style="margin:0"><img src="data:image/svg+xml;base64,${svg}" width="${SIZE}" height="${SIZE}" style="display:block"></body>`);
  await page.screenshot({ path: join(ROOT, 'media', 'icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
