import type { Language } from '../core/index';
import manifest from '../../package.json';
import dutchDocs from '../../docs/rules.nl.md';
import englishDocs from '../../docs/rules.en.md';

const DOCS: Readonly<Record<Language, string>> = { nl: dutchDocs, en: englishDocs };

/** What a code-scanning view shows of a rule: its documentation's link, its first paragraph and its whole section. */
export interface RuleHelp {
  readonly uri: string;
  readonly fullDescription: string;
  readonly markdown: string;
}

/**
 * Where the rule's documentation is on the web, at this very version: the repository's
 * `docs/rules.<lang>.md` when package.json names a repository, else the same file in the
 * published npm package (which ships docs/). SARIF asks for an absolute URI; both are
 * stable, since a published version never changes. The anchor is the rule id.
 */
export function ruleDocsUrl(rule: string, language: Language, version: string = manifest.version, repository: unknown = (manifest as { repository?: unknown }).repository): string {
  const file = `docs/rules.${language}.md#${rule}`;
  const web = repositoryWebUrl(repository);
  return web ? `${web}/blob/v${version}/${file}` : `https://unpkg.com/${manifest.name}@${version}/${file}`;
}

/** `github:o/r`, `git+https://github.com/o/r.git`, `git@github.com:o/r.git` or `{ url }` as an https address; undefined when there is none. */
function repositoryWebUrl(repository: unknown): string | undefined {
  const url = typeof repository === 'string' ? repository : (repository as { url?: unknown } | undefined)?.url;
  if (typeof url !== 'string' || url === '') return undefined;
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(url);
  if (shorthand) return `https://github.com/${shorthand[1]}`;
  const scp = /^git@([^:]+):(.+?)(?:\.git)?$/.exec(url);
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  return url.replace(/^git\+/, '').replace(/^(?:git|ssh):\/\/(?:git@)?/, 'https://').replace(/\.git$/, '');
}

const cache = new Map<string, RuleHelp>();

/** The rule's help in the language asked for, from the documentation that ships with session-lint. */
export function ruleHelp(rule: string, language: Language): RuleHelp {
  const key = `${language}:${rule}`;
  let help = cache.get(key);
  if (!help) {
    const section = sectionOf(DOCS[language], rule);
    const uri = ruleDocsUrl(rule, language);
    // Links within the page (`](#…)`) lead to the page on the web, where the help is read.
    const markdown = section.replace(/\]\(#/g, `](${uri.replace(/#.*$/, '')}#`);
    help = { uri, fullDescription: firstParagraph(section), markdown };
    cache.set(key, help);
  }
  return help;
}

/** The body of `## \`rule\``, up to the next heading of level 1 or 2 outside a code block. */
function sectionOf(markdown: string, rule: string): string {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === `## \`${rule}\``);
  if (start === -1) return '';
  const body: string[] = [];
  let fence: string | undefined;
  for (const line of lines.slice(start + 1)) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && marker) fence = marker;
    else if (fence !== undefined && marker?.startsWith(fence)) fence = undefined;
    else if (fence === undefined && /^#{1,2} /.test(line)) break;
    body.push(line);
  }
  return body.join('\n').trim();
}

/** The section's first paragraph as one line, without its `*Default …*` lead (SARIF has the level already). */
function firstParagraph(section: string): string {
  const [paragraph = ''] = section.split(/\n\s*\n/);
  return paragraph.replace(/\s*\n\s*/g, ' ').replace(/^\*[^*]+\*\s*/, '').trim();
}
