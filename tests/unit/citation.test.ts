import { describe, expect, it } from 'vitest';
import { citation, CitationError, pinpoint, registrationEntry } from '../../src/lib/citation.ts';

describe('pinpoint', () => {
  it.each([
    ['art_3', 'art. 3'],
    ['art_3__point_a', 'art. 3(a)'],
    ['art_6__para_3__point_b', 'art. 6(3)(b)'],
    ['art_6__para_3__point_b__point_ii', 'art. 6(3)(b)(ii)'],
    ['art_3__intro', 'art. 3 (chapeau)'],
    ['art_5__para_2__intro', 'art. 5(2) (chapeau)'],
    ['art_5__para_2__wrap', 'art. 5(2) (closing words)'],
    ['preamble', 'preamble'],
    ['preamble__recital_3', 'preambular para. 3'],
    ['preamble__intro', 'preamble (opening words)'],
    ['preamble__wrap', 'preamble (closing words)'],
    ['conclusions', 'testimonium'],
    ['conclusions__para_2', 'testimonium, para. 2'],
    ['art_32__indent_2', 'art. 32, indent 2'],
    ['chp_II', 'chap. II'],
    ['part_1__chp_2', 'pt. 1, chap. 2'],
  ])('%s is cited %j', (eid, expected) => {
    expect(pinpoint(eid)).toBe(expected);
  });

  it.each([
    ['art_3__recital_1', '"recital" cannot stand inside an article'],
    ['preamble__recital_1__point_a', 'no provisions below its recitals'],
    ['point_a', 'does not start at an article'],
    ['conclusions__intro', 'does not start at an article'],
  ])('refuses to cite %s', (eid, message) => {
    expect(() => pinpoint(eid)).toThrow(CitationError);
    expect(() => pinpoint(eid)).toThrow(message);
  });

  it('rejects ids that are not anchors at all', () => {
    expect(() => pinpoint('nonsense')).toThrow('unknown element');
  });
});

describe('citation', () => {
  it('joins the instrument and the pinpoint', () => {
    expect(citation('Trafficking in Persons Protocol', 'art_3__point_a')).toBe('Trafficking in Persons Protocol, art. 3(a)');
  });
});

describe('registrationEntry', () => {
  it.each([
    [
      { date: '2003-09-29', number: '39574', untsVolume: 2225, untsPage: 209 },
      '29 September 2003, No. 39574; United Nations Treaty Series, vol. 2225, p. 209',
    ],
    [{ number: '39574' }, 'No. 39574'],
    [{ date: '2003-12-25' }, '25 December 2003'],
    [{ untsVolume: 2237 }, 'United Nations Treaty Series, vol. 2237'],
    [{ number: '39574', untsVolume: 2237, untsPage: 319 }, 'No. 39574; United Nations Treaty Series, vol. 2237, p. 319'],
  ])('%j reads %j', (registration, expected) => {
    expect(registrationEntry(registration)).toBe(expected);
  });

  it.each([
    [{ untsPage: 319 }, 'a Treaty Series page (319) needs its volume'],
    [{}, 'a registration needs a date, a number or a Treaty Series volume'],
    [{ date: '25 December 2003' }, 'is not a date written YYYY-MM-DD'],
  ])('refuses %j', (registration, message) => {
    expect(() => registrationEntry(registration)).toThrow(message);
  });
});
