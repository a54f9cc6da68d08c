/**
 * The baseline the search is measured against: one MiniSearch index of every search record of the
 * corpus (every provision of every instrument, every drafting history and note), shipped whole to
 * the browser. Built from the same records Pagefind indexes.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import type { SearchRecord } from '../../src/export/search-records.ts';

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

/** The baseline's records: the search records, each titled by its address. */
export function paragraphRecords(records: readonly SearchRecord[]): ParagraphRecord[] {
  return records.map((record) => ({ id: record.url, url: record.url, title: record.url, text: record.content }));
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
export function writeBaselinePage(siteDir: string, records: readonly ParagraphRecord[]): void {
  const dir = path.join(siteDir, 'bench-baseline');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.json'), baselineIndexJson(records));
  copyFileSync(MINISEARCH_BUNDLE, path.join(dir, 'minisearch.js'));
  writeFileSync(
    path.join(dir, 'baseline.js'),
    `const options = ${JSON.stringify(MINISEARCH_OPTIONS)};
const ready = fetch('/bench-baseline/index.json').then((r) => r.text()).then((json) => MiniSearch.loadJSON(json, options));
ready.then(() => { document.documentElement.dataset.searchEngine = 'ready'; });
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
