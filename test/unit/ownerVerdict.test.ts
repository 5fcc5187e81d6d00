import assert from 'node:assert/strict';
import { ownerVerdict } from '../../src/core/index';
import { analyzeSheet, joinLines } from '../support/documents';

const PARTICIPANTS = [
  '| Naam | Rol | Sector | Aanwezig |',
  '|------|-----|--------|----------|',
  '| Anna de Wit | Sectormanager | PO | [x] |',
  '| Bram Jansen | Sectormanager | VO | [ ] |',
  '| Dirk Vos | Programmamanager | - | [x] |',
  '',
];

const withParticipants = analyzeSheet(joinLines('# Sessie Baateigenaren', '', ...PARTICIPANTS)).session!;
const withoutParticipants = analyzeSheet(joinLines('# Sessie Baateigenaren', '', '### Baat 1: Klantbeleving', '')).session!;

describe('ownerVerdict: what an owner as written amounts to', () => {
  it('missing: nothing, white space, a blank or a placeholder', () => {
    for (const value of [undefined, '', '  ', '___', '[Naam]', '[invullen]']) assert.equal(ownerVerdict(withParticipants, value), 'missing', String(value));
  });

  it('junk: no two letters in a row, or a word for "not yet" or "who?"', () => {
    for (const value of ['?', '-', 'x', 'A.', '??', 'nvt', 'n.v.t.', 'N.T.B.', 'ntb', 'tbd', 'Onbekend', 'nog niet', 'wie?', 'Wie ?']) {
      assert.equal(ownerVerdict(withParticipants, value), 'junk', value);
    }
  });

  it('deflected: the programme by name, or a participant whose role is programme manager', () => {
    assert.equal(ownerVerdict(withParticipants, 'Het programma'), 'deflected');
    assert.equal(ownerVerdict(withParticipants, 'programmabureau'), 'deflected');
    assert.equal(ownerVerdict(withParticipants, 'Dirk Vos'), 'deflected');
  });

  it('unknown, absent and ok by the participants table; without one, any name is ok', () => {
    assert.equal(ownerVerdict(withParticipants, 'Eva Bakker'), 'unknown');
    assert.equal(ownerVerdict(withParticipants, 'Bram Jansen'), 'absent');
    assert.equal(ownerVerdict(withParticipants, 'Anna de Wit'), 'ok');
    assert.equal(ownerVerdict(withParticipants, 'anna'), 'ok', 'a first name alone, in any case');
    assert.equal(ownerVerdict(withoutParticipants, 'Eva Bakker'), 'ok');
    assert.equal(ownerVerdict(withoutParticipants, 'Het programma'), 'deflected');
    assert.equal(ownerVerdict(withoutParticipants, 'Ed'), 'ok', 'a short name is still a name');
  });
});
