import { describe, expect, it } from 'vitest';
import { builtPages, select, selectAll } from '../helpers/built-site.ts';
import { SITE } from '../../src/site.ts';

describe.each(builtPages().map((page) => [page.url, page] as const))('%s', (url, page) => {
  it('declares its language, a title and exactly one h1', () => {
    expect(select('html', page.tree)?.properties['lang']).toBe('en');
    const title = select('head > title', page.tree);
    expect(title?.children.length).toBeGreaterThan(0);
    expect(selectAll('h1', page.tree)).toHaveLength(1);
  });

  it(
    url === '/404.html'
      ? 'has no canonical URL and asks not to be indexed'
      : 'has a canonical URL on the site when the site has a public address',
    () => {
      const canonical = select('link[rel=canonical]', page.tree)?.properties['href'];
      if (url === '/404.html') {
        expect(canonical).toBeUndefined();
        expect(select('meta[name=robots]', page.tree)?.properties['content']).toBe('noindex');
      } else {
        expect(canonical).toBe(SITE.origin === undefined ? undefined : new URL(url, SITE.origin).href);
      }
    },
  );

  it('has no inline script and no inline event handler', () => {
    // JSON-LD is data, never run: the one kind of script element that may be inline.
    for (const script of selectAll('script:not([type="application/ld+json"])', page.tree)) {
      expect(script.properties['src'], 'every script is a file of the site').toBeDefined();
    }
    for (const element of selectAll('*', page.tree)) {
      const handlers = Object.keys(element.properties).filter((name) => /^on[a-z]/i.test(name));
      expect(handlers).toEqual([]);
    }
  });
});
