import { describe, expect, inject, it } from 'vitest';
import { useChromium } from '../helpers/browser.ts';

const browser = useChromium();

describe('no request leaves the site', () => {
  it('loading every page type and running a search requests nothing from another origin', async () => {
    const base = inject('baseUrl');
    const page = await browser().newPage();
    const own: string[] = [];
    const foreign: string[] = [];
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(base) || url.startsWith('data:') || url.startsWith('blob:')) {
        own.push(url);
        await route.continue();
      } else {
        foreign.push(url);
        await route.abort();
      }
    });
    for (const path of [
      '/',
      '/trafficking-protocol/',
      '/trafficking-protocol/article-3/',
      '/trafficking-protocol/preamble/',
      '/about/',
      '/search/?q=%22position%20of%20vulnerability%22',
    ]) {
      await page.goto(`${base}${path}`);
      await page.waitForLoadState('networkidle');
    }
    await page.waitForSelector('#search-results .result');
    expect(foreign).toEqual([]);
    expect(own.some((url) => url.includes('/pagefind/'))).toBe(true);
    await page.close();
  });
});
