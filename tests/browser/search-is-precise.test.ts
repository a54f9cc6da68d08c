import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { judge } from '../../scripts/bench/relevance.ts';
import { RELEVANCE_SET } from '../../scripts/bench/relevance-set.ts';
import { useChromium } from '../helpers/browser.ts';
import { tick } from '../helpers/search-page.ts';

const browser = useChromium();

/** Opens the search page for a query, as a link or a reload would. */
async function open(query: string, extra = ''): Promise<Page> {
  const page = await browser().newPage();
  await page.goto(`${inject('baseUrl')}/search/?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForSelector('html[data-search-ready="true"]');
  return page;
}

const hrefs = (page: Page): Promise<(string | null)[]> =>
  page.locator('#search-results .result h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
const excerpts = (page: Page): Promise<string[]> => page.locator('#search-results .excerpt').allTextContents();
const notes = (page: Page): Promise<string[]> => page.locator('#search-notes p').allTextContents();

describe('search is precise', () => {
  it('shows only provisions that hold the word: "witness" never finds "with" or "within"', async () => {
    const page = await open('witness');
    const texts = await excerpts(page);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toMatch(/witness/i);
    const marked = await page.locator('#search-results mark').allTextContents();
    expect(marked.every((word) => /^witness(es)?$/i.test(word))).toBe(true);
    await page.close();
  });

  it('names a word found nowhere, and shows the other words as partial matches', async () => {
    const page = await open('xylophone victims');
    expect(await notes(page)).toEqual(
      expect.arrayContaining([
        'No provision contains ‘xylophone’.',
        expect.stringMatching(/^No provision contains all of ‘xylophone’ and ‘victims’\./),
      ]),
    );
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ partial matches/);
    expect(await page.locator('#search-results .result-lacking').first().textContent()).toBe('Does not contain ‘xylophone’.');
    await page.close();
  });

  it('corrects a typing error to the nearest word of the texts, and says so', async () => {
    const page = await open('trafficing in persons');
    expect(await notes(page)).toContain('No provision contains ‘trafficing’. Showing results for ‘trafficking’.');
    expect((await hrefs(page))[0]).toBe('/trafficking-protocol/article-3/#art_3__point_a');
    await page.close();
  });

  it('answers a question in plain words, leaving out the common words', async () => {
    const page = await open('can victims remain in the territory');
    expect(await notes(page)).toContain('Not required, as too common: ‘can’, ‘in’ and ‘the’.');
    expect((await hrefs(page))[0]).toBe('/trafficking-protocol/article-7/#art_7__para_1');
    await page.close();
  });

  it('links each result to the provision that holds the phrase', async () => {
    const page = await open('statute of limitations');
    expect(await hrefs(page)).toEqual(['/organized-crime-convention/article-11/#art_11__para_5']);
    await page.close();
  });

  it('puts the definition of a term first', async () => {
    for (const [query, definition] of [
      ['organized criminal group', '/organized-crime-convention/article-2/#art_2__point_a'],
      ['trafficking in persons', '/trafficking-protocol/article-3/#art_3__point_a'],
      ['forced labour', '/forced-labour-convention/article-2/#art_2__para_1'],
    ] as const) {
      const page = await open(query);
      expect((await hrefs(page))[0], query).toBe(definition);
      await page.close();
    }
  });

  it('finds the same provisions whatever the spelling', async () => {
    const pairs = [
      ['forced labour', 'forced labor'],
      ['organized criminal group', 'organised criminal group'],
      ['harbouring', 'harboring'],
      ['money-laundering', 'money laundering'],
    ];
    for (const [british, american] of pairs) {
      const first = await open(british ?? '');
      const second = await open(american ?? '');
      expect(await second.locator('#search-status').textContent(), `${british} / ${american}`).toBe(
        await first.locator('#search-status').textContent(),
      );
      expect(await hrefs(second)).toEqual(await hrefs(first));
      await first.close();
      await second.close();
    }
  });
});

describe('the page a result opens', () => {
  it('highlights the query words in the target provision, while the result keeps its permanent address', async () => {
    const page = await open('housing');
    const first = page.locator('#search-results .result h3 a').first();
    expect(await first.getAttribute('href')).toBe('/trafficking-protocol/article-6/#art_6__para_3__point_a');
    await first.click();
    await page.waitForURL('**/trafficking-protocol/article-6/**');
    // The browser highlights the words of a text fragment, pinned by the words around them to this subparagraph (not to art. 6(4)).
    const navigation = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.name ?? '');
    expect(navigation).toMatch(/#art_6__para_3__point_a:~:text=Appropriate-,housing,-%3B$/);
    await expect
      .poll(() => page.evaluate(() => [location.hash, document.querySelector(':target')?.id]))
      .toEqual(['#art_6__para_3__point_a', 'art_6__para_3__point_a']);
    await page.close();
  });
});

describe('a citation is a query', () => {
  it('goes straight to the provision, and Back returns to where it was typed', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}/trafficking-protocol/article-1/`);
    await page.fill('#header-search-input', 'UNTOC art. 18(13)');
    await page.press('#header-search-input', 'Enter');
    await page.waitForURL('**/organized-crime-convention/article-18/#art_18__para_13');
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe('art_18__para_13');
    await page.goBack();
    await page.waitForURL('**/trafficking-protocol/article-1/');
    await page.close();
  });

  it('goes to a document page by its symbol', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}/search/?q=${encodeURIComponent('A/55/383')}`);
    await page.waitForURL('**/documents/a-55-383/');
    await page.close();
  });

  it('says when the provision does not exist, and offers the nearest', async () => {
    const page = await open('art. 6(3)(e)');
    expect(await page.locator('#search-status').textContent()).toBe('There is no Trafficking in Persons Protocol, art. 6(3)(e).');
    expect(await page.locator('#search-notes a').getAttribute('href')).toBe('/trafficking-protocol/article-6/#art_6__para_3');
    await page.close();
  });
});

describe('the address keeps the search', () => {
  it('holds the query and the filters, so a reload shows the same results', async () => {
    const page = await open('victims', `&instrument=${encodeURIComponent('Convention on the Rights of the Child')}`);
    expect(await page.locator('#search-filters input[value="Convention on the Rights of the Child"]').isChecked()).toBe(true);
    expect(await hrefs(page)).toEqual(['/rights-of-the-child-convention/article-39/#art_39']);
    await page.reload();
    await page.waitForSelector('html[data-search-ready="true"]');
    expect(await hrefs(page)).toEqual(['/rights-of-the-child-convention/article-39/#art_39']);
    await page.close();
  });

  it('makes each search an entry in the history; Back restores the query, the filters and the scroll position', async () => {
    const page = await open('State Party');
    await page.locator('#search-more').click();
    await expect.poll(() => page.locator('#search-results > li').count()).toBe(20);
    await page.evaluate(() => window.scrollTo(0, 1200));
    // Submitted where it stands: filling the box would first scroll it into view.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#search-input');
      if (input) input.value = 'extradition';
      input?.form?.requestSubmit();
    });
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('extradition');
    await tick(page, '#search-layers', 'Authentic text');
    await expect.poll(() => new URL(page.url()).searchParams.get('layer')).toBe('Authentic text');

    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('layer')).toBeNull();
    expect(await page.locator('#search-layers input[value="Authentic text"]').isChecked()).toBe(false);
    expect(await page.inputValue('#search-input')).toBe('extradition');

    await page.goBack();
    await expect.poll(() => page.inputValue('#search-input')).toBe('State Party');
    await expect.poll(() => page.locator('#search-results > li').count()).toBe(20);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(1200);
    await page.close();
  });

  it('restores the results and the scroll position on Back from a result', async () => {
    const page = await open('State Party');
    await page.evaluate(() => window.scrollTo(0, 600));
    const first = page.locator('#search-results .result h3 a').nth(3);
    const target = await first.getAttribute('href');
    await first.click();
    await page.waitForURL((url) => `${url.pathname}${url.hash}`.startsWith(target ?? ''));
    await page.goBack();
    await page.waitForSelector('html[data-search-ready="true"]');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(600);
    expect(await page.inputValue('#search-input')).toBe('State Party');
    await page.close();
  });
});

describe('the search box', () => {
  it('stands on every page but the search page, and leads to the results', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}/compare/`);
    await page.fill('#header-search-input', 'revictimization');
    await page.press('#header-search-input', 'Enter');
    await page.waitForURL('**/search/?q=revictimization');
    await page.waitForSelector('#search-results .result a');
    expect((await hrefs(page))[0]).toBe('/trafficking-protocol/article-9/#art_9__para_1__point_b');
    expect(await page.locator('#header-search-input').count()).toBe(0);
    await page.close();
  });

  it('loads the engine when the reader focuses it, before the first query', async () => {
    const page = await browser().newPage();
    const fetched: string[] = [];
    page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${inject('baseUrl')}/search/`);
    await page.waitForSelector('html[data-search-ready="true"]');
    expect(fetched.some((path) => path.endsWith('.pagefind'))).toBe(false);
    await page.focus('#search-input');
    await page.waitForSelector('html[data-search-engine="ready"]');
    expect(fetched.some((path) => /\/wasm\.\w+\.pagefind$/.test(path))).toBe(true);
    await page.close();
  });
});

describe('relevance', () => {
  it('answers the judged queries: the first result is correct for at least 90% of them, and one of the first three for 97%', async () => {
    const relevance = await judge(browser(), inject('baseUrl'), RELEVANCE_SET);
    const misses = relevance.judged
      .filter((item) => item.rank !== 1)
      .map((item) => `${item.query}: ${item.answers.slice(0, 3).join(', ')}`);
    expect(relevance.queries).toBeGreaterThanOrEqual(60);
    expect(relevance.successAt1, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(relevance.successAt3, misses.join('\n')).toBeGreaterThanOrEqual(0.97);
  }, 360_000);
});
