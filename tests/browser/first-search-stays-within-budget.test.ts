import { describe, expect, inject, it } from 'vitest';
import { measureSearch } from '../../scripts/bench/search-cost.ts';
import { useChromium } from '../helpers/browser.ts';
import { DIST } from '../helpers/built-site.ts';

const FIRST_SEARCH_BUDGET = 100 * 1024;
const browser = useChromium();

function firstSearchBytes(baseUrl: string, siteDir: string): Promise<number> {
  return measureSearch({ browser: browser(), baseUrl, siteDir, searchPath: '/search/', searchFiles: /^\/pagefind\//, queries: ['compensation', 'repatriation'], runs: 1 }).then((cost) => cost.firstGzipBytes);
}

describe('the first search stays within its byte budget', () => {
  it('fetches at most 100 KB (gzip) for a first query on the site', async () => {
    const bytes = await firstSearchBytes(inject('baseUrl'), DIST);
    expect(bytes).toBeGreaterThan(10 * 1024);
    expect(bytes).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
  });
});
