import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { idsOf } from '../../scripts/site-files.ts';
import { builtPages, DIST, selectAll, SITE_BASE } from '../helpers/built-site.ts';

const pages = builtPages();
const idsByUrl = new Map(pages.map((page) => [page.url, new Set(idsOf(page))]));

/** Internal targets of a page: every href and src that stays on the site. */
function internalTargets(url: string): URL[] {
  const page = pages.find((candidate) => candidate.url === url);
  if (!page) return [];
  const base = new URL(url, SITE_BASE);
  return selectAll('[href]:not(link[rel=canonical]), [src]', page.tree)
    .map((element) => String(element.properties['href'] ?? element.properties['src']))
    .map((value) => new URL(value, base))
    .filter((target) => target.origin === base.origin);
}

function fileExists(target: URL): boolean {
  const relative = decodeURIComponent(target.pathname);
  const candidates = relative.endsWith('/')
    ? [path.join(DIST, relative, 'index.html')]
    : [path.join(DIST, relative), path.join(DIST, relative, 'index.html')];
  return candidates.some((candidate) => existsSync(candidate));
}

describe('every internal link and fragment resolves', () => {
  it('checks a meaningful number of links', () => {
    expect(pages.flatMap((page) => internalTargets(page.url)).length).toBeGreaterThan(500);
  });

  it.each(pages.map((page) => page.url))('%s', (url) => {
    const broken: string[] = [];
    for (const target of internalTargets(url)) {
      if (target.pathname.startsWith('/search/') && target.search) continue;
      if (!fileExists(target)) {
        broken.push(`${target.pathname} (no such page)`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && !idsByUrl.get(target.pathname)?.has(fragment)) broken.push(`${target.pathname}#${fragment} (no such anchor)`);
    }
    expect(broken).toEqual([]);
  });
});
