/**
 * The queries whose first search is measured by the benchmark and held to its byte ceiling by a
 * test: one of each kind a reader types, so that no single lucky query stands for all of them.
 */

/** A query and the kind of search it stands for. */
export interface SampleQuery {
  /** What the reader types. */
  query: string;
  /** What kind of search it is. */
  kind: string;
}

/** One query of each kind, rarest first. */
export const SAMPLE_QUERIES: readonly SampleQuery[] = [
  { query: 'repatriation', kind: 'one rare word' },
  { query: 'compensation', kind: 'one word in a few articles' },
  { query: 'trafficking', kind: 'one word found almost everywhere' },
  { query: '"position of vulnerability"', kind: 'an exact phrase' },
  { query: 'confiscation of proceeds of crime', kind: 'several words' },
  { query: 'State Party', kind: 'two very common words' },
];
