import { describe, expect, it } from 'vitest';
import { citation, CitationError, pinpoint } from '../../src/lib/citation.ts';

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
