/**
 * Which provisions answer a query, in what order, and how many there are under each filter. The
 * index only says which records hold each term and how well; the rules of precision (every word,
 * or clearly labelled partial matches), of ranking (definitions first, phrases before scattered
 * words) and of filtering (any value within a facet, every facet at once) are decided here.
 */

/** What the index found for one term of the query. */
export interface TermEvidence {
  /** The term, for the list of what was not found. */
  readonly text: string;
  /** Every record that holds the term (in any spelling), with the index's score for it. */
  readonly scores: ReadonlyMap<string, number>;
}

/** Everything the ranking is decided from. */
export interface Evidence {
  readonly terms: readonly TermEvidence[];
  /** Records that hold the query's words as one phrase, in order. */
  readonly phrase: ReadonlySet<string>;
  /** Records that define a term the query names. */
  readonly definitions: ReadonlySet<string>;
  /** For each facet (instrument, layer, theme), the records under each of its values. */
  readonly facets: Readonly<Record<string, Readonly<Record<string, ReadonlySet<string>>>>>;
  /** The values ticked in each facet. */
  readonly chosen: Readonly<Record<string, readonly string[]>>;
  /** How many records the index holds, for the weight of a rare term. */
  readonly total: number;
  /** Record ids in the index's order, to order records the scores cannot tell apart. */
  readonly order?: ReadonlyMap<string, number>;
  /** A factor per record (by its layer): the authentic text before the notes, the notes before the history. Default 1. */
  readonly priority?: ReadonlyMap<string, number>;
}

/** How the results relate to the query. */
export type MatchKind = 'all' | 'partial' | 'none';

/** A ranked result. */
export interface Ranked {
  readonly id: string;
  /** The terms the record does not hold (empty for a full match). */
  readonly lacking: readonly string[];
}

/** The answer to a query. */
export interface Ranking {
  /** 'all': every result holds every term. 'partial': none does, and these hold most. 'none': nothing holds any term. */
  readonly kind: MatchKind;
  /** Results after the filters, best first. */
  readonly results: readonly Ranked[];
  /** Terms no record holds at all. */
  readonly missing: readonly string[];
  /** For each facet and value, how many results there would be with that value ticked (other facets as chosen). */
  readonly counts: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

// A definition of the term asked for outranks everything; a phrase outranks the same words scattered.
const DEFINITION_BONUS = 1000;
const PHRASE_FACTOR = 2;
const TIE = 0.03;

function idf(total: number, holding: number): number {
  return Math.log(1 + (total - holding + 0.5) / (holding + 0.5));
}

/** Records allowed by every facet's choice except `skip`'s: any ticked value within a facet, every facet at once. */
function allowedBy(evidence: Evidence, skip?: string): (id: string) => boolean {
  const tests = Object.entries(evidence.chosen)
    .filter(([facet, values]) => facet !== skip && values.length > 0)
    .map(([facet, values]) => {
      const sets = values.map((value) => evidence.facets[facet]?.[value] ?? new Set<string>());
      return (id: string): boolean => sets.some((set) => set.has(id));
    });
  return (id) => tests.every((test) => test(id));
}

/** Ranks the records the evidence names. */
export function rank(evidence: Evidence): Ranking {
  const { terms } = evidence;
  const missing = terms.filter((term) => term.scores.size === 0).map((term) => term.text);
  const everyRecord = new Set<string>();
  for (const term of terms) for (const id of term.scores.keys()) everyRecord.add(id);
  const total = Math.max(evidence.total, everyRecord.size, 1);
  const weights = terms.map((term) => idf(total, term.scores.size));

  const holds = (id: string): boolean[] => terms.map((term) => term.scores.has(id));
  const full = terms.length > 0 ? [...everyRecord].filter((id) => holds(id).every(Boolean)) : [];
  let kind: MatchKind = full.length > 0 ? 'all' : everyRecord.size > 0 ? 'partial' : 'none';
  let candidates = full;
  if (kind === 'partial') {
    // The best partial matches hold the most words: at least two where any record holds two.
    const coverage = (id: string): number => holds(id).filter(Boolean).length;
    const best = Math.max(...[...everyRecord].map(coverage));
    candidates = [...everyRecord].filter((id) => coverage(id) >= Math.min(best, 2));
  }

  const score = (id: string): number => {
    let sum = 0;
    terms.forEach((term, index) => {
      const found = term.scores.get(id);
      if (found !== undefined) sum += (weights[index] ?? 1) * (1 + found);
    });
    if (evidence.phrase.has(id)) sum *= PHRASE_FACTOR;
    sum *= evidence.priority?.get(id) ?? 1;
    if (evidence.definitions.has(id) && kind === 'all') sum += DEFINITION_BONUS;
    return sum;
  };
  const position = (id: string): number => evidence.order?.get(id) ?? Number.MAX_SAFE_INTEGER;
  // Scores within 3% of the best of a run are a tie, which the index's order breaks (the primary instrument first).
  const byScore = candidates.map((id) => ({ id, score: score(id) })).sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  const scored: { id: string; score: number }[] = [];
  for (let start = 0; start < byScore.length;) {
    const leader = byScore[start]?.score ?? 0;
    let end = start + 1;
    while (end < byScore.length && (byScore[end]?.score ?? 0) >= leader * (1 - TIE)) end += 1;
    scored.push(...byScore.slice(start, end).sort((a, b) => position(a.id) - position(b.id) || b.score - a.score));
    start = end;
  }

  const counts: Record<string, Record<string, number>> = {};
  for (const [facet, values] of Object.entries(evidence.facets)) {
    const others = allowedBy(evidence, facet);
    const allowed = scored.filter(({ id }) => others(id));
    counts[facet] = Object.fromEntries(
      Object.entries(values).map(([value, set]) => [value, allowed.filter(({ id }) => set.has(id)).length]),
    );
  }
  const allowed = allowedBy(evidence);
  const results = scored
    .filter(({ id }) => allowed(id))
    .map(({ id }): Ranked => ({ id, lacking: terms.filter((term) => !term.scores.has(id)).map((term) => term.text) }));
  if (results.length === 0 && kind !== 'none' && scored.length === 0) kind = 'none';
  return { kind, results, missing, counts };
}
