import Ajv from 'ajv';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS, CROSS_FILE_RULES } from '../../src/core/index';
import { repoPath } from '../support/paths';

/**
 * When a command or view of one language shows: the language the extension tells the
 * when-clauses (it may come from .sessions/config.jsonc), or before activation the setting.
 */
const SHOWN = {
  auto: '!sessionTemplates.uiLanguage && config.sessionTemplates.language == auto',
  nl: '(sessionTemplates.uiLanguage == nl || !sessionTemplates.uiLanguage && config.sessionTemplates.language == nl)',
  en: '(sessionTemplates.uiLanguage == en || !sessionTemplates.uiLanguage && config.sessionTemplates.language == en)',
} as const;

const json = (path: string) => JSON.parse(readFileSync(repoPath(path), 'utf8'));
const manifest = json('package.json');
const english = json('package.nls.json');
const dutch = json('package.nls.nl.json');

describe('the extension manifest', () => {
  it('names the extension and pins the VS Code API it is built against', () => {
    assert.equal(manifest.name, 'session-templates');
    assert.equal(manifest.displayName, 'Session Templates');
    assert.equal(manifest.engines.vscode, '^1.100.0');
    assert.equal(manifest.devDependencies['@types/vscode'], '1.100.0');
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
  });

  it('has every %key% in English and in Dutch, and no unused ones', () => {
    const used = [...JSON.stringify(manifest).matchAll(/"%([\w.]+)%"/g)].map((match) => match[1]).sort();
    assert.deepEqual(Object.keys(english).sort(), [...new Set(used)].sort());
    assert.deepEqual(Object.keys(dutch).sort(), Object.keys(english).sort());
  });

  it('gives every command a category and a localised title', () => {
    for (const command of manifest.contributes.commands) {
      assert.equal(command.category, 'Session Templates', command.command);
      if (!/\.(nl|en)$/.test(command.command)) assert.match(command.title, /^%command\.\w+%$/);
    }
  });

  it('has a Dutch and an English twin of every command a person sees, each shown in its language only', () => {
    const commands = new Map<string, unknown>(manifest.contributes.commands.map((command: { command: string }) => [command.command, command]));
    const palette = new Map<string, string>(manifest.contributes.menus.commandPalette.map((entry: { command: string; when: string }) => [entry.command, entry.when]));
    const visible = [...palette].filter(([id, when]) => when !== 'false' && !/\.(nl|en)$/.test(id)).map(([id]) => id);
    assert.deepEqual(visible.sort(), [
      'sessionTemplates.checkWorkspace',
      'sessionTemplates.filterAgreements',
      'sessionTemplates.groupAgreementsByDeadline',
      'sessionTemplates.groupAgreementsByPerson',
      'sessionTemplates.newSession',
      'sessionTemplates.newTemplateFromFile',
      'sessionTemplates.nextOpenItem',
      'sessionTemplates.openAsForm',
      'sessionTemplates.openFormToSide',
      'sessionTemplates.openTextToSide',
      'sessionTemplates.report',
      'sessionTemplates.setStatus',
      'sessionTemplates.showAllAgreements',
    ]);
    for (const id of visible) {
      const base = commands.get(id) as { title: string; enablement?: string; icon?: string };
      const key = base.title.slice(1, -1);
      assert.ok(String(palette.get(id)).startsWith(SHOWN.auto), id);
      for (const [language, value, original] of [['nl', dutch[key], english[key]], ['en', english[key], dutch[key]]]) {
        const twin = commands.get(`${id}.${language}`) as typeof base & { title: { value: string; original: string } };
        assert.ok(twin, `${id}.${language}`);
        // Shown in its language; found by the other language's words too (VS Code matches the original).
        assert.deepEqual(twin.title, { value, original });
        assert.equal(twin.enablement, base.enablement);
        assert.equal(twin.icon, base.icon);
        assert.equal(palette.get(`${id}.${language}`), String(palette.get(id)).replace(SHOWN.auto, SHOWN[language as 'nl' | 'en']));
      }
    }
    for (const menu of ['view/title', 'explorer/context', 'editor/title']) {
      const entries = manifest.contributes.menus[menu] as { command: string; when: string }[];
      for (const entry of entries.filter((candidate) => !/\.(nl|en)$/.test(candidate.command))) {
        for (const language of ['nl', 'en']) {
          assert.ok(entries.some((twin) => twin.command === `${entry.command}.${language}` && twin.when === entry.when.replace(SHOWN.auto, SHOWN[language as 'nl' | 'en'])), `${menu}: ${entry.command}.${language}`);
        }
      }
    }
  });

  it('shows commands and views in one language, which the extension may take from the configuration file', () => {
    const whens = JSON.stringify(manifest.contributes).match(/"when":\s*"[^"]*sessionTemplates\.language[^"]*"/g) ?? [];
    assert.ok(whens.length >= 30);
    for (const when of whens) {
      const languages = (['auto', 'nl', 'en'] as const).filter((language) => when.includes(SHOWN[language]));
      assert.equal(languages.length, 1, when);
      assert.equal(when.split('config.sessionTemplates.language').length - 1, 1, `${when}: only through SHOWN`);
    }
    const welcome = manifest.contributes.viewsWelcome as { when: string }[];
    assert.deepEqual(welcome.map((view) => view.when), [SHOWN.auto, SHOWN.nl, SHOWN.en]);
  });

  it('offers exactly the rule ids in the rules setting', () => {
    assert.deepEqual(manifest.contributes.configuration.properties['sessionTemplates.rules'].propertyNames.enum, [...RULE_IDS, ...CROSS_FILE_RULES.map((rule) => rule.id)]);
  });

  it('validates .template.json files and .sessions/config.jsonc with the schemas in schemas/', () => {
    const [template, config] = manifest.contributes.jsonValidation;
    assert.equal(template.fileMatch, '*.template.json');
    assert.equal(config.fileMatch, '**/.sessions/config.jsonc');
    assert.equal(config.url, './schemas/session-config.schema.json');
    for (const validation of [template, config]) new Ajv({ strict: true }).compile(json(validation.url.replace(/^\.\//, '')));
  });

  it('keeps the configuration schema in step with the rules, the template schema and the settings', () => {
    const config = json('schemas/session-config.schema.json');
    const templateSchema = json('schemas/session-template.schema.json');
    const settings = manifest.contributes.configuration.properties;
    const rules = config.properties.rules.properties as Record<string, { if: unknown; then: unknown; else: unknown }>;
    assert.deepEqual(Object.keys(rules), [...RULE_IDS, ...CROSS_FILE_RULES.map((rule) => rule.id)]);
    for (const [id, entry] of Object.entries(rules)) {
      // A severity, or the same object a template's definition takes for the rule.
      assert.deepEqual(entry.then, { $ref: '#/definitions/severity' }, id);
      assert.deepEqual(entry.else, templateSchema.properties.rules.properties[id] ?? { $ref: '#/definitions/ruleSettings' }, id);
    }
    for (const [name, definition] of Object.entries(config.definitions)) assert.deepEqual(definition, templateSchema.definitions[name], name);
    assert.deepEqual(config.properties.statusLevels.properties, settings['sessionTemplates.statusLevels'].properties);
    assert.deepEqual(config.properties.language.enum, ['nl', 'en']);
    assert.equal(config.properties.fileNamePattern.pattern, settings['sessionTemplates.fileNamePattern'].pattern);
  });

  it('has a Dutch translation for every runtime string (t() in src/vscode)', () => {
    const bundle = json('l10n/bundle.l10n.nl.json');
    const folder = repoPath('src/vscode');
    const used = new Set<string>();
    // Feature folders such as formEditor/ count too.
    for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'))) {
      for (const match of readFileSync(join(folder, name), 'utf8').matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(match[1]);
    }
    assert.ok(used.size > 10);
    assert.deepEqual([...used].filter((key) => !(key in bundle)), []);
    assert.deepEqual(Object.keys(bundle).filter((key) => !used.has(key)), []);
  });
});
