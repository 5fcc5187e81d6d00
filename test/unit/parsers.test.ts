import assert from 'node:assert/strict';
import { parseDate } from '../../src/core/model/dates';
import { namesMatch, normaliseName } from '../../src/core/model/names';
import { formatClock, parseClock, parseDuration } from '../../src/core/model/time';

describe('parsers', () => {
  describe('parseClock', () => {
    it('reads hh:mm and h.mm as minutes since midnight', () => {
      assert.equal(parseClock('00:00'), 0);
      assert.equal(parseClock('00:15'), 15);
      assert.equal(parseClock('01:45'), 105);
      assert.equal(parseClock('9:30'), 570);
      assert.equal(parseClock('9.30'), 570);
      assert.equal(parseClock(' 10:15 '), 615);
      assert.equal(parseClock('23:59'), 1439);
    });

    it('rejects what is not a time of day', () => {
      for (const value of ['', '24:00', '12:60', '930', '9:3', 'straks', '1:30 pm', '10:15-10:30']) {
        assert.equal(parseClock(value), undefined, value);
      }
    });
  });

  describe('formatClock', () => {
    it('writes minutes as hh:mm, wrapping around midnight', () => {
      assert.equal(formatClock(0), '00:00');
      assert.equal(formatClock(35), '00:35');
      assert.equal(formatClock(570), '09:30');
      assert.equal(formatClock(1439), '23:59');
      assert.equal(formatClock(1440), '00:00');
      assert.equal(formatClock(1500), '01:00');
      assert.equal(formatClock(-15), '23:45');
    });

    it('round-trips with parseClock', () => {
      for (const minutes of [0, 15, 65, 105, 720, 1439]) assert.equal(parseClock(formatClock(minutes)), minutes);
    });
  });

  describe('parseDuration', () => {
    const cases: [string, number][] = [
      ['15 min', 15],
      ['15min', 15],
      ['45 minuten', 45],
      ['1 minuut', 1],
      ['15 mins', 15],
      ['1 uur', 60],
      ['2 uren', 120],
      ['1,5 uur', 90],
      ['1.5 uur', 90],
      ['0,25 uur', 15],
      ['1u30', 90],
      ['1 u 30', 90],
      ['1 h 30 min', 90],
      ['1h30m', 90],
      ['1 hour 15 minutes', 75],
      ['3 hrs', 180],
      ['90', 90],
      ['1 uur en 15 min', 75],
      ['1 uur 15', 75],
      ['15 MIN', 15],
    ];
    for (const [value, minutes] of cases) {
      it(`reads "${value}" as ${minutes} minutes`, () => {
        assert.equal(parseDuration(value), minutes);
      });
    }

    it('reads the Dutch abbreviation with its full stop, "15 min."', () => {
      assert.equal(parseDuration('15 min.'), 15);
    });

    it('rejects garbage', () => {
      for (const value of ['', '   ', 'kwartier', 'min', 'ca. 15 min', '15 minx', '30 sec', '2 x 15 min', '10-15 min', '1:30', 'een uur']) {
        assert.equal(parseDuration(value), undefined, value);
      }
    });
  });

  describe('parseDate', () => {
    const day = (year: number | undefined, month: number, date: number) => ({ kind: 'day', year, month, day: date });
    const cases: [string, unknown][] = [
      ['2026-12-01', day(2026, 12, 1)],
      ['2026-2-3', day(2026, 2, 3)],
      ['1-12-2026', day(2026, 12, 1)],
      ['01-12-2026', day(2026, 12, 1)],
      ['1/12', day(undefined, 12, 1)],
      ['1-12', day(undefined, 12, 1)],
      ['1.12.26', day(2026, 12, 1)],
      ['1 december 2026', day(2026, 12, 1)],
      ['1 december 26', day(2026, 12, 1)],
      ['dec 1, 26', day(2026, 12, 1)],
      ['1 dec', day(undefined, 12, 1)],
      ['1 dec.', day(undefined, 12, 1)],
      ['15 mrt', day(undefined, 3, 15)],
      ['1 mei 2026', day(2026, 5, 1)],
      ['December 1, 2026', day(2026, 12, 1)],
      ['dec 1', day(undefined, 12, 1)],
      ['maandag 1 december 2026', day(2026, 12, 1)],
      ['ma 1 dec', day(undefined, 12, 1)],
      ['Monday, December 1, 2026', day(2026, 12, 1)],
      // A month that starts like a weekday (`ma`, `mar`) is a month, not a weekday in front.
      ['March 12', day(undefined, 3, 12)],
      ['maart 12', day(undefined, 3, 12)],
      ['mei 5', day(undefined, 5, 5)],
      ['29-02-2024', day(2024, 2, 29)],
      ['29 februari', day(undefined, 2, 29)],
      ['week 12', { kind: 'week', year: undefined, week: 12 }],
      ['Wk12', { kind: 'week', year: undefined, week: 12 }],
      ['wk 3 2026', { kind: 'week', year: 2026, week: 3 }],
      ['week 12 2026', { kind: 'week', year: 2026, week: 12 }],
    ];
    for (const [value, expected] of cases) {
      it(`reads "${value}"`, () => {
        assert.deepEqual(parseDate(value), expected);
      });
    }

    it('rejects what is no date', () => {
      const invalid = ['31-02-2026', '29-02-2025', '31/04', '32/1', '0/1', 'binnenkort', 'z.s.m.', 'asap', '2026-13-01', '2026-12-32', '1 foo 2026', 'Q1 2026', 'eind januari', 'vrijdag', 'week 0', 'week 54', ''];
      for (const value of invalid) assert.equal(parseDate(value), undefined, value);
    });
  });

  describe('names', () => {
    it('normalises accents, case, white space, emphasis and a parenthesised note', () => {
      assert.equal(normaliseName('Anna de Wit'), 'anna de wit');
      assert.equal(normaliseName('  ÁNNA   de  Wít (PO) '), 'anna de wit');
      assert.equal(normaliseName('Anna de Wit (sectormanager PO)'), 'anna de wit');
      assert.equal(normaliseName('*José*'), 'jose');
    });

    it('matches the same name written differently', () => {
      assert.equal(namesMatch('anna de wit', 'Anna de Wit'), true);
      assert.equal(namesMatch('Ánna de Wít', 'Anna de Wit'), true);
      assert.equal(namesMatch('Anna de Wit (PO)', 'Anna de Wit'), true);
      assert.equal(namesMatch('Anna de Wit', 'ANNA DE WIT (sectormanager)'), true);
    });

    it('matches a first name alone, in either direction', () => {
      assert.equal(namesMatch('Anna', 'Anna de Wit'), true);
      assert.equal(namesMatch('Anna de Wit', 'Anna'), true);
    });

    it('does not match other names, partial words, a surname alone or nothing', () => {
      assert.equal(namesMatch('Bram', 'Anna de Wit'), false);
      assert.equal(namesMatch('Ann', 'Anna de Wit'), false);
      assert.equal(namesMatch('Anna-Marie', 'Anna'), false);
      assert.equal(namesMatch('de Wit', 'Anna de Wit'), false);
      assert.equal(namesMatch('', 'Anna'), false);
      assert.equal(namesMatch('(PO)', 'Anna'), false);
    });
  });
});
