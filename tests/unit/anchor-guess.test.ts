import { describe, expect, it } from 'vitest';
import { anchorTokens, articleOfAnchor, likelyAnchor } from '../../src/lib/anchor-guess.ts';

const ARTICLE_6 = [
  'art_6',
  'art_6__para_1',
  'art_6__para_2',
  'art_6__para_2__intro',
  'art_6__para_2__point_a',
  'art_6__para_2__point_b',
  'art_6__para_3',
  'art_6__para_3__intro',
  'art_6__para_3__point_a',
  'art_6__para_3__point_b',
  'art_6__para_6',
  'main',
  'cite',
];

describe('likelyAnchor', () => {
  it.each([
    ['art_6__para_9', 'art_6'],
    ['art_6__para_3__point_z', 'art_6__para_3'],
    ['art_6__para_3__point_b__point_ii', 'art_6__para_3__point_b'],
    ['#art6-3-b', 'art_6__para_3__point_b'],
    ['article-6-paragraph-3', 'art_6__para_3'],
    ['Art.6(3)(b)', 'art_6__para_3__point_b'],
    ['art_06__para_03', 'art_6__para_3'],
    ['6.2', 'art_6__para_2'],
    ['art6', 'art_6'],
  ])('%j most likely meant %j', (written, expected) => {
    expect(likelyAnchor(written, ARTICLE_6)).toBe(expected);
  });

  it.each([
    ['art_7__para_1', 'an article the page does not show'],
    ['nonsense', 'words alone'],
    ['', 'nothing at all'],
    ['#', 'a bare hash'],
    ['%%%', 'marks alone'],
  ])('offers nothing for %j (%s)', (written) => {
    expect(likelyAnchor(written, ARTICLE_6)).toBeUndefined();
  });

  it('finds preambular paragraphs too', () => {
    expect(likelyAnchor('preamble__recital_40', ['preamble', 'preamble__recital_1'])).toBe('preamble');
  });
});

describe('anchorTokens and articleOfAnchor', () => {
  it.each([
    ['Art.6-para3(b)', ['6', '3', 'b']],
    ['article_06', ['6']],
    ['', []],
  ])('%j gives %j', (written, expected) => {
    expect(anchorTokens(written)).toEqual(expected);
  });

  it.each([
    ['art_7__para_1', 7],
    ['art7-1', 7],
    ['preamble__recital_2', undefined],
    ['recital', undefined],
  ])('%j names article %j', (written, expected) => {
    expect(articleOfAnchor(written)).toBe(expected);
  });
});
