/**
 * The corpus index for pages and plugins: anchors, resolved references and declared relations,
 * and from them the connections shown at each provision. Computed once per process.
 */
import path from 'node:path';
import { CORPUS_DIR } from '../corpus-location.ts';
import { buildConnections, parsePlace, type Connection, type Place } from '../lib/connections.ts';
import { indexCorpus, type CorpusIndex } from './index-corpus.ts';

/** The index with the connections of every provision. */
export interface IndexWithConnections extends CorpusIndex {
  /** Connections by place key ("instrument#eid" or "instrument"). */
  readonly connections: ReadonlyMap<string, Connection[]>;
}

/** Adds the connections to an index. */
export function withConnections(index: CorpusIndex): IndexWithConnections {
  const references = index.references.flatMap((record) =>
    record.links.flatMap((link) => (link.resolution.ok ? [{ from: { instrument: record.instrument, eid: record.source } satisfies Place, to: link.resolution.target }] : [])),
  );
  const relations = index.relations.map((relation) => ({
    type: relation.type,
    from: parsePlace(relation.from),
    to: parsePlace(relation.to),
    statedIn: relation.statedIn === undefined ? undefined : parsePlace(relation.statedIn),
  }));
  return { ...index, connections: buildConnections(references, relations) };
}

let cache: Promise<IndexWithConnections> | undefined;

/** The corpus index of CORPUS_DIR (or of `dir`), computed once. */
export function loadCorpusIndex(dir = path.resolve(CORPUS_DIR)): Promise<IndexWithConnections> {
  cache ??= indexCorpus(dir).then(withConnections);
  return cache;
}
