/**
 * What a search costs a reader, measured in Chromium: bytes fetched for the first query (from
 * opening the search page to the first results) and for a following query, and the time from
 * submitting a query to rendered results.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { gzipBytes } from './page-weight.ts';

/** What a fetched file of Pagefind's bundle is for. */
export type SearchPart = 'engine' | 'metadata' | 'index' | 'fragments';

/** Sorts a Pagefind file by its part: the engine (loader, WebAssembly), metadata and filters, index chunks, result fragments. */
export function searchPart(urlPath: string): SearchPart {
  if (urlPath.endsWith('.pf_fragment')) return 'fragments';
  if (urlPath.endsWith('.pf_index')) return 'index';
  if (/\.(pf_meta|pf_filter|json)$/.test(urlPath)) return 'metadata';
  return 'engine';
}

/** Gzip bytes of the files, summed by part. */
export function bytesByPart(siteDir: string, urlPaths: readonly string[]): Record<SearchPart, number> {
  const parts: Record<SearchPart, number> = { engine: 0, metadata: 0, index: 0, fragments: 0 };
  for (const urlPath of urlPaths) parts[searchPart(urlPath)] += transferBytes(siteDir, urlPath);
  return parts;
}

/** Whether a request belongs to search: Pagefind's bundle and the search page's data files (citations, word lists). */
export function isSearchFile(urlPath: string): boolean {
  return urlPath.startsWith('/pagefind/') || urlPath.startsWith('/search/data/');
}

/** The cost of the first and of a following query. */
export interface SearchCost {
  /** Files fetched for the first query, as URL paths. */
  firstFiles: string[];
  /** Bytes as served for the first query (uncompressed by the preview server). */
  firstServedBytes: number;
  /** The same files' bytes when served with gzip, as a static host would. */
  firstGzipBytes: number;
  /** Files fetched for the following query. */
  followingFiles: string[];
  /** Gzip bytes for the following query. */
  followingGzipBytes: number;
  /** Milliseconds from submitting the first query to rendered results, one per run. */
  firstMs: number[];
  /** The same for the following query. */
  followingMs: number[];
}

// Pagefind's index files are compressed already; a host serves them as they are.
const PRECOMPRESSED = /\.(pf_index|pf_fragment|pf_meta|pf_filter|pagefind)$/;

/** Gzip-equivalent bytes of a file of the site. */
export function transferBytes(siteDir: string, urlPath: string): number {
  const file = path.join(siteDir, decodeURIComponent(urlPath));
  if (!existsSync(file)) return 0;
  return PRECOMPRESSED.test(file) ? statSync(file).size : gzipBytes(file);
}

async function timeQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(async (text) => {
    const input = document.querySelector<HTMLInputElement>('#search-input');
    const list = document.querySelector('#search-results');
    if (!input?.form || !list) throw new Error('not a search page');
    input.value = text;
    const started = performance.now();
    const done = new Promise<number>((resolve, reject) => {
      // A query without results would otherwise leave the measurement waiting for ever.
      const timer = setTimeout(() => reject(new Error(`no results for ${text} within 10 s`)), 10_000);
      const observer = new MutationObserver(() => {
        if (list.querySelector('.result')) {
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - started);
        }
      });
      observer.observe(list, { childList: true, subtree: true });
    });
    input.form.requestSubmit();
    return done;
  }, query);
}

/** The files a first query fetches, from opening the search page to its results, by part; and those of a following query. */
export interface FirstSearch {
  /** The query. */
  query: string;
  /** Files fetched, as URL paths. */
  files: string[];
  /** Gzip bytes by part. */
  parts: Record<SearchPart, number>;
  /** Gzip bytes in all. */
  total: number;
  /** The following query, if one was run. */
  following?: { query: string; files: string[]; parts: Record<SearchPart, number>; total: number };
}

/**
 * Runs one query on the search page in a fresh browser context (empty cache) and records what it
 * fetched; with `following`, then runs that query on the same page and records what it added.
 */
export async function measureFirstSearch(options: {
  browser: Browser;
  baseUrl: string;
  siteDir: string;
  query: string;
  following?: string;
}): Promise<FirstSearch> {
  const { browser, baseUrl, siteDir, query, following } = options;
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const files: string[] = [];
    page.on('requestfinished', (request) => {
      const { pathname } = new URL(request.url());
      if (isSearchFile(pathname)) files.push(pathname);
    });
    await page.goto(`${baseUrl}/search/`);
    await page.waitForSelector('html[data-search-ready="true"]');
    await timeQuery(page, query);
    await page.waitForLoadState('networkidle');
    const first = [...files];
    const parts = bytesByPart(siteDir, first);
    const sum = (byPart: Record<SearchPart, number>): number => Object.values(byPart).reduce((total, bytes) => total + bytes, 0);
    const result: FirstSearch = { query, files: first, parts, total: sum(parts) };
    if (following !== undefined) {
      await timeQuery(page, following);
      await page.waitForLoadState('networkidle');
      const added = files.slice(first.length);
      const addedParts = bytesByPart(siteDir, added);
      result.following = { query: following, files: added, parts: addedParts, total: sum(addedParts) };
    }
    return result;
  } finally {
    await context.close();
  }
}

/**
 * Measures `runs` times, each in a fresh browser context (empty cache). `searchPath` is the search
 * page; `searchFiles` tells which requests belong to the search engine (index and library).
 */
export async function measureSearch(options: {
  browser: Browser;
  baseUrl: string;
  siteDir: string;
  searchPath: string;
  searchFiles: { test(urlPath: string): boolean };
  queries: readonly [string, string];
  runs: number;
}): Promise<SearchCost> {
  const { browser, baseUrl, siteDir, searchPath, searchFiles, queries, runs } = options;
  const cost: SearchCost = {
    firstFiles: [],
    firstServedBytes: 0,
    firstGzipBytes: 0,
    followingFiles: [],
    followingGzipBytes: 0,
    firstMs: [],
    followingMs: [],
  };
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fetched: { path: string; bytes: number }[] = [];
    page.on('requestfinished', (request) => {
      const url = new URL(request.url());
      if (!searchFiles.test(url.pathname)) return;
      void request.sizes().then((sizes) => fetched.push({ path: url.pathname, bytes: sizes.responseBodySize + sizes.responseHeadersSize }));
    });
    await page.goto(`${baseUrl}${searchPath}`);
    await page.waitForSelector('html[data-search-ready="true"]');
    // The reader's intent: focusing the box loads the engine, which a search page may do before the query.
    await page.focus('#search-input');
    await page.waitForFunction(() => document.documentElement.dataset['searchEngine'] === 'ready');
    cost.firstMs.push(await timeQuery(page, queries[0]));
    await page.waitForLoadState('networkidle');
    const firstCount = fetched.length;
    cost.followingMs.push(await timeQuery(page, queries[1]));
    await page.waitForLoadState('networkidle');
    if (run === 0) {
      const first = fetched.slice(0, firstCount);
      const following = fetched.slice(firstCount);
      cost.firstFiles = first.map((file) => file.path);
      cost.firstServedBytes = first.reduce((sum, file) => sum + file.bytes, 0);
      cost.firstGzipBytes = first.reduce((sum, file) => sum + transferBytes(siteDir, file.path), 0);
      cost.followingFiles = following.map((file) => file.path);
      cost.followingGzipBytes = following.reduce((sum, file) => sum + transferBytes(siteDir, file.path), 0);
    }
    await context.close();
  }
  return cost;
}

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
