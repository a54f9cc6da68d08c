import { describe, expect, inject, it } from 'vitest';
import { useChromium } from '../helpers/browser.ts';

const browser = useChromium();

describe('a link to an anchor that does not exist gets an answer', () => {
  it.each([
    ['/trafficking-protocol/article-6/#art_6__para_9', 'This page has no provision at “#art_6__para_9”. Did you mean art. 6?', '#art_6'],
    [
      '/trafficking-protocol/article-6/#art6-3-b',
      'This page has no provision at “#art6-3-b”. Did you mean art. 6(3)(b)?',
      '#art_6__para_3__point_b',
    ],
    [
      '/trafficking-protocol/article-6/#art_7__para_1',
      'This page has no provision at “#art_7__para_1”. Did you mean art. 7(1)?',
      '/trafficking-protocol/article-7/#art_7__para_1',
    ],
    ['/organized-crime-convention/#art_18__para_40', 'This page has no provision at “#art_18__para_40”. Did you mean art. 18?', '#art_18'],
    ['/trafficking-protocol/article-6/#nothing-here', 'This page has no provision at “#nothing-here”.', undefined],
  ])('%s', async (path, message, href) => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}${path}`);
    const notice = page.locator('#missing-anchor');
    await expect.poll(() => notice.textContent()).toBe(message);
    expect(
      await notice
        .locator('a')
        .getAttribute('href')
        .catch(() => undefined),
    ).toBe(href);
    if (href?.startsWith('#')) {
      await notice.locator('a').click();
      await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe(href.slice(1));
      // Once the reader is on a provision that exists, the notice goes.
      expect(await notice.count()).toBe(0);
    }
    await page.close();
  });

  it('an anchor that exists gets no notice', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}/trafficking-protocol/article-6/#art_6__para_3__point_b`);
    await expect.poll(() => page.locator('.cite-pinpoint').textContent()).toBe('art. 6(3)(b)');
    expect(await page.locator('#missing-anchor').count()).toBe(0);
    await page.close();
  });
});

describe('common other addresses lead to the permanent ones, anchor included', () => {
  it.each([
    ['/article-06/', '/trafficking-protocol/article-6/'],
    ['/art-6/#art_6__para_3__point_b', '/trafficking-protocol/article-6/#art_6__para_3__point_b'],
    ['/trafficking-protocol/art-3/', '/trafficking-protocol/article-3/'],
    ['/organized-crime-convention/article-05/#art_5__para_1', '/organized-crime-convention/article-5/#art_5__para_1'],
    ['/council-of-europe-trafficking-convention/art-4/', '/council-of-europe-trafficking-convention/article-4/'],
  ])('%s', async (from, to) => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}${from}`);
    await page.waitForURL(`${inject('baseUrl')}${to}`);
    expect(await page.locator('h1').count()).toBe(1);
    await page.close();
  });

  it('without JavaScript, the page still leads on', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/art-6/`);
    await page.waitForURL(`${inject('baseUrl')}/trafficking-protocol/article-6/`);
    await context.close();
  });
});
