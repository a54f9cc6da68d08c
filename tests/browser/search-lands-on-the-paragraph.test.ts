import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from '../helpers/browser.ts';
import { tick } from '../helpers/search-page.ts';

const browser = useChromium();

async function searchFor(query: string) {
  const page = await browser().newPage();
  await page.goto(`${inject('baseUrl')}/search/`);
  await page.waitForSelector('html[data-search-ready="true"]');
  await page.fill('#search-input', query);
  await page.press('#search-input', 'Enter');
  await page.waitForSelector('#search-results .result a');
  // Results appear one by one; the status line is written when the page of results is complete.
  await page.waitForFunction(() => !/^Searching/.test(document.querySelector('#search-status')?.textContent ?? ''));
  return page;
}

/** The number of results the search status gives. */
async function resultCount(page: Page): Promise<number> {
  return Number(/^(\d+)/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1] ?? 'NaN');
}

describe('search lands on the paragraph', () => {
  it('a quoted phrase from article 6(3)(b) leads to that subparagraph, scrolled into view', async () => {
    const page = await searchFor('"in a language that the victims of trafficking in persons can understand"');
    const first = page.locator('#search-results .result h3 a').first();
    expect(await first.getAttribute('href')).toBe('/trafficking-protocol/article-6/#art_6__para_3__point_b');
    await first.click();
    // The result asks the browser to highlight the words (a text fragment after the anchor).
    await page.waitForURL((url) => url.pathname === '/trafficking-protocol/article-6/' && url.hash.startsWith('#art_6__para_3__point_b'));
    // The browser applies the fragment (and the highlight) once the page has loaded, not always by the time the address changes.
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe('art_6__para_3__point_b');
    await expect
      .poll(() =>
        page.locator('#art_6__para_3__point_b').evaluate((element) => {
          const box = element.getBoundingClientRect();
          return box.top >= 0 && box.top < window.innerHeight;
        }),
      )
      .toBe(true);
    await page.close();
  });

  it('plain words find the paragraph that holds them, and its citation is the title', async () => {
    const page = await searchFor('compensation damage suffered');
    const first = page.locator('#search-results .result h3 a').first();
    expect(await first.getAttribute('href')).toBe('/trafficking-protocol/article-6/#art_6__para_6');
    expect(await first.textContent()).toBe('Trafficking in Persons Protocol, art. 6(6)');
    await page.close();
  });

  it('reads the query from the address, so a search can be linked and the home page form works', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}/`);
    await page.fill('#home-search', 'revictimization');
    await page.press('#home-search', 'Enter');
    await page.waitForURL('**/search/?q=revictimization');
    await page.waitForSelector('#search-results .result a');
    expect(await page.locator('#search-results .result h3 a').first().getAttribute('href')).toBe(
      '/trafficking-protocol/article-9/#art_9__para_1__point_b',
    );
    await page.close();
  });

  it('shows ten results at first and the rest on request, moving focus to the first new one', async () => {
    const page = await searchFor('State Party');
    const total = Number(/^(\d+) provisions match/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(20);
    expect(await page.locator('#search-results > li').count()).toBe(10);
    expect(await page.locator('#search-status').textContent()).toBe(`${total} provisions match; showing the first 10.`);
    const more = page.locator('#search-more');
    expect(await more.textContent()).toBe('Show 10 more results');
    await more.click();
    await expect.poll(() => page.locator('#search-results > li').count()).toBe(20);
    expect(await page.evaluate(() => document.activeElement === document.querySelector('#search-results > li:nth-child(11) a'))).toBe(true);
    for (let shown = 20; shown < total; shown += 10) {
      await more.click();
      await expect.poll(() => page.locator('#search-results > li').count()).toBe(Math.min(shown + 10, total));
    }
    expect(await more.isHidden()).toBe(true);
    expect(await page.locator('#search-status').textContent()).toBe(`${total} provisions match.`);
    // The address keeps the number of results shown, so a reload shows as many.
    expect(new URL(page.url()).searchParams.get('page')).toBe(String(Math.ceil(total / 10)));
    const hrefs = await page.locator('#search-results .result h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(total);
    await page.close();
  });

  it('filters by instrument and layer, with the number of results beside each value', async () => {
    const page = await searchFor('compensation');
    const all = await resultCount(page);
    expect(await page.locator('#search-filters input[type=checkbox]').count()).toBe(8);
    const protocol = page.locator('#search-filters label', { has: page.locator('input[value="Trafficking in Persons Protocol"]') });
    expect(await protocol.textContent()).toMatch(/^ ?Trafficking in Persons Protocol \(\d+\)$/);
    await tick(page, '#search-filters', 'Trafficking in Persons Protocol');
    // The drafting history of the Protocol is indexed under the instrument too; the authentic text alone has one hit.
    await tick(page, '#search-layers', 'Authentic text');
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('1 provision matches.');
    expect(await page.locator('#search-results .result h3 a').first().getAttribute('href')).toBe(
      '/trafficking-protocol/article-6/#art_6__para_6',
    );
    expect(all).toBeGreaterThan(1);
    await page.close();
  });

  it('ticking two instruments finds what either holds, and each count adds up', async () => {
    const page = await searchFor('victims');
    const countOf = async (value: string): Promise<number> =>
      Number(
        /\((\d+)\)/.exec(
          (await page.locator('#search-filters label', { has: page.locator(`input[value="${value}"]`) }).textContent()) ?? '',
        )?.[1],
      );
    const protocol = await countOf('Trafficking in Persons Protocol');
    const crc = await countOf('Convention on the Rights of the Child');
    expect(protocol).toBeGreaterThan(0);
    expect(crc).toBeGreaterThan(0);
    await tick(page, '#search-filters', 'Trafficking in Persons Protocol');
    await expect.poll(() => resultCount(page)).toBe(protocol);
    await tick(page, '#search-filters', 'Convention on the Rights of the Child');
    await expect.poll(() => resultCount(page)).toBe(protocol + crc);
    await page.close();
  });

  it('filters by theme, and by theme and instrument together', async () => {
    const page = await searchFor('child');
    const count = (): Promise<number> => resultCount(page);
    const all = await count();
    expect(await page.locator('#search-themes input[type=checkbox]').count()).toBe(7);
    await tick(page, '#search-themes', 'The child');
    await expect.poll(count).toBeLessThan(all);
    const themed = await count();
    const pages = await page.locator('#search-results .result h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    // The theme sets side by side CRC arts. 1, 34 to 36 and 39, CEDAW art. 6, and the child articles of both trafficking instruments.
    expect(pages.some((href) => href?.startsWith('/rights-of-the-child-convention/article-1/'))).toBe(true);
    expect(
      pages.every((href) =>
        /\/(rights-of-the-child-convention\/article-(1|34|35|36|39)|trafficking-protocol\/article-(3|6)|council-of-europe-trafficking-convention\/article-4|discrimination-against-women-convention\/article-6)\//.test(
          href ?? '',
        ),
      ),
    ).toBe(true);
    await tick(page, '#search-filters', 'Convention on the Rights of the Child');
    await expect.poll(count).toBeLessThan(themed);
    await page.close();
  });

  it('filters by layer: the interpretative notes and the drafting history are searched as layers of their own', async () => {
    const page = await searchFor('vulnerability');
    const count = (): Promise<number> => resultCount(page);
    const all = await count();
    await tick(page, '#search-layers', 'Official interpretative note');
    await expect.poll(count).toBeLessThan(all);
    const hrefs = await page.locator('#search-results .result h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => /^\/trafficking-protocol\/article-\d+\/#note-/.test(href ?? ''))).toBe(true);
    await page.close();
  });
});
