// `npm run package` after the production build: session-templates.vsix, holding what
// .vscodeignore lets in. `--out FILE` packs elsewhere (the unit test does).
//
// The details page gets its own README: VS Code shows it under the policy
// `img-src https: data:`, and with no public repository vsce has no https address for
// media/*.png, so each picture goes in as a data: URI, defined once for both languages.
// Links to files of the source (CONTRIBUTING.md, docs/) lead nowhere there: their text stays.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const DETAILS_README = 'out/vsix/README.md';
const TYPES = { png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif' };

function detailsReadme(markdown) {
  const pictures = new Set();
  const body = markdown
    .replace(/!\[([^\]]*)\]\(((?!\w+:)[^)\s]+)\)/g, (_, alt, path) => {
      pictures.add(path);
      return `![${alt}][${path}]`;
    })
    .replace(/(?<!!)\[([^\]]+)\]\((?!\w+:|#)[^)\s]+\)/g, '$1');
  const definitions = [...pictures].map((path) => {
    const type = TYPES[path.split('.').pop()];
    if (!type) throw new Error(`README.md: ${path} is no PNG, JPEG or GIF picture`);
    return `[${path}]: data:${type};base64,${readFileSync(join(ROOT, path)).toString('base64')}`;
  });
  return `${body.trimEnd()}\n\n${definitions.join('\n')}\n`;
}

const args = process.argv.slice(2);
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : 'session-templates.vsix';
mkdirSync(dirname(join(ROOT, DETAILS_README)), { recursive: true });
writeFileSync(join(ROOT, DETAILS_README), detailsReadme(readFileSync(join(ROOT, 'README.md'), 'utf8')));
const vsce = spawnSync(
  join(ROOT, 'node_modules', '.bin', 'vsce'),
  ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--readme-path', DETAILS_README, '--out', out],
  { cwd: ROOT, stdio: 'inherit' },
);
process.exit(vsce.status ?? 1);
