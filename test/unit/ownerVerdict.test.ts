import assert from 'node:assert/strict';
import { ownerVerdict } from '../../src/core/index';
import { findParticipant } from '../../src/core/rules/ownership';
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

describe('findParticipant: the participant an owner as written refers to', () => {
  const session = analyzeSheet(
    joinLines('# Sessie Baateigenaren', '', '| Naam | Rol | Sector | Aanwezig |', '|---|---|---|---|', '| [Naam] | Sectormanager | PO | [ ] |', '| Anna de Wit | Sectormanager | PO | [x] |', '| Anna Jansen | Sectormanager | VO | [x] |', '| Kees | Sectormanager | ZAK | [x] |', ''),
  ).session!;
  const who = (written: string) => findParticipant(session, written)?.name;

  it('the whole name, the leading words of it, or a name that starts with theirs; the first in the table wins', () => {
    assert.equal(who('Anna de Wit'), 'Anna de Wit');
    assert.equal(who('anna DE wit (PO)'), 'Anna de Wit', 'case, a note in brackets');
    assert.equal(who('Anna'), 'Anna de Wit', 'the first Anna');
    assert.equal(who('Anna Jansen'), 'Anna Jansen');
    assert.equal(who('Kees van Dam'), 'Kees', 'the table has the first name only');
    assert.equal(who('Anna de'), 'Anna de Wit');
    assert.equal(who('Ann'), undefined, 'not part of a word');
    assert.equal(who('Wit'), undefined);
    assert.equal(who('[Naam]'), undefined, 'an unnamed row is nobody');
    assert.equal(who(''), undefined);
  });
});
