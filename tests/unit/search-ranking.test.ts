import { describe, expect, it } from 'vitest';
import { rank, type Evidence, type TermEvidence } from '../../src/lib/search-ranking.ts';

const term = (text: string, scores: Record<string, number>): TermEvidence => ({ text, scores: new Map(Object.entries(scores)) });
const set = (...ids: string[]): Set<string> => new Set(ids);

function evidence(overrides: Partial<Evidence>): Evidence {
  return {
    terms: [],
    phrase: set(),
    definitions: set(),
    facets: {
      instrument: { Protocol: set('a', 'b', 'c'), Convention: set('d', 'e') },
      layer: { 'Authentic text': set('a', 'b', 'c', 'd'), 'Drafting history': set('e') },
    },
    chosen: {},
    total: 100,
    ...overrides,
  };
}

describe('rank', () => {
  it('keeps only the records that hold every term, best score first', () => {
    const ranking = rank(evidence({ terms: [term('statute', { a: 1, b: 3, d: 2 }), term('limitations', { b: 1, d: 1, e: 1 })] }));
    expect(ranking.kind).toBe('all');
    expect(ranking.results.map((result) => result.id)).toEqual(['b', 'd']);
    expect(ranking.missing).toEqual([]);
  });

  it('names the terms found nowhere and shows nothing when no record holds any term', () => {
    const ranking = rank(evidence({ terms: [term('smuggling', {})] }));
    expect(ranking).toMatchObject({ kind: 'none', results: [], missing: ['smuggling'] });
  });

  it('falls back to partial matches that hold the most terms, and says which terms each lacks', () => {
    const ranking = rank(
      evidence({
        terms: [term('victims', { a: 1, b: 1, c: 1 }), term('remain', { a: 1, d: 1 }), term('stay', {}), term('country', { a: 1, b: 1 })],
      }),
    );
    expect(ranking.kind).toBe('partial');
    expect(ranking.missing).toEqual(['stay']);
    expect(ranking.results.map((result) => result.id)).toEqual(['a', 'b']);
    expect(ranking.results[0]?.lacking).toEqual(['stay']);
    expect(ranking.results[1]?.lacking).toEqual(['remain', 'stay']);
  });

  it('ranks a rare term above a common one', () => {
    const ranking = rank(evidence({ terms: [term('rare', { a: 1 }), term('common', { b: 1, c: 1, d: 1, e: 1, a: 0 })] }));
    expect(ranking.kind).toBe('all');
    expect(ranking.results.map((result) => result.id)).toEqual(['a']);
    const partial = rank(evidence({ terms: [term('rare', { a: 1 }), term('common', { b: 1.2, c: 1, d: 1, e: 1 })] }));
    expect(partial.results[0]?.id).toBe('a');
  });

  it('puts a definition of the named term first, and a phrase before scattered words', () => {
    const terms = [term('child', { a: 5, b: 1, c: 3 })];
    expect(rank(evidence({ terms })).results.map((result) => result.id)).toEqual(['a', 'c', 'b']);
    expect(rank(evidence({ terms, definitions: set('b') })).results.map((result) => result.id)).toEqual(['b', 'a', 'c']);
    expect(rank(evidence({ terms, phrase: set('c') })).results.map((result) => result.id)).toEqual(['c', 'a', 'b']);
  });

  it('breaks near ties by the index order, and lets a layer factor rank the authentic text first', () => {
    const terms = [term('border', { a: 1, d: 1.01 })];
    expect(
      rank(
        evidence({
          terms,
          order: new Map([
            ['a', 0],
            ['d', 1],
          ]),
        }),
      ).results.map((result) => result.id),
    ).toEqual(['a', 'd']);
    expect(
      rank(
        evidence({
          terms,
          order: new Map([
            ['a', 1],
            ['d', 0],
          ]),
        }),
      ).results.map((result) => result.id),
    ).toEqual(['d', 'a']);
    const history = [term('vulnerability', { a: 1, e: 2 })];
    expect(rank(evidence({ terms: history, priority: new Map([['e', 0.4]]) })).results.map((result) => result.id)).toEqual(['a', 'e']);
  });

  it('combines ticked values within a facet with OR and across facets with AND, and counts each value', () => {
    const terms = [term('victims', { a: 1, b: 1, d: 1, e: 1 })];
    const both = rank(evidence({ terms, chosen: { instrument: ['Protocol', 'Convention'] } }));
    expect(both.results).toHaveLength(4);
    const crossed = rank(evidence({ terms, chosen: { instrument: ['Convention'], layer: ['Authentic text'] } }));
    expect(crossed.results.map((result) => result.id)).toEqual(['d']);
    // A facet's counts ignore its own choice and honour the others'.
    expect(crossed.counts['instrument']).toEqual({ Protocol: 2, Convention: 1 });
    expect(crossed.counts['layer']).toEqual({ 'Authentic text': 1, 'Drafting history': 1 });
  });

  it('reports no result, but still a full match, when the filters exclude every record', () => {
    const ranking = rank(evidence({ terms: [term('victims', { e: 1 })], chosen: { layer: ['Authentic text'] } }));
    expect(ranking.kind).toBe('all');
    expect(ranking.results).toEqual([]);
    expect(ranking.counts['layer']).toEqual({ 'Authentic text': 0, 'Drafting history': 1 });
  });

  it('treats an unknown filter value as matching nothing, and a query without terms as no match', () => {
    expect(rank(evidence({ terms: [term('victims', { a: 1 })], chosen: { instrument: ['Nowhere'] } })).results).toEqual([]);
    expect(rank(evidence({})).kind).toBe('none');
  });
});
