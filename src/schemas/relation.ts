/**
 * Typed relations between provisions (corpus/relations.yaml). Each is declared once and shown from
 * both ends. They are our editorial reading of the texts, each resting on the provision that
 * states it (`statedIn`).
 */
import { z } from 'astro/zod';
import { RELATION_TYPES } from '../lib/connections.ts';
import { isEid } from '../lib/eid.ts';
import { line } from './fields.ts';

/** "instrument" or "instrument#anchor". */
export const provisionRef = z.string().refine(
  (value) => {
    const [instrument = '', eid, extra] = value.split('#');
    return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(instrument) && extra === undefined && (eid === undefined || isEid(eid));
  },
  { error: 'expected "instrument" or "instrument#anchor", e.g. "trafficking-protocol#art_1__para_2"' },
);

/** One relation. */
export const relationSchema = z.strictObject({
  /** What kind of relation. */
  type: z.enum(RELATION_TYPES),
  /** The provision or instrument the relation starts from. */
  from: provisionRef,
  /** The provision or instrument it points to. */
  to: provisionRef,
  /** The provision that states the relation, when it is not `from` itself. Default: none. */
  statedIn: provisionRef.optional(),
  /** The term the relation is about, as the texts print it, e.g. "child". Default: none. */
  term: line.optional(),
});

/** The relations file: a list of relations. */
export const relationsSchema = z.array(relationSchema);

/** A parsed relation. */
export type Relation = z.infer<typeof relationSchema>;
