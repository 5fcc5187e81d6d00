// README.md is the extension's details page, for users in Dutch and English; the developer
// documentation lives in CONTRIBUTING.md, and the README still says how to start on a fresh machine.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { repoPath } from '../support/paths';

describe('the READMEs', () => {
  const readme = readFileSync(repoPath('README.md'), 'utf8');
  const contributing = readFileSync(repoPath('CONTRIBUTING.md'), 'utf8');

  it('README.md is for users: the developer documentation is in CONTRIBUTING.md', () => {
    for (const heading of ['## Set-up', '## Packaging', '## Design', '## Performance', '## Choices made']) {
      assert.ok(contributing.includes(`\n${heading}\n`), `CONTRIBUTING.md has no ${heading}`);
      assert.ok(!readme.includes(`\n${heading}\n`), `README.md still has ${heading}`);
    }
  });

  it('README.md has a Dutch half, then an English half, with the same pictures and as many sections', () => {
    assert.ok(readme.includes('[Nederlands](#nederlands) · [English](#english)'));
    const [, dutch, english] = readme.split(/\n## (?:Nederlands|English)\n/);
    assert.ok(dutch && english, 'no "## Nederlands" followed by "## English"');
    const pictures = (half: string) => [...half.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((match) => match[1]);
    const sections = (half: string) => half.match(/^### /gm)?.length;
    assert.deepEqual(pictures(dutch), pictures(english));
    assert.equal(sections(dutch), sections(english));
  });

  it('README.md still says how to set up, start and test on a fresh machine, in both languages', () => {
    for (const heading of ['### Ontwikkeling', '### Development']) {
      assert.ok(readme.includes(`\n${heading}\n`), heading);
      const section = readme.slice(readme.indexOf(`\n${heading}\n`)).split(/\n##+ /)[1];
      for (const words of ['CONTRIBUTING.md', 'apt-get install chromium libkrb5-dev ripgrep build-essential python3 git', 'npm ci', 'npm start', 'npm test']) {
        assert.ok(section.includes(words), `${heading}: ${words}`);
      }
    }
  });
});
