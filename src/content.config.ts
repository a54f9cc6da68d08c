/**
 * Content collections: the corpus as Astro reads it. Instrument metadata from
 * corpus/<slug>/instrument.yaml, text files (articles, preamble, testimonium) from
 * corpus/<slug>/**\/*.mdx. The schemas live in src/schemas/.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CORPUS_DIR } from './corpus-location.ts';
import { instrumentSchema } from './schemas/instrument.ts';
import { textUnitSchema } from './schemas/text-unit.ts';

const instruments = defineCollection({
  // The folder name is the instrument's id and URL segment.
  loader: glob({ pattern: '*/instrument.yaml', base: CORPUS_DIR, generateId: ({ entry }) => entry.split('/')[0] ?? entry }),
  schema: instrumentSchema,
});

const texts = defineCollection({
  loader: glob({ pattern: '*/**/*.mdx', base: CORPUS_DIR }),
  schema: textUnitSchema,
});

/** The collections of the site. */
export const collections = { instruments, texts };
