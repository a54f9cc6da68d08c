import { describe, expect, it } from 'vitest';
import { checkDivisions, divisionLabel, divisionTitle, divisionsOf, placeDivisions } from '../../src/lib/divisions.ts';
import type { Division } from '../../src/lib/divisions.ts';

const chapter = (num: string, firstArticle: number, lastArticle: number, divisions?: Division[]): Division => ({
  type: 'chapter',
  num,
  label: `${num}.`,
  heading: `Chapter ${num}`,
  firstArticle,
  lastArticle,
  divisions,
});
const protocol = [chapter('I', 1, 5), chapter('II', 6, 8), chapter('III', 9, 13), chapter('IV', 14, 20)];

describe('checkDivisions', () => {
  it('accepts divisions that cover every article once, in order', () => {
    expect(checkDivisions(protocol, 20)).toEqual([]);
    expect(checkDivisions([], 20)).toEqual([]);
  });

  it.each([
    ['a gap', [chapter('I', 1, 5), chapter('II', 7, 20)], ['chapter II starts at article 7, expected article 6']],
    [
      'an overlap',
      [chapter('I', 1, 5), chapter('II', 5, 20)],
      ['chapter II starts at article 5, which chapter I already holds (divisions overlap); expected article 6'],
    ],
    ['a short end', [chapter('I', 1, 5), chapter('II', 6, 19)], ['divisions end at article 19, expected article 20']],
    [
      'a backwards range',
      [chapter('I', 1, 20), chapter('II', 21, 20)],
      ['chapter II ends (article 20) before it starts (article 21)', 'divisions end at article 20, expected article 20'].slice(0, 1),
    ],
    [
      'a gap inside a part',
      [{ ...chapter('1', 1, 20, [chapter('A', 1, 9), chapter('B', 11, 20)]), type: 'part' as const }],
      ['part 1: chapter B starts at article 11, expected article 10'],
    ],
  ])('reports %s', (_name, divisions, expected) => {
    expect(checkDivisions(divisions, 20)).toEqual(expected);
  });
});

describe('placing articles', () => {
  it('gives nested divisions ids that extend their parent', () => {
    const nested = [{ ...chapter('1', 1, 20, [chapter('II', 1, 20)]), type: 'part' as const }];
    expect(placeDivisions(nested).map((placed) => placed.eid)).toEqual(['part_1', 'part_1__chp_II']);
    expect(divisionsOf(nested, 7).map((placed) => placed.eid)).toEqual(['part_1', 'part_1__chp_II']);
  });

  it.each([
    [1, 'chp_I'],
    [6, 'chp_II'],
    [13, 'chp_III'],
    [20, 'chp_IV'],
  ])('article %i stands in %s', (article, eid) => {
    expect(divisionsOf(protocol, article).map((placed) => placed.eid)).toEqual([eid]);
  });

  it('finds no division for an article outside them all', () => {
    expect(divisionsOf(protocol, 21)).toEqual([]);
  });

  it('names a division for navigation', () => {
    expect(divisionLabel(chapter('II', 6, 8))).toBe('Chapter II');
  });

  it.each([
    [
      { type: 'chapter', num: 'II', label: 'II.', heading: 'Protection of victims', firstArticle: 6, lastArticle: 8 },
      'Chapter II: Protection of victims',
    ],
    [{ type: 'part', num: 'I', label: 'PART I', firstArticle: 1, lastArticle: 41 }, 'Part I'],
  ] as const)('titles %j as %s, with its heading only where it has one', (division, title) => {
    expect(divisionTitle(division)).toBe(title);
  });
});
