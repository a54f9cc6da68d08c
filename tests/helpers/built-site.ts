/** The built site in dist/, read once per test file. Site tests need `npm run build` first. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { readSite, type BuiltPage } from '../../scripts/site-files.ts';
import { SITE } from '../../src/site.ts';

export { leafBlocks, readableText } from '../../scripts/site-files.ts';

/** The dist/ folder. */
export const DIST = path.join(import.meta.dirname, '..', '..', 'dist');

/** The address site-relative links are resolved against: the public address, or a reserved one when the build has none. */
export const SITE_BASE = SITE.origin ?? 'https://site.invalid';

let pages: BuiltPage[] | undefined;

/** Every built page; fails clearly when there is no build. */
export function builtPages(): BuiltPage[] {
  if (!existsSync(path.join(DIST, 'index.html')))
    throw new Error('dist/ has no site: run `npm run build` before the site tests (npm test does)');
  pages ??= readSite(DIST);
  return pages;
}

/** One built page by URL path. */
export function builtPage(url: string): BuiltPage {
  const page = builtPages().find((candidate) => candidate.url === url);
  if (!page) throw new Error(`no built page at ${url}`);
  return page;
}

export { select, selectAll };
