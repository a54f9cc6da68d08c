import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from '../helpers/browser.ts';

const browser = useChromium();

/** Presses Tab until the focused element matches `test`; the number of presses, or -1 after `limit`. */
async function tabTo(page: Page, test: (element: Element) => boolean, limit: number): Promise<number> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${test.toString()})(document.activeElement)`)) return presses;
  }
  return -1;
}

describe('a keyboard user reaches any provision without tabbing through hundreds of links', () => {
  it('on the Convention, through the contents: article 18 in a few dozen presses', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${inject('baseUrl')}/organized-crime-convention/`);
    const toContents = await tabTo(page, (element) => element.textContent === 'Contents' && element.tagName === 'A', 20);
    expect(toContents).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    const toArticle = await tabTo(page, (element) => element.textContent === 'Article 18: Mutual legal assistance', 25);
    expect(toArticle).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe('art_18');
    // From the article, the next stops are its own: its link, then its text.
    const inArticle = await tabTo(page, (element) => element.closest('#art_18') !== null, 1);
    expect(inArticle).toBe(1);
    expect(toContents + toArticle + inArticle).toBeLessThanOrEqual(45);
    await page.close();
  });

  it('the whole text keeps the paragraphs’ ¶ links out of the Tab order; the article page keeps them in it', async () => {
    const page = await browser().newPage();
    const inOrder = () =>
      [...document.querySelectorAll<HTMLElement>('.pin')].filter((pin) => pin.tabIndex >= 0).map((pin) => pin.getAttribute('href'));
    await page.goto(`${inject('baseUrl')}/organized-crime-convention/`);
    const whole = await page.evaluate(inOrder);
    // One per article (41) and one for the testimonium.
    expect(whole).toHaveLength(42);
    expect(whole.every((href) => /^#(art_\d+|conclusions)$/.test(href ?? ''))).toBe(true);
    await page.goto(`${inject('baseUrl')}/organized-crime-convention/article-18/`);
    expect((await page.evaluate(inOrder)).length).toBeGreaterThan(40);
    await page.close();
  });
});
