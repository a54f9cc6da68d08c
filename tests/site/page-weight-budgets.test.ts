import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/bench/page-weight.ts';
import { builtPages, DIST, selectAll } from '../helpers/built-site.ts';

const READING_BUDGET = 20 * 1024;
const textPages = builtPages().filter(
  (page) =>
    /^\/[^/]+\/(article-\d+|preamble|conclusions)?\/?$/.test(page.url) &&
    page.url !== '/search/' &&
    // The timeline's filter by body and kind is a script of its own; without it the page lists every event.
    page.url !== '/history/' &&
    page.url !== '/about/' &&
    page.url !== '/',
);

describe('reading a provision is light and needs no JavaScript', () => {
  it('covers every text page', () => {
    expect(textPages.length).toBeGreaterThanOrEqual(23);
  });

  it.each(textPages.map((page) => [page.url, page] as const))('%s', (url, page) => {
    expect(selectAll('script', page.tree)).toEqual([]);
    const weight = pageWeight(DIST, url);
    expect(weight.js).toBe(0);
    if (url.includes('/article-')) expect(weight.reading).toBeLessThanOrEqual(READING_BUDGET);
  });
});
