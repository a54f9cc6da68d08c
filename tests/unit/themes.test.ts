import { describe, expect, it } from 'vitest';
import { isWithin, themesOfText } from '../../src/lib/themes.ts';

const THEMES = [
  { title: 'The child', rows: [{ provisions: ['crc#art_1', 'tp#art_3__point_d'] }, { provisions: ['crc#art_35'] }] },
  { title: 'Prevention', rows: [{ provisions: ['tp#art_9__para_5', 'coe#art_5'] }] },
  { title: 'Empty', rows: [] },
];

describe('isWithin', () => {
  it.each([
    ['art_3', 'art_3', true],
    ['art_3__point_a', 'art_3', true],
    ['art_30', 'art_3', false],
    ['art_3', 'art_3__point_a', false],
    ['preamble__recital_2', 'preamble', true],
  ])('%s within %s: %s', (eid, ancestor, expected) => {
    expect(isWithin(eid, ancestor)).toBe(expected);
  });
});

describe('themesOfText', () => {
  it.each([
    ['tp', 'art_3', ['The child']],
    ['tp', 'art_9', ['Prevention']],
    ['crc', 'art_1', ['The child']],
    ['crc', 'art_34', []],
    ['coe', 'art_5', ['Prevention']],
    ['tp', 'preamble', []],
    ['nowhere', 'art_1', []],
  ])('%s %s is on the themes %j', (instrument, eid, expected) => {
    expect(themesOfText(THEMES, instrument, eid)).toEqual(expected);
  });
});
