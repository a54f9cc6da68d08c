/**
 * Pagefind, asked the questions the ranking needs: which records hold each term exactly (a quoted
 * single word matches its stem and nothing longer, so "witness" never finds "with"), how well
 * (Pagefind's own score for the word), which hold the query as a phrase, which define a term, and
 * which carry each filter value. The engine is loaded once, on the reader's first sign of a search.
 */
import { LAYERS, type LayerName } from '../lib/layers.ts';
import type { Evidence, TermEvidence } from '../lib/search-ranking.ts';
import { namesTerm, phraseForms, type ParsedQuery, type QueryTerm } from '../lib/search-query.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; content: string }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string | null,
    options?: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

/** A record found: its id and how to fetch its address and words. */
export type Found = PagefindResult;

/** The loaded engine and what it knows of the whole index. */
export interface Engine {
  /** Records under each filter value, by facet. */
  readonly facets: Readonly<Record<string, Readonly<Record<string, ReadonlySet<string>>>>>;
  /** How many records the index holds. */
  readonly total: number;
  /** Gathers the evidence for a query; `found` collects a handle for every record named. */
  evidence(query: ParsedQuery, chosen: Readonly<Record<string, readonly string[]>>, found: Map<string, Found>): Promise<Evidence>;
  /** The evidence for one term alone. */
  term(term: QueryTerm, found: Map<string, Found>): Promise<TermEvidence>;
}

// The authentic text first where scores are close, then the notes on it, then our drafting history, then our commentary.
const LAYER_PRIORITY: readonly (readonly [LayerName, number])[] = [
  ['authentic', 1],
  ['notes', 0.75],
  ['history', 0.6],
  ['commentary', 0.5],
];

const MAX_PHRASE = 5;

// A variable path keeps the bundler from resolving the index, which exists only after the build.
const BUNDLE = '/pagefind/pagefind.js';

let loading: Promise<Engine> | undefined;

/** The engine, loaded on first use; later calls share it. */
export function loadEngine(): Promise<Engine> {
  loading ??= start();
  return loading;
}

async function start(): Promise<Engine> {
  const pagefind = (await import(/* @vite-ignore */ BUNDLE)) as Pagefind;
  // No web worker: it would add a second script download to every first search, and the index is small.
  // A high term similarity all but discounts Pagefind's longer matches ("with" for "witness") in the scores that rank the exact ones.
  await pagefind.options({ noWorker: true, ranking: { termSimilarity: 10 } });
  await pagefind.init();
  const available = await pagefind.filters();
  const facets: Record<string, Record<string, Set<string>>> = {};
  const everything = new Set<string>();
  for (const [facet, values] of Object.entries(available)) {
    facets[facet] = {};
    for (const value of Object.keys(values)) {
      const search = await pagefind.search(null, { filters: { [facet]: { any: [value] } } });
      const ids = new Set((search?.results ?? []).map((result) => result.id));
      facets[facet][value] = ids;
      if (facet === 'layer') for (const id of ids) everything.add(id);
    }
  }

  // The index's order (authentic texts of the primary instrument first), to break ties.
  const ordered = await pagefind.search(null, { sort: { order: 'asc' } });
  const order = new Map((ordered?.results ?? []).map((result, index) => [result.id, index]));
  const priority = new Map<string, number>();
  for (const [layer, factor] of LAYER_PRIORITY) for (const id of facets['layer']?.[LAYERS[layer].label] ?? []) priority.set(id, factor);

  // The index does not change while the page is open: each query string is asked once.
  const asked = new Map<string, Promise<{ results: PagefindResult[] } | null>>();
  const ask = (query: string): Promise<{ results: PagefindResult[] } | null> => {
    let pending = asked.get(query);
    if (!pending) {
      pending = pagefind.search(query);
      asked.set(query, pending);
    }
    return pending;
  };

  const ids = async (query: string, found: Map<string, Found>): Promise<Map<string, number>> => {
    const search = await ask(query);
    const out = new Map<string, number>();
    for (const result of search?.results ?? []) {
      out.set(result.id, result.score);
      if (!found.has(result.id)) found.set(result.id, result);
    }
    return out;
  };

  const term = async (queryTerm: QueryTerm, found: Map<string, Found>): Promise<TermEvidence> => {
    const scores = new Map<string, number>();
    for (const form of queryTerm.forms) {
      const exact = await ids(form, found);
      if (exact.size === 0) continue;
      // Pagefind's score for the form unquoted ranks the records that hold it exactly; its longer matches are dropped.
      const scored = await ids(form.replace(/"/g, ''), new Map());
      for (const id of exact.keys()) scores.set(id, Math.max(scores.get(id) ?? 0, scored.get(id) ?? 0));
    }
    return { text: queryTerm.text, scores };
  };

  const definitions = facets['defines'] ?? {};
  const filterable = Object.fromEntries(Object.entries(facets).filter(([facet]) => facet !== 'defines'));
  return {
    facets: filterable,
    total: everything.size,
    term,
    async evidence(query, chosen, found) {
      const terms: TermEvidence[] = [];
      for (const queryTerm of query.terms) terms.push(await term(queryTerm, found));
      // A phrase of up to five words: a longer question is not a phrase, and its common words would fetch large parts of the index.
      const phraseWords = query.words;
      const asPhrase = phraseWords.length > 1 && phraseWords.length <= MAX_PHRASE;
      const phrase = new Set<string>();
      for (const form of asPhrase ? phraseForms(phraseWords) : []) for (const id of (await ids(`"${form}"`, found)).keys()) phrase.add(id);
      const defining = new Set<string>();
      for (const [defined, records] of Object.entries(definitions)) {
        if (namesTerm(query, defined)) for (const id of records) defining.add(id);
      }
      return { terms, phrase, definitions: defining, facets: filterable, chosen, total: everything.size, order, priority };
    },
  };
}
