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
  ['search with a missing word, partial matches and the filters open', '/search/?q=xylophone%20victims&layer=Authentic%20text'],
  ['about', '/about/'],
  ['open data', '/data/'],
  ['Convention article with references and connections', '/organized-crime-convention/article-18/'],
  ['Convention instrument', '/organized-crime-convention/'],
  ['how the two treaties fit together', '/protocol-and-convention/'],
  ['how to read a treaty', '/reading-a-treaty/'],
  ['glossary', '/glossary/'],
  ['not found', '/404.html'],
  ['comparison of a theme', '/compare/the-child/'],
  ['list of comparisons', '/compare/'],
  ['CEDAW, with sources that disagree and parts without headings', '/discrimination-against-women-convention/'],
  ['ILO article whose current wording is unconfirmed', '/forced-labour-convention/article-27/'],
  ['ILO article deleted for some States, with its relation', '/forced-labour-convention/article-5/'],
  ['article whose text is not reproduced', '/forced-labour-protocol/article-7/'],
  ['Council of Europe article with indents', '/council-of-europe-trafficking-convention/article-32/'],
  ['timeline', '/history/'],
  ['an event of the timeline', '/history/ahc-session-4/'],
  ['a registered document', '/documents/a-ac-254-4-add-3-rev-3/'],
  ['Protocol article with its drafting history', '/trafficking-protocol/article-8/'],
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
