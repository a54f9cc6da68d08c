/**
 * The JSON exports: one file per instrument and one for the whole corpus. Each names its edition
 * and licence at the top, then holds the instrument's metadata exactly as validated from its
 * instrument.yaml (every stated fact with its source) and its provision records in document order.
 * The shape is described by the JSON Schema in json-schema.ts.
 */
import type { CorpusModel, InstrumentModel } from '../corpus/model.ts';
import type { Instrument } from '../schemas/instrument.ts';
import type { Edition, Licence } from './edition.ts';
import { instrumentRecords, type ProvisionRecord } from './provision-records.ts';

/** The edition fields every JSON export opens with. */
export interface JsonEnvelope {
  /** Package version and corpus digest, e.g. "0.1.0+3f2a9c0d1e4b". */
  readonly corpusVersion: string;
  /** Day of the build, "YYYY-MM-DD". */
  readonly buildDate: string;
  /** The site's public address; null when the build had none. */
  readonly origin: string | null;
  /** Where the export is published. */
  readonly source: string;
  /** The licence note. */
  readonly licence: Licence;
}

/** An instrument's metadata as exported: its folder name and every field of its instrument.yaml. */
export type InstrumentMetadata = { readonly slug: string } & Instrument;

/** One instrument: metadata and provision records. */
export interface InstrumentData {
  /** Its metadata. */
  readonly instrument: InstrumentMetadata;
  /** Its provisions, divisions and texts in document order. */
  readonly provisions: readonly ProvisionRecord[];
}

/** The JSON export of one instrument. */
export type InstrumentExport = JsonEnvelope & InstrumentData;

/** The JSON export of the whole corpus. */
export interface CorpusExport extends JsonEnvelope {
  /** Every instrument, oldest adoption first. */
  readonly instruments: readonly InstrumentData[];
}

function envelope(edition: Edition): JsonEnvelope {
  return {
    corpusVersion: edition.corpusVersion,
    buildDate: edition.buildDate,
    origin: edition.origin ?? null,
    source: edition.source,
    licence: edition.licence,
  };
}

/** An instrument's metadata and records. */
export function instrumentData(instrument: InstrumentModel, origin: string | undefined): InstrumentData {
  return { instrument: { slug: instrument.slug, ...instrument.meta }, provisions: instrumentRecords(instrument, origin) };
}

/** The JSON export of one instrument, as an object. */
export function instrumentExport(instrument: InstrumentModel, edition: Edition): InstrumentExport {
  return { ...envelope(edition), ...instrumentData(instrument, edition.origin) };
}

/** The JSON export of the whole corpus, as an object. */
export function corpusExport(model: Pick<CorpusModel, 'instruments'>, edition: Edition): CorpusExport {
  return { ...envelope(edition), instruments: model.instruments.map((instrument) => instrumentData(instrument, edition.origin)) };
}

/** JSON text as published: two-space indentation, for people who open the file; a final newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
