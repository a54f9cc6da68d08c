/**
 * `npm run anchors:register`: adds the anchors the corpus now publishes to corpus/anchors.json.
 * The published anchors come from the corpus model, the same one the pages are rendered from;
 * nothing is ever removed, and a registered anchor the corpus no longer has stops the reader.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { mergeRegistry, publishedAnchors, REGISTRY_NAME, registrySchema, unregisteredAnchors } from '../src/corpus/anchor-registry.ts';
import { corpusProblemsMessage, readCorpus } from '../src/corpus/read-corpus.ts';
import { readFileSync } from 'node:fs';

const dir = path.resolve(process.env['CORPUS_DIR'] ?? path.join(import.meta.dirname, '..', 'corpus'));
const reading = await readCorpus(dir);
if (!reading.model) {
  console.error(`Refusing to register: ${corpusProblemsMessage(reading.problems)}`);
  process.exitCode = 1;
} else {
  const file = path.join(dir, REGISTRY_NAME);
  // The reader has checked the registry's shape; this reads the same file.
  const registry = registrySchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const published = publishedAnchors(reading.model.instruments);
  const added = unregisteredAnchors(registry, published);
  const merged = mergeRegistry(registry, published);
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  console.log(`Registered ${added.length} new anchors; the registry holds ${Object.values(merged.pages).flat().length}.`);
}
