/** Gzip bytes of the HTML, CSS and JavaScript a page needs, read from a built site. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

/** What one page costs, gzip bytes. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  /** HTML and CSS: what reading needs. */
  reading: number;
}

/** Gzip size of a file, level 9, as a static host would serve it. */
export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function fileOfUrl(siteDir: string, url: string): string {
  const pathname = url.endsWith('/') ? `${url}index.html` : url;
  return path.join(siteDir, decodeURIComponent(pathname));
}

/** The weight of the page at `url` (a path such as "/trafficking-protocol/article-6/"). */
export function pageWeight(siteDir: string, url: string): PageWeight {
  const file = fileOfUrl(siteDir, url);
  const tree = fromHtml(readFileSync(file, 'utf8'));
  const linked = (selector: string, attribute: string) =>
    selectAll(selector, tree)
      .map((element) => element.properties[attribute])
      .filter((value): value is string => typeof value === 'string' && value.startsWith('/'));
  const css = linked('link[rel=stylesheet]', 'href').reduce((sum, href) => sum + gzipBytes(fileOfUrl(siteDir, href)), 0);
  const js = [...linked('script[src]', 'src'), ...linked('link[rel=modulepreload]', 'href')].reduce(
    (sum, src) => sum + gzipBytes(fileOfUrl(siteDir, src)),
    0,
  );
  const html = gzipBytes(file);
  return { html, css, js, reading: html + css };
}

/** The page types the budgets and the report speak of. */
export const PAGE_TYPES = {
  home: '/',
  instrument: '/trafficking-protocol/',
  article: '/trafficking-protocol/article-6/',
  search: '/search/',
} as const;
