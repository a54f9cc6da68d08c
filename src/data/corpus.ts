/**
 * The corpus as the pages use it: instruments with their texts in reading order, loaded once
 * per build and checked as a whole before any page is rendered.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { divisionsOf, type PlacedDivision } from '../lib/divisions.ts';

/** An instrument's metadata entry. */
export type InstrumentEntry = CollectionEntry<'instruments'>;
/** One corpus text file. */
export type TextEntry = CollectionEntry<'texts'>;

/** An article with its place in the instrument. */
export interface ArticleEntry {
  /** The text file. */
  readonly entry: TextEntry;
  /** Article number. */
  readonly number: number;
  /** Heading as printed, if any. */
  readonly heading: string | undefined;
  /** Divisions it stands in, outermost first. */
  readonly divisions: readonly PlacedDivision[];
}

/** An instrument with its texts in reading order. */
export interface LoadedInstrument {
  /** Folder name and URL segment. */
  readonly slug: string;
  /** Metadata. */
  readonly meta: InstrumentEntry['data'];
  /** The preamble, if the instrument has one. */
  readonly preamble: TextEntry | undefined;
  /** Articles in order. */
  readonly articles: readonly ArticleEntry[];
  /** The testimonium, if any. */
  readonly conclusions: TextEntry | undefined;
}

/** Thrown when a page asks for an instrument the corpus does not have. */
export class CorpusIntegrityError extends Error {
  override name = 'CorpusIntegrityError';
}

async function load(): Promise<LoadedInstrument[]> {
  // The corpus as a whole was checked by loadCorpusIndex (astro.config.mjs) before any page renders.
  const [instruments, texts] = await Promise.all([getCollection('instruments'), getCollection('texts')]);
  return instruments
    .map((instrument) => {
      const own = texts.filter((entry) => entry.data.instrument === instrument.id);
      const articles = own
        .flatMap((entry) => (entry.data.kind === 'article' ? [{ entry, number: entry.data.number, heading: entry.data.heading }] : []))
        .sort((a, b) => a.number - b.number)
        .map((article) => ({ ...article, divisions: divisionsOf(instrument.data.divisions, article.number) }));
      return {
        slug: instrument.id,
        meta: instrument.data,
        preamble: own.find((entry) => entry.data.kind === 'preamble'),
        articles,
        conclusions: own.find((entry) => entry.data.kind === 'conclusions'),
      };
    })
    .sort((a, b) => a.meta.adoption.date.localeCompare(b.meta.adoption.date) || a.slug.localeCompare(b.slug));
}

let cache: Promise<LoadedInstrument[]> | undefined;

/** Every instrument, oldest adoption first; loaded and checked once per build. */
export function loadCorpus(): Promise<LoadedInstrument[]> {
  cache ??= load();
  return cache;
}

/** One instrument by folder name. */
export async function loadInstrument(slug: string): Promise<LoadedInstrument> {
  const found = (await loadCorpus()).find((instrument) => instrument.slug === slug);
  if (!found) throw new CorpusIntegrityError(`no instrument "${slug}"`);
  return found;
}
