import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { RULE_IDS, RULES, CROSS_FILE_RULES } from '../../src/core/index';
import { repoPath } from '../support/paths';

/**
 * The user documentation of the rules, one file per language, shown rendered in VS Code when a
 * finding's rule id is clicked: every rule id has its `## \`id\`` section there (the anchor is
 * the id), in the same order in both languages, and none is empty.
 */
const DOCS = { nl: 'docs/rules.nl.md', en: 'docs/rules.en.md' } as const;

const CODE_IDS = [...RULE_IDS, ...CROSS_FILE_RULES.map((rule) => rule.id)];
const EXPECTED = [...CODE_IDS].sort();

/** Each rule's default severity as the code has it. */
const DEFAULTS = new Map<string, string>([...RULES, ...CROSS_FILE_RULES].map((rule) => [rule.id, rule.defaultSeverity]));

interface Section {
  readonly heading: string;
  /** The rule id when the heading is exactly `## \`id\``. */
  readonly id: string | undefined;
  readonly body: string;
}

const RULE_HEADING = /^## `([a-z][a-z-]*)`$/;

/** The level-2 sections of a Markdown file; headings inside fenced code blocks do not count. */
function sectionsOf(markdown: string): Section[] {
  const sections: { heading: string; lines: string[] }[] = [];
  let fence: string | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && marker) fence = marker;
    else if (fence !== undefined && marker?.startsWith(fence)) fence = undefined;
    else if (fence === undefined && /^#{1,2} /.test(line)) {
      // A level-1 or level-2 heading ends the section before it; only level 2 is kept.
      sections.push({ heading: line, lines: [] });
      continue;
    }
    sections.at(-1)?.lines.push(line);
  }
  return sections
    .filter((section) => section.heading.startsWith('## '))
    .map((section) => ({ heading: section.heading, id: RULE_HEADING.exec(section.heading)?.[1], body: section.lines.join('\n') }));
}

const read = (path: string) => readFileSync(repoPath(path), 'utf8');
const ruleIds = (path: string) => sectionsOf(read(path)).flatMap((section) => (section.id ? [section.id] : []));

describe('the rule documentation (docs/rules.*.md)', () => {
  it('exists in Dutch and in English', () => {
    for (const path of Object.values(DOCS)) assert.ok(existsSync(repoPath(path)), `${path} is missing`);
  });

  for (const [language, path] of Object.entries(DOCS)) {
    it(`${language}: has exactly one "## \`id\`" section per rule id `, () => {
      const ids = ruleIds(path);
      const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
      assert.deepEqual(repeated, [], `${path} has more than one section for these ids`);
      assert.deepEqual([...ids].sort(), EXPECTED);
    });

    it(`${language}: writes a rule heading as \`## \\\`id\\\`\` and nothing else`, () => {
      const loose = sectionsOf(read(path)).filter((section) => section.heading.includes('`') && section.id === undefined);
      assert.deepEqual(loose.map((section) => section.heading), []);
    });

    it(`${language}: has no empty section`, () => {
      const empty = sectionsOf(read(path)).filter((section) => section.body.trim() === '');
      assert.deepEqual(empty.map((section) => section.heading), []);
    });

    it(`${language}: links every rule's section from the overview table`, () => {
      const text = read(path);
      for (const id of EXPECTED) assert.ok(text.includes(`| [\`${id}\`](#${id}) |`), `${path}: no overview row for ${id}`);
    });
  }

  for (const [language, path] of Object.entries(DOCS)) {
    it(`${language}: gives each rule's default severity as the code has it`, () => {
      const rows = [...readFileSync(repoPath(path), 'utf8').matchAll(/^\| \[`([a-z-]+)`\]\(#[a-z-]+\) \| (\w+) \|/gm)];
      assert.equal(rows.length, CODE_IDS.length);
      assert.deepEqual(rows.filter(([, id, severity]) => DEFAULTS.get(id) !== severity).map(([, id, severity]) => `${id}: ${severity}, code: ${DEFAULTS.get(id)}`), []);
    });
  }

  it('has its sections in the same order in both languages', () => {
    assert.deepEqual(ruleIds(DOCS.en), ruleIds(DOCS.nl));
    assert.equal(sectionsOf(read(DOCS.en)).length, sectionsOf(read(DOCS.nl)).length);
  });
});
