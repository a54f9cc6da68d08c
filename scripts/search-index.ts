/** Builds the Pagefind index of a built site with Pagefind's Node API, failing on any error. */
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { HistorySearchRecord as SearchRecord } from '../src/export/search-records.ts';

/** Thrown when Pagefind reports errors. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new SearchIndexError(`Pagefind failed to ${step}:\n  ${errors.join('\n  ')}`);
}

/**
 * Indexes every HTML page under `siteDir`, and `records` beside them (the history layers, which a
 * page shows below the authentic text but search keeps as layers of their own), and writes the
 * bundle to `siteDir/pagefind`. Returns the number of pages and records.
 */
export async function buildSearchIndex(siteDir: string, records: readonly SearchRecord[] = []): Promise<number> {
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'en' });
    check('create an index', created.errors);
    const index = created.index;
    if (!index) throw new SearchIndexError('Pagefind returned no index');
    const added = await index.addDirectory({ path: siteDir });
    check('index the site', added.errors);
    if (added.page_count === 0) throw new SearchIndexError('Pagefind indexed no page: is data-pagefind-body missing?');
    for (const record of records) {
      const custom = await index.addCustomRecord({
        url: record.url,
        content: record.content,
        language: 'en',
        meta: { title: record.title },
        filters: { ...record.filters },
      });
      check(`index ${record.url}`, custom.errors);
    }
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    check('write the index', written.errors);
    return added.page_count + records.length;
  } finally {
    await pagefind.close();
  }
}
