import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/bench/page-weight.ts';
import { builtPages, DIST, selectAll } from '../helpers/built-site.ts';

const READING_BUDGET = 20 * 1024;
// The scripts of a text page (the live Cite block, the previews) are an addition: the text is read without them.
const SCRIPT_BUDGET = 12 * 1024;
const textPages = builtPages().filter(
  (page) =>
    /^\/[^/]+\/(article-\d+|preamble|conclusions)?\/?$/.test(page.url) &&
    page.url !== '/search/' &&
    // The timeline's filter by body and kind is a script of its own; without it the page lists every event.
    page.url !== '/history/' &&
    page.url !== '/about/' &&
    page.url !== '/',
);

describe('reading a provision is light, and its scripts are small files of the site', () => {
  it('covers every text page', () => {
    expect(textPages.length).toBeGreaterThanOrEqual(23);
  });

  it.each(textPages.map((page) => [page.url, page] as const))('%s', (url, page) => {
    for (const script of selectAll('script:not([type="application/ld+json"])', page.tree)) {
      expect(script.properties['type']).toBe('module');
      expect(String(script.properties['src'])).toMatch(/^\/_astro\//);
    }
    const weight = pageWeight(DIST, url);
    expect(weight.js).toBeLessThanOrEqual(SCRIPT_BUDGET);
    if (url.includes('/article-')) expect(weight.reading).toBeLessThanOrEqual(READING_BUDGET);
  });
});
