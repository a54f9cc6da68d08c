/** The built site in dist/, read once per test file. Site tests need `npm run build` first. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { readSite, type BuiltPage } from '../../scripts/site-files.ts';

/** The dist/ folder. */
export const DIST = path.join(import.meta.dirname, '..', '..', 'dist');

let pages: BuiltPage[] | undefined;

/** Every built page; fails clearly when there is no build. */
export function builtPages(): BuiltPage[] {
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/ has no site: run `npm run build` before the site tests (npm test does)');
  pages ??= readSite(DIST);
  return pages;
}

/** One built page by URL path. */
export function builtPage(url: string): BuiltPage {
  const page = builtPages().find((candidate) => candidate.url === url);
  if (!page) throw new Error(`no built page at ${url}`);
  return page;
}

/** Text of an element as a reader copies it: without the link affordances. */
export function readableText(element: Element): string {
  const clone = structuredClone(element);
  for (const pin of selectAll('.pin', clone)) pin.children = [];
  return toText(clone, { whitespace: 'normal' }).replace(/\s+/g, ' ').trim();
}

export { select, selectAll };
