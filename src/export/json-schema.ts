/**
 * The JSON Schema (draft 2020-12) of the JSON exports, published as /data/schema.json. The edition
 * fields and the provision record are described here, field by field. The instrument metadata is
 * generated from the Zod schema that validates instrument.yaml (src/schemas/instrument.ts), so the
 * published schema follows every change to the metadata without a second copy to keep in step.
 */
import { z } from 'astro/zod';
import { absoluteUrl } from '../lib/urls.ts';
import { instrumentSchema } from '../schemas/instrument.ts';
import { RECORD_FIELDS, RECORD_KINDS } from './provision-records.ts';

/** A JSON Schema, as plain data. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** Where the schema is published on the site. */
export const SCHEMA_PATH = '/data/schema.json';

/** Address of the embedded metadata schema, relative to the schema's own address. */
const METADATA_ID = 'instrument-metadata.json';

const nullable = (schema: JsonSchema, description: string): JsonSchema => ({ description, oneOf: [schema, { type: 'null' }] });

/** The provision record, as ProvisionRecord in provision-records.ts defines it. */
const PROVISION: JsonSchema = {
  type: 'object',
  description:
    'One provision, text or division of an instrument. A record holds only its own words: the words of its introductory words, points and closing words are in their own records.',
  properties: {
    instrument: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: RECORD_FIELDS.instrument },
    anchor: { type: 'string', pattern: '^[a-z]+(_[0-9A-Za-z]+)?(__[a-z]+(_[0-9A-Za-z]+)?)*$', description: RECORD_FIELDS.anchor },
    url: { type: 'string', format: 'uri-reference', description: RECORD_FIELDS.url },
    citation: { type: 'string', minLength: 1, description: RECORD_FIELDS.citation },
    kind: { enum: RECORD_KINDS, description: RECORD_FIELDS.kind },
    parent: nullable({ type: 'string', minLength: 1 }, RECORD_FIELDS.parent),
    number: nullable({ type: 'string', minLength: 1 }, RECORD_FIELDS.number),
    heading: nullable({ type: 'string', minLength: 1 }, RECORD_FIELDS.heading),
    text: nullable({ type: 'string', minLength: 1 }, RECORD_FIELDS.text),
    sha256: nullable({ type: 'string', pattern: '^[0-9a-f]{64}$' }, RECORD_FIELDS.sha256),
  },
  required: Object.keys(RECORD_FIELDS),
  additionalProperties: false,
  // A hash belongs to a text and to nothing else.
  if: { properties: { text: { type: 'null' } } },
  then: { properties: { sha256: { type: 'null' } } },
  else: { properties: { sha256: { type: 'string' } } },
};

const LICENCE: JsonSchema = {
  type: 'object',
  description: 'The licence note.',
  properties: {
    texts: { type: 'string', minLength: 1, description: 'Terms of the treaty texts.' },
    data: { type: 'string', minLength: 1, description: 'Terms of the data structure, metadata and other editorial data.' },
  },
  required: ['texts', 'data'],
  additionalProperties: false,
};

const ENVELOPE: Readonly<Record<string, JsonSchema>> = {
  corpusVersion: {
    type: 'string',
    pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?\\+[0-9a-f]{12}$',
    description: 'Corpus version: the package version and, as build metadata, the first 12 hex digits of the SHA-256 of every corpus file.',
  },
  buildDate: {
    type: 'string',
    format: 'date',
    pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
    description: 'Day of the build (UTC), YYYY-MM-DD.',
  },
  origin: {
    type: ['string', 'null'],
    format: 'uri',
    description: "The site's public address, which every url starts with; null when the build had none, and urls are then site-relative.",
  },
  source: { type: 'string', minLength: 1, description: 'Where the export is published.' },
  licence: { $ref: '#/$defs/licence' },
};
const ENVELOPE_REQUIRED = ['corpusVersion', 'buildDate', 'origin', 'source', 'licence'];

const INSTRUMENT_DATA: Readonly<Record<string, JsonSchema>> = {
  instrument: { $ref: METADATA_ID },
  provisions: {
    type: 'array',
    items: { $ref: '#/$defs/provision' },
    minItems: 1,
    description: 'Every provision, text and division, in document order.',
  },
};

/**
 * The metadata schema generated from the Zod schema of instrument.yaml, with the folder name
 * added. It keeps its own $id so that its internal references stay its own.
 */
function metadataSchema(): JsonSchema {
  const { $schema: _dialect, ...generated } = z.toJSONSchema(instrumentSchema, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'throw',
  });
  const slug = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: 'Folder name of the instrument and its URL segment.' };
  // One branch per kind of instrument (UN, ILO, Council of Europe); each closed object gets the folder name.
  const withSlug = (branch: JsonSchema): JsonSchema => {
    const { properties, required, ...rest } = branch as JsonSchema & { properties?: Record<string, unknown>; required?: string[] };
    return { ...rest, properties: { slug, ...properties }, required: ['slug', ...(required ?? [])] };
  };
  const branches = (generated as { oneOf?: JsonSchema[]; anyOf?: JsonSchema[] }).oneOf ?? (generated as { anyOf?: JsonSchema[] }).anyOf;
  if (!branches) throw new Error('the instrument schema is expected to be a union of the kinds of instrument');
  const { oneOf: _one, anyOf: _any, ...rest } = generated as JsonSchema & { oneOf?: unknown; anyOf?: unknown };
  return {
    $id: METADATA_ID,
    description:
      "The instrument's metadata exactly as validated from corpus/<slug>/instrument.yaml (each field is documented in src/schemas/instrument.ts); every stated fact carries its source, and facts that could not be confirmed are listed under unconfirmed instead. The kind of instrument (organization: un, ilo or coe) decides which facts it has.",
    ...rest,
    oneOf: branches.map(withSlug),
  };
}

/** The schema of both JSON exports, with its published address under `origin`. */
export function exportSchema(origin: string | undefined): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: absoluteUrl(origin, SCHEMA_PATH),
    title: 'Palermo Corpus open data (JSON)',
    description:
      'The JSON exports of the Palermo Corpus: one file per instrument (instrumentExport) and one for the whole corpus (corpusExport).',
    oneOf: [{ $ref: '#/$defs/instrumentExport' }, { $ref: '#/$defs/corpusExport' }],
    $defs: {
      instrumentExport: {
        type: 'object',
        description: 'One instrument: the edition, its metadata and its provisions.',
        properties: { ...ENVELOPE, ...INSTRUMENT_DATA },
        required: [...ENVELOPE_REQUIRED, 'instrument', 'provisions'],
        additionalProperties: false,
      },
      corpusExport: {
        type: 'object',
        description: 'The whole corpus: the edition, then each instrument with its metadata and provisions.',
        properties: {
          ...ENVELOPE,
          instruments: {
            type: 'array',
            minItems: 1,
            items: { $ref: '#/$defs/instrumentData' },
            description: 'Every instrument, oldest adoption first.',
          },
        },
        required: [...ENVELOPE_REQUIRED, 'instruments'],
        additionalProperties: false,
      },
      instrumentData: {
        type: 'object',
        description: 'An instrument with its provisions.',
        properties: INSTRUMENT_DATA,
        required: ['instrument', 'provisions'],
        additionalProperties: false,
      },
      licence: LICENCE,
      provision: PROVISION,
      instrumentMetadata: metadataSchema(),
    },
  };
}
