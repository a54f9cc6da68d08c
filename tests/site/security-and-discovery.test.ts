import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, select } from '../helpers/built-site.ts';
import { SITE } from '../../src/site.ts';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe('Content-Security-Policy', () => {
  it.each(builtPages().map((page) => [page.url, page] as const))('%s allows scripts from the site only, never inline', (_url, page) => {
    const policy = String(select('meta[http-equiv=Content-Security-Policy]', page.tree)?.properties['content'] ?? '');
    const parsed = directives(policy);
    expect(parsed.get('default-src')).toEqual(["'self'"]);
    expect(parsed.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/'unsafe-eval'/);
  });
});

describe('discovery', () => {
  const pages = builtPages().filter((page) => page.url !== '/404.html');
  const origin = SITE.origin;

  // A sitemap needs absolute addresses: with a public address it lists every page, without one there is none.
  it(origin ? 'the sitemap lists every page and nothing else' : 'there is no sitemap without a public address', () => {
    if (origin === undefined) {
      expect(existsSync(path.join(DIST, 'sitemap-index.xml'))).toBe(false);
      expect(builtPages().filter((page) => select('link[rel=sitemap]', page.tree))).toEqual([]);
      return;
    }
    const sitemap = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(listed.sort()).toEqual(pages.map((page) => new URL(page.url, origin).href).sort());
    expect(readFileSync(path.join(DIST, 'sitemap-index.xml'), 'utf8')).toContain(`<loc>${origin}/sitemap-0.xml</loc>`);
  });

  it('the not-found page offers a way back: the instruments and a search box', () => {
    const notFound = builtPages().find((page) => page.url === '/404.html');
    expect(notFound && select('a[href="/trafficking-protocol/"]', notFound.tree)).toBeTruthy();
    expect(notFound && select('form[action="/search/"] input[name=q]', notFound.tree)).toBeTruthy();
  });
});
