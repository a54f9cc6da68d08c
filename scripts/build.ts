/**
 * The whole build: Astro renders the site into a staging folder, Pagefind indexes it, the open-data
 * exports are written beside it, and only when all succeed does the staging folder replace dist/.
 * A failed build leaves the previous complete site untouched.
 */
import { rm, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { readCorpusOnce } from '../src/corpus/load.ts';
import { parseCount } from '../src/corpus/parse-text.ts';
import { CORPUS_DIR } from '../src/corpus/location.ts';
import { corpusProblemsMessage } from '../src/corpus/read-corpus.ts';
import { referenceReport } from '../src/corpus/resolve-references.ts';
import { editionOf } from '../src/export/edition.ts';
import { publicAddress } from '../src/lib/urls.ts';
import { writeCitationFiles, writeExports, writeRedirects } from './exports.ts';
import { buildSearchIndex } from './search-index.ts';

// Astro's telemetry is a request to a third party: never, however the script is started.
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';

const root = fileURLToPath(new URL('..', import.meta.url));
// OUT_DIR and CORPUS_DIR let the benchmark and the build tests build elsewhere.
const output = path.resolve(root, process.env['OUT_DIR'] ?? 'dist');
const staging = path.join(path.dirname(output), `.${path.basename(output)}-staging`);
const previous = path.join(path.dirname(output), `.${path.basename(output)}-previous`);

async function exists(target: string): Promise<boolean> {
  return stat(target).then(
    () => true,
    () => false,
  );
}

async function main(): Promise<void> {
  const started = performance.now();
  await rm(staging, { recursive: true, force: true });
  try {
    // A malformed address stops the build before anything is written; a missing one is said, not guessed.
    if (publicAddress(process.env['SITE_URL']) === undefined) {
      console.log(
        'Public address: SITE_URL is not set, so the pages give site-relative addresses and have no canonical link or sitemap. Set SITE_URL=https://… to build the published site (README, “Public address”).',
      );
    }
    // Read once: Astro's content loader, run later in this process, is handed the same model.
    const reading = await readCorpusOnce(path.resolve(root, CORPUS_DIR));
    const model = reading.model;
    if (!model) throw new Error(corpusProblemsMessage(reading.problems));
    // Fixed before Astro runs, so the Data page and the files name the same edition.
    const edition = editionOf(model);
    const report = referenceReport(model.references);
    console.log(
      `References in the authentic texts: ${report.found} found, ${report.linked} linked, ${report.unlinked.length} left unlinked.`,
    );
    for (const item of report.unlinked) console.log(`  not linked: ${item.where}: “${item.text}”: ${item.reason}`);
    // A build of another corpus keeps its own cache, so it never mixes with the project's.
    const cacheDir = process.env['CORPUS_DIR'] ? path.join(path.dirname(output), `.${path.basename(output)}-cache`) : undefined;
    await build({ root, outDir: staging, logLevel: 'warn', ...(cacheDir ? { cacheDir } : {}) });
    const pages = await buildSearchIndex(staging, model);
    // After the search index, so Pagefind never sees them; into staging, so a failure keeps the old site.
    const exported = await writeExports(model, staging, { edition });
    await writeCitationFiles(model, staging, edition.origin);
    const moved = await writeRedirects(model, staging);
    const kilobytes = Math.round(exported.reduce((sum, file) => sum + file.bytes, 0) / 1024);
    // Swap by renames so that dist/ is never half-written.
    await rm(previous, { recursive: true, force: true });
    if (await exists(output)) await rename(output, previous);
    await rename(staging, output);
    await rm(previous, { recursive: true, force: true });
    // Counted after Astro has run, so a second reading anywhere in the build would show here.
    console.log(
      `Corpus: ${model.instruments.length} instruments, ${reading.parsed} text files, ${parseCount()} text parses in this build.`,
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Open data: ${exported.length} files in ${path.relative(root, output) || '.'}/data/ (${kilobytes} KB), corpus version ${edition.corpusVersion}.`,
    );
    console.log(
      `Built ${path.relative(root, output) || '.'}/ in ${seconds} s: ${pages} provisions and sections indexed for search, ${moved} other addresses led to their articles.`,
    );
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    console.error(
      `\nBuild failed; ${path.relative(root, output)}/ was left as it was.\n${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  }
}

await main();
