import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from '../helpers/browser.ts';

const browser = useChromium();

const PAGES = [
  ['home', '/'],
  ['instrument', '/trafficking-protocol/'],
  ['article', '/trafficking-protocol/article-6/'],
  ['preamble', '/trafficking-protocol/preamble/'],
  ['search with results', '/search/?q=victims'],
  ['about', '/about/'],
  ['open data', '/data/'],
  ['Convention article with references and connections', '/organized-crime-convention/article-18/'],
  ['Convention instrument', '/organized-crime-convention/'],
  ['how the two treaties fit together', '/protocol-and-convention/'],
  ['not found', '/404.html'],
] as const;

describe('axe finds no WCAG 2.2 AA violation', () => {
  it.each(PAGES)('%s page (%s)', async (_name, path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser().newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${inject('baseUrl')}${path}`);
      if (path.startsWith('/search/')) await page.waitForSelector('#search-results .result');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(
        results.violations.map(
          (violation) => `${colorScheme}: ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
      await context.close();
    }
  });
});
