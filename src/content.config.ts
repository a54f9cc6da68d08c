/**
 * Content collections: the corpus model, read once per build by src/corpus/ and handed to Astro
 * as one entry. Pages reach it through src/data/corpus.ts.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { corpusLoader } from './corpus/astro-loader.ts';
import type { CorpusModel } from './corpus/model.ts';

const corpus = defineCollection({
  loader: corpusLoader(),
  // The model is built and checked by the reader; here it is only given its type.
  schema: z.custom<CorpusModel>(),
});

/** The collections of the site. */
export const collections = { corpus };
