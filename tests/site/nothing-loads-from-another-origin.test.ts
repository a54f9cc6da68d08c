import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, selectAll, SITE_BASE } from '../helpers/built-site.ts';

// Elements whose attributes make the browser fetch something. Plain <a href> links are not loads.
const LOADERS = [
  'script[src]',
  'link[href]:not([rel=canonical])',
  'img[src]',
  'img[srcset]',
  'source[src]',
  'source[srcset]',
  'iframe[src]',
  'video[src]',
  'audio[src]',
  'embed[src]',
  'object[data]',
  'track[src]',
  'form[action]',
];

describe('no page loads anything from another origin', () => {
  it.each(builtPages().map((page) => [page.url, page] as const))('%s', (url, page) => {
    const base = new URL(url, SITE_BASE);
    const foreign = selectAll(LOADERS.join(', '), page.tree)
      .flatMap((element) => ['src', 'href', 'srcSet', 'data', 'action'].map((name) => element.properties[name]))
      .filter((value): value is string => typeof value === 'string')
      .flatMap((value) => value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? ''))
      .filter((value) => new URL(value, base).origin !== base.origin);
    expect(foreign).toEqual([]);
  });

  it('no stylesheet imports or points at another origin', () => {
    const css = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    for (const file of css) {
      const text = readFileSync(path.join(DIST, file), 'utf8');
      expect(text, file).not.toMatch(/url\(\s*['"]?(https?:)?\/\//i);
      expect(text, file).not.toMatch(/@import\s+(url\()?\s*['"]?(https?:)?\/\//i);
    }
  });
});
