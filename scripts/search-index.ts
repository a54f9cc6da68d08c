/** Builds the Pagefind index of a built site with Pagefind's Node API, failing on any error. */
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Thrown when Pagefind reports errors. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new SearchIndexError(`Pagefind failed to ${step}:\n  ${errors.join('\n  ')}`);
}

/** Indexes every HTML page under `siteDir` and writes the bundle to `siteDir/pagefind`. Returns the page count. */
export async function buildSearchIndex(siteDir: string): Promise<number> {
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'en' });
    check('create an index', created.errors);
    const index = created.index;
    if (!index) throw new SearchIndexError('Pagefind returned no index');
    const added = await index.addDirectory({ path: siteDir });
    check('index the site', added.errors);
    if (added.page_count === 0) throw new SearchIndexError('Pagefind indexed no page: is data-pagefind-body missing?');
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    check('write the index', written.errors);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
