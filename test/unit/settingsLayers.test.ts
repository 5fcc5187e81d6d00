import assert from 'node:assert/strict';
import { mergeSettingsLayers, readConfig, type SettingsLayer } from '../../src/core/index';

/** What the team's file sets, as readConfig gives it. */
const TEAM = readConfig({
  file: '.sessions/config.jsonc',
  text: '{ "language": "en", "rules": { "owner-unknown": "error", "task-open": "off", "agenda-total": { "maxMinutes": 150 } }, "statusLevels": { "concept": -2 }, "sessionsFolder": "verslagen" }',
}).settings;

describe('settings in layers: defaults < configuration file < a person’s settings or the command line', () => {
  it('a person’s settings win over the file per value, and leave the rest of the file in place', () => {
    const person: SettingsLayer = { language: 'nl', severities: { 'owner-unknown': 'info' }, statusShifts: { afgerond: 2 } };
    assert.deepEqual(mergeSettingsLayers(TEAM, person), {
      language: 'nl',
      severities: { 'owner-unknown': 'info', 'task-open': 'off' },
      statusShifts: { concept: -2, afgerond: 2 },
      ruleParameters: { 'agenda-total': { maxMinutes: 150 } },
      sessionsFolder: 'verslagen',
    });
  });

  it('what a person did not set does not hide the file (an unset value is no value)', () => {
    const nothingSet: SettingsLayer = { language: undefined, severities: {}, statusShifts: {}, sessionsFolder: undefined, fileNamePattern: undefined };
    assert.deepEqual(mergeSettingsLayers(TEAM, nothingSet), TEAM);
  });

  it('the built-in defaults are the lowest layer', () => {
    const defaults: SettingsLayer = { language: 'nl', fileNamePattern: '{date}-{template}-{slug}.md' };
    const merged = mergeSettingsLayers(defaults, TEAM);
    assert.equal(merged.language, 'en');
    assert.equal(merged.fileNamePattern, '{date}-{template}-{slug}.md');
  });

  it('a later layer’s parameters replace a rule’s parameters one by one', () => {
    const merged = mergeSettingsLayers({ ruleParameters: { 'agenda-total': { maxMinutes: 150, minMinutes: 60 } } }, { ruleParameters: { 'agenda-total': { maxMinutes: 90 } } });
    assert.deepEqual(merged.ruleParameters, { 'agenda-total': { maxMinutes: 90, minMinutes: 60 } });
  });

  it('keeps an unchanged record itself, so what is derived from it is made once', () => {
    assert.equal(mergeSettingsLayers(TEAM, { severities: { blank: 'hint' } }).ruleParameters, TEAM.ruleParameters);
  });
});
