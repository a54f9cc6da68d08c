/**
 * The export writers: what the build writes into data/. A writer renders the files of one format
 * from the corpus model; adding a format is one line in WRITERS. The Data page and the alternate
 * links list the formats of these writers, so they name exactly the files the build writes.
 */
import type { CorpusModel, InstrumentModel } from '../corpus/model.ts';
import { akomaNtoso } from './akoma-ntoso.ts';
import { corpusRecords } from './provision-records.ts';
import { provisionsCsv } from './csv.ts';
import type { Edition } from './edition.ts';
import {
  FORMATS,
  instrumentAlternates,
  exportFiles,
  type Alternate,
  type CorpusFormat,
  type ExportFile,
  type ExportFormat,
  type InstrumentFormat,
} from './formats.ts';
import { corpusExport, instrumentExport, jsonText } from './json.ts';
import { exportSchema } from './json-schema.ts';
import { instrumentPlainText } from './plain-text.ts';

/** What a writer is given: the model and the edition it belongs to. */
export interface ExportInput {
  /** The corpus model. */
  readonly model: Pick<CorpusModel, 'digest' | 'instruments'> & Partial<Pick<CorpusModel, 'history'>>;
  /** Version, date, origin and licence of this edition. */
  readonly edition: Edition;
}

/** A file a writer produced: its name inside data/ and its text (written as UTF-8). */
export interface RenderedFile {
  /** Name inside data/. */
  readonly name: string;
  /** Contents. */
  readonly text: string;
}

/** Renders the files of one format. */
export interface ExportWriter {
  /** The format, which names the files. */
  readonly format: ExportFormat;
  /** The files, one per instrument or one for the corpus as the format says. */
  readonly render: (input: ExportInput) => Promise<readonly RenderedFile[]>;
}

/** A writer of a per-instrument format, from a function that renders one instrument. */
export function perInstrument(
  format: InstrumentFormat,
  render: (instrument: InstrumentModel, input: ExportInput) => string | Promise<string>,
): ExportWriter {
  return {
    format,
    render: (input) =>
      Promise.all(
        input.model.instruments.map(async (instrument) => ({
          name: format.fileName(instrument.slug),
          text: await render(instrument, input),
        })),
      ),
  };
}

/** A writer of a whole-corpus format, from a function that renders the one file. */
export function wholeCorpus(format: CorpusFormat, render: (input: ExportInput) => string | Promise<string>): ExportWriter {
  return { format, render: async (input) => [{ name: format.fileName, text: await render(input) }] };
}

/** Every writer the build runs, in the order the Data page lists their formats. */
export const WRITERS: readonly ExportWriter[] = [
  perInstrument(FORMATS.instrumentJson, (instrument, { edition }) => jsonText(instrumentExport(instrument, edition))),
  wholeCorpus(FORMATS.corpusJson, ({ model, edition }) => jsonText(corpusExport(model, edition))),
  wholeCorpus(FORMATS.csv, ({ model, edition }) => provisionsCsv(corpusRecords(model.instruments, edition.origin), edition)),
  perInstrument(FORMATS.plainText, (instrument, { edition }) => instrumentPlainText(instrument, edition)),
  perInstrument(FORMATS.akomaNtoso, (instrument, { edition }) => akomaNtoso(instrument, edition)),
  wholeCorpus(FORMATS.historyJson, ({ model, edition }) =>
    jsonText({ edition, ...(model.history ?? { events: [], documents: [], articles: {}, notes: {} }) }),
  ),
  wholeCorpus(FORMATS.jsonSchema, ({ edition }) => jsonText(exportSchema(edition.origin))),
];

/** The formats the build writes. */
export function writtenFormats(writers: readonly ExportWriter[] = WRITERS): ExportFormat[] {
  return writers.map((writer) => writer.format);
}

/** Every file the build writes for a corpus of these instruments. */
export function writtenFiles(slugs: readonly string[], writers: readonly ExportWriter[] = WRITERS): ExportFile[] {
  return exportFiles(writtenFormats(writers), slugs);
}

/** The `<link rel="alternate">` entries of an instrument's pages: its files in every per-instrument format written. */
export function pageAlternates(slug: string, name: string, writers: readonly ExportWriter[] = WRITERS): Alternate[] {
  return instrumentAlternates(writtenFormats(writers), slug, name);
}
