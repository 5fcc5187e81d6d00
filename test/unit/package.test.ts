// One package.json, two packages: the .vsix holds what the extension runs and none of the
// command line; the npm package holds the command line, so `npx session-lint` works.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { REPO_ROOT, repoPath } from '../support/paths';
import { readZip } from '../support/zip';

const manifest = JSON.parse(readFileSync(repoPath('package.json'), 'utf8'));
const local = (path: string) => posix.normalize(path);

/** What the extension loads from its own folder, found where each is named. */
function runtimeFiles(): string[] {
  return [
    local(manifest.main),
    // The browser's entry (vscode.dev, github.dev).
    local(manifest.browser),
    // Every bundle the build puts beside it, such as a worker the extension starts.
    ...readdirSync(repoPath('out'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => `out/${name}`),
    'package.nls.json',
    'package.nls.nl.json',
    ...manifest.contributes.jsonValidation.map((validation: { url: string }) => local(validation.url)),
    ...manifest.contributes.grammars.map((grammar: { path: string }) => local(grammar.path)),
    // src/vscode/ruleDocs.ts opens docs/rules.<language>.md of the installed extension.
    'docs/rules.nl.md',
    'docs/rules.en.md',
    local(manifest.icon),
    // The activity bar's icon for the programme views.
    ...manifest.contributes.viewsContainers.activitybar.map((container: { icon: string }) => local(container.icon)),
    // src/vscode/formEditor/html.ts links the form view's styles.
    'media/formView.css',
  ];
}

/** The relative pictures in a Markdown text: `![alt](path)`. */
const pictures = (markdown: string) => [...markdown.matchAll(/!\[[^\]]*\]\(((?!\w+:)[^)\s]+)\)/g)].map((match) => match[1]);

describe('the .vsix', function () {
  // vsce scans every file it packs for secrets: seconds, more on a busy machine.
  this.timeout(180_000);
  let folder: string;
  let entries: Map<string, Buffer>;
  const text = (name: string) => entries.get(name)?.toString('utf8') ?? assert.fail(`${name} is not in the .vsix`);

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'vsix-'));
    const vsix = join(folder, 'session-templates.vsix');
    // The package script's own step after the build (test:unit has built out/).
    const packed = spawnSync(process.execPath, [repoPath('scripts/package.mjs'), '--out', vsix], { cwd: REPO_ROOT, encoding: 'utf8' });
    assert.equal(packed.status, 0, packed.stdout + packed.stderr);
    entries = readZip(readFileSync(vsix));
  });

  after(() => rmSync(folder, { recursive: true, force: true }));

  it('holds exactly what the extension loads, its README, changelog and licence', () => {
    const expected = [...new Set(['package.json', ...runtimeFiles(), 'readme.md', 'changelog.md', 'LICENSE.txt'])].map((path) => `extension/${path}`);
    assert.deepEqual([...entries.keys()].sort(), [...expected, 'extension.vsixmanifest', '[Content_Types].xml'].sort(), 'what the .vsix holds is listed in .vscodeignore');
  });

  it('leaves the command line out', () => {
    assert.ok(existsSync(repoPath('out/cli/session-lint.js')), 'the build made no command line to leave out');
    assert.deepEqual([...entries.keys()].filter((name) => /^extension\/(out\/cli|bin)\//.test(name)), []);
  });

  it('has the snippets and the Dutch strings inside its bundle, so their files stay out', () => {
    const bundle = text(`extension/${local(manifest.main)}`);
    const snippets = JSON.parse(readFileSync(repoPath('snippets/session.snippets.json'), 'utf8')) as Record<string, { prefix: string[] }>;
    const dutch = JSON.parse(readFileSync(repoPath('l10n/bundle.l10n.nl.json'), 'utf8')) as Record<string, string>;
    assert.ok(bundle.includes(JSON.stringify(Object.values(snippets)[0].prefix[0])));
    assert.ok(bundle.includes(Object.values(dutch).find((value) => value.length > 40) ?? assert.fail('no Dutch string')));
  });

  it('names its icon, licence, changelog and details page in its manifest', () => {
    const vsixManifest = text('extension.vsixmanifest');
    assert.match(vsixManifest, new RegExp(`<Icon>extension/${manifest.icon}</Icon>`));
    assert.match(vsixManifest, /<License>extension\/LICENSE\.txt<\/License>/);
    assert.match(vsixManifest, /Content\.Details" Path="extension\/readme\.md"/);
    assert.match(vsixManifest, /Content\.Changelog" Path="extension\/changelog\.md"/);
    assert.match(text('extension/LICENSE.txt'), /^MIT License\n\nCopyright \(c\) 2026 Session Templates contributors\n/);
    assert.match(text('extension/changelog.md'), new RegExp(`^## \\[${manifest.version.replace(/\./g, '\\.')}\\]`, 'm'));
  });

  it('has a square PNG icon of at least 128 pixels', () => {
    const icon = entries.get(`extension/${manifest.icon}`) ?? assert.fail('no icon');
    assert.equal(icon.subarray(1, 4).toString('latin1'), 'PNG');
    const [width, height] = [icon.readUInt32BE(16), icon.readUInt32BE(20)];
    assert.equal(width, height);
    assert.ok(width >= 128, `${width} px`);
  });

  it('shows the user README, Dutch first, with its pictures inside (the details page loads only https: and data: images)', () => {
    const readme = text('extension/readme.md');
    assert.ok(readme.indexOf('\n## Nederlands\n') > 0 && readme.indexOf('\n## Nederlands\n') < readme.indexOf('\n## English\n'));
    assert.deepEqual(pictures(readme), [], 'a picture the details page cannot load');
    const shown = pictures(readFileSync(repoPath('README.md'), 'utf8'));
    assert.ok(shown.length >= 3);
    for (const path of new Set(shown)) {
      const definition = new RegExp(`^\\[${path.replace(/[.]/g, '\\.')}\\]: data:image/png;base64,(\\S+)$`, 'm').exec(readme);
      assert.ok(definition, path);
      assert.ok(Buffer.from(definition[1], 'base64').equals(readFileSync(repoPath(path))), path);
    }
  });
});

describe('the npm package', function () {
  this.timeout(60_000);

  it('holds the command line as its bin, and no sources or tests', () => {
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO_ROOT, encoding: 'utf8' });
    assert.equal(pack.status, 0, pack.stderr);
    const [{ files }] = JSON.parse(pack.stdout) as [{ files: { path: string }[] }];
    const paths = files.map((file) => file.path);
    const bin = local(manifest.bin['session-lint']);
    const started = /require\('([^']+)'\)/.exec(readFileSync(repoPath(bin), 'utf8'))?.[1] ?? assert.fail(`${bin} starts nothing`);
    for (const path of [bin, posix.join(posix.dirname(bin), started), 'package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
      assert.ok(paths.includes(path), `${path} is not in the npm package (see .npmignore)`);
    }
    assert.deepEqual(paths.filter((path) => /^(src|test|scripts|node_modules|media)\/|\.map$/.test(path)), []);
  });
});
