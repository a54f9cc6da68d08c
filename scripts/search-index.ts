/** Builds the Pagefind index of the search records with Pagefind's Node API, and the search page's data files beside it, failing on any error. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { CorpusModel } from '../src/corpus/model.ts';
import { citationTable, SEARCH_DATA_DIR, vocabulary } from '../src/export/search-data.ts';
import { searchRecords } from '../src/export/search-records.ts';
import { SITE } from '../src/site.ts';

/** Thrown when Pagefind reports errors. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/**
 * Pagefind's undocumented index chunk size (in postings; its default is 20,000). Smaller chunks
 * make a query fetch only the part of the index its words fall in; `npm run bench` measures the
 * choice and the budget test holds it.
 */
export const INDEX_CHUNK_SIZE = 1000;

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new SearchIndexError(`Pagefind failed to ${step}:\n  ${errors.join('\n  ')}`);
}

/**
 * Indexes the search records of `model` (every provision, drafting history and note, from the model
 * rather than from the pages, so that a hit is one provision) and writes the bundle to
 * `siteDir/pagefind` and the data files to `siteDir/search/data`. Returns the number of records.
 */
export async function buildSearchIndex(siteDir: string, model: CorpusModel): Promise<number> {
  const records = searchRecords(model, SITE.primaryInstrument);
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_SIZE);
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'en' });
    check('create an index', created.errors);
    const index = created.index;
    if (!index) throw new SearchIndexError('Pagefind returned no index');
    // The sort key is the record's place in that order, so that the search page can break ties by it.
    const width = String(records.length).length;
    for (const [position, record] of records.entries()) {
      const custom = await index.addCustomRecord({
        url: record.url,
        content: record.content,
        language: 'en',
        filters: { ...record.filters },
        sort: { order: String(position).padStart(width, '0') },
      });
      check(`index ${record.url}`, custom.errors);
    }
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    check('write the index', written.errors);
  } finally {
    await pagefind.close();
  }
  const dataDir = path.join(siteDir, SEARCH_DATA_DIR);
  await mkdir(dataDir, { recursive: true });
  await writeFile(path.join(dataDir, 'citations.json'), JSON.stringify(citationTable(model, SITE.primaryInstrument)));
  for (const [letter, words] of vocabulary(records)) await writeFile(path.join(dataDir, `words-${letter}.json`), JSON.stringify(words));
  return records.length;
}
