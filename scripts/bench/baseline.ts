/**
 * The baseline the search is measured against: one MiniSearch index of every paragraph of the
 * corpus, shipped whole to the browser. Built from the same built pages Pagefind indexes.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { leafBlocks, readableText, readSite } from '../site-files.ts';

/** One searchable paragraph. */
export interface ParagraphRecord {
  id: string;
  url: string;
  title: string;
  text: string;
}

const require = createRequire(import.meta.url);
/** The MiniSearch browser bundle the baseline page loads (not in the package's exports map). */
export const MINISEARCH_BUNDLE = path.join(path.dirname(require.resolve('minisearch')), '..', 'umd', 'index.js');

/** Every leaf provision of the pages Pagefind indexes (articles, preamble, testimonium). */
export function paragraphRecords(siteDir: string): ParagraphRecord[] {
  return readSite(siteDir)
    .filter((page) => /^\/[^/]+\/(article-\d+|preamble|conclusions)\/$/.test(page.url))
    .flatMap((page) =>
      leafBlocks(page, '.provision').map((element, index) => {
        const id = typeof element.properties['id'] === 'string' ? element.properties['id'] : `${page.url}-${index}`;
        const title = typeof element.properties['dataPagefindTitle'] === 'string' ? element.properties['dataPagefindTitle'] : page.url;
        return { id: `${page.url}#${id}`, url: `${page.url}#${id}`, title, text: readableText(element) };
      }),
    );
}

/** Options shared by the index builder and the page that loads the index. */
export const MINISEARCH_OPTIONS = { fields: ['title', 'text'], storeFields: ['title', 'url', 'text'] };

/** The serialised MiniSearch index of the records. */
export function baselineIndexJson(records: readonly ParagraphRecord[]): string {
  const index = new MiniSearch<ParagraphRecord>(MINISEARCH_OPTIONS);
  index.addAll([...records]);
  return JSON.stringify(index);
}

/** Gzip bytes of what the baseline ships for a first search: the library and the whole index. */
export function baselineBytes(records: readonly ParagraphRecord[], library: Buffer): { library: number; index: number; total: number } {
  const libraryBytes = gzipSync(library, { level: 9 }).length;
  const indexBytes = gzipSync(baselineIndexJson(records), { level: 9 }).length;
  return { library: libraryBytes, index: indexBytes, total: libraryBytes + indexBytes };
}

/** Writes a minimal search page using the baseline into `siteDir/bench-baseline/` (bench copies only). */
export function writeBaselinePage(siteDir: string): void {
  const dir = path.join(siteDir, 'bench-baseline');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.json'), baselineIndexJson(paragraphRecords(siteDir)));
  copyFileSync(MINISEARCH_BUNDLE, path.join(dir, 'minisearch.js'));
  writeFileSync(
    path.join(dir, 'baseline.js'),
    `const options = ${JSON.stringify(MINISEARCH_OPTIONS)};
const ready = fetch('/bench-baseline/index.json').then((r) => r.text()).then((json) => MiniSearch.loadJSON(json, options));
document.querySelector('form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const index = await ready;
  const hits = index.search(document.querySelector('input').value, { prefix: false }).slice(0, 20);
  document.querySelector('ol').replaceChildren(...hits.map((hit) => {
    const li = document.createElement('li');
    li.className = 'result';
    const a = document.createElement('a');
    a.href = hit.url;
    a.textContent = hit.title;
    li.append(a, ' ', hit.text.slice(0, 160));
    return li;
  }));
});
document.documentElement.dataset.searchReady = 'true';
`,
  );
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Baseline search</title></head><body><form><input id="search-input" type="search"><button>Search</button></form><ol id="search-results"></ol><script src="/bench-baseline/minisearch.js"></script><script src="/bench-baseline/baseline.js"></script></body></html>',
  );
}
