/**
 * What connects to a provision: the in-text references that point at it ("Referred to by") and the
 * typed relations declared between provisions, shown from both ends. Pure: built from the
 * resolved references and the declared relations.
 */

/** The kinds of declared relation. */
export const RELATION_TYPES = [
  'supplements',
  'applies-mutatis-mutandis',
  'deemed-established-under',
  'compare',
  'follows-definition-of',
  'term-defined-in',
  'same-term',
  'deletes',
  'does-not-affect',
] as const;

/** A kind of declared relation. */
export type RelationType = (typeof RELATION_TYPES)[number];

/** How a relation reads from each of its ends. */
export const RELATION_LABELS: Readonly<Record<RelationType, { forward: string; backward: string }>> = {
  supplements: { forward: 'Supplements', backward: 'Supplemented by' },
  'applies-mutatis-mutandis': { forward: 'Applies mutatis mutandis', backward: 'Applied mutatis mutandis by' },
  'deemed-established-under': {
    forward: 'Offences deemed established in accordance with',
    backward: 'Offences deemed established under it',
  },
  compare: { forward: 'Compare', backward: 'Compare' },
  'follows-definition-of': { forward: 'Takes up the definition in', backward: 'Definition taken up in' },
  'term-defined-in': { forward: 'Uses a term defined in', backward: 'Defines a term used in' },
  'same-term': { forward: 'Defines the same term as', backward: 'Defines the same term as' },
  deletes: { forward: 'Deletes, for the States bound by it', backward: 'Deleted, for the States bound by that instrument, by' },
  'does-not-affect': { forward: 'Does not affect the rights and obligations under', backward: 'Rights and obligations not affected by' },
};

/** A provision or a whole instrument. */
export interface Place {
  readonly instrument: string;
  readonly eid?: string | undefined;
}

/** One connection shown at a provision. */
export interface Connection {
  /** The heading it is listed under, e.g. "Referred to by" or "Supplemented by". */
  readonly label: string;
  /** The other end. */
  readonly other: Place;
  /** The provision that states the relation, when it is neither end. */
  readonly statedIn?: Place | undefined;
  /** The term the relation is about, e.g. "child", when it is about one. */
  readonly term?: string | undefined;
}

/** A key for a place: "instrument" or "instrument#eid". */
export function placeKey(place: Place): string {
  return place.eid ? `${place.instrument}#${place.eid}` : place.instrument;
}

/** Reads "instrument#eid" or "instrument" into a place. */
export function parsePlace(value: string): Place {
  const [instrument = '', eid] = value.split('#');
  return { instrument, eid };
}

/** All connections, by the key of the place they are shown at; references and relations from both ends. */
export function buildConnections(
  references: readonly { readonly from: Place; readonly to: Place }[],
  relations: readonly {
    readonly type: RelationType;
    readonly from: Place;
    readonly to: Place;
    readonly statedIn?: Place | undefined;
    readonly term?: string | undefined;
  }[],
): Map<string, Connection[]> {
  const out = new Map<string, Connection[]>();
  const add = (at: Place, connection: Connection): void => {
    const key = placeKey(at);
    const list = out.get(key) ?? [];
    if (!list.some((existing) => existing.label === connection.label && placeKey(existing.other) === placeKey(connection.other)))
      list.push(connection);
    out.set(key, list);
  };
  for (const reference of references) {
    // A provision referring to itself or to its own instrument adds nothing to read.
    if (placeKey(reference.from) === placeKey(reference.to)) continue;
    add(reference.to, { label: 'Referred to by', other: reference.from });
  }
  for (const relation of relations) {
    const labels = RELATION_LABELS[relation.type];
    const { statedIn, term } = relation;
    add(relation.from, { label: labels.forward, other: relation.to, statedIn, term });
    add(relation.to, { label: labels.backward, other: relation.from, statedIn, term });
  }
  return out;
}

/** Connections grouped under their labels, labels in the order first met. */
export function groupByLabel(list: readonly Connection[]): { label: string; connections: Connection[] }[] {
  return [...new Set(list.map((connection) => connection.label))].map((label) => ({
    label,
    connections: list.filter((connection) => connection.label === label),
  }));
}

/** A connection seen from a place of one instrument to a place of another. */
export interface CrossConnection extends Connection {
  /** The place in the instrument at hand. */
  readonly here: Place;
}

/**
 * Every connection from a place of `instrument` to a place of another instrument, grouped by the
 * other instrument in `order` (instrument slugs), each group in reading order of the places at
 * hand as `rank` gives it (the whole instrument first).
 */
export function connectionsWithOthers(
  connections: Readonly<Record<string, readonly Connection[]>>,
  instrument: string,
  order: readonly string[],
  rank: (eid: string) => number = () => 0,
): { instrument: string; connections: CrossConnection[] }[] {
  const all = Object.entries(connections).flatMap(([key, list]) => {
    const here = parsePlace(key);
    if (here.instrument !== instrument) return [];
    return list.filter((connection) => connection.other.instrument !== instrument).map((connection) => ({ ...connection, here }));
  });
  return order.flatMap((other) => {
    const at = (place: Place): number => (place.eid === undefined ? -1 : rank(place.eid));
    const group = all.filter((connection) => connection.other.instrument === other).sort((a, b) => at(a.here) - at(b.here));
    return group.length > 0 ? [{ instrument: other, connections: group }] : [];
  });
}
