/**
 * The export formats: the name of each file, its media type, what it holds and how to load it.
 * The writer, the Data page and the `<link rel="alternate">` of every text page all name files
 * through this module, so a file cannot be linked under one name and written under another.
 */
import { absoluteUrl } from '../lib/urls.ts';

/** The folder of the site that holds the exports. */
export const DATA_DIR = 'data';

/** One line of code that loads a file, in each language the Data page shows, given the file's URL. */
export interface LoadExamples {
  /** Python. */
  readonly python: (url: string) => string;
  /** JavaScript (a browser or Node). */
  readonly javascript: (url: string) => string;
  /** R. */
  readonly r: (url: string) => string;
}

interface FormatCommon {
  /** Stable id. */
  readonly id: string;
  /** Name of the format as a heading, e.g. "Plain text". */
  readonly name: string;
  /** Name of the format in running text, e.g. "plain text". */
  readonly noun: string;
  /** Media type, for `<link type>` and the Data page. */
  readonly mediaType: string;
  /** What a file of this format holds, one sentence. */
  readonly holds: string;
  /** How to load it. */
  readonly load: LoadExamples;
}

/** A format written once per instrument. */
export interface InstrumentFormat extends FormatCommon {
  /** Once per instrument. */
  readonly scope: 'instrument';
  /** File name inside data/, for an instrument's folder name. */
  readonly fileName: (slug: string) => string;
}

/** A format written once for the whole corpus. */
export interface CorpusFormat extends FormatCommon {
  /** Once for the corpus. */
  readonly scope: 'corpus';
  /** File name inside data/. */
  readonly fileName: string;
}

/** An export format. */
export type ExportFormat = InstrumentFormat | CorpusFormat;

const jsonLoad: LoadExamples = {
  python: (url) => `json.load(urllib.request.urlopen("${url}"))`,
  javascript: (url) => `await (await fetch("${url}")).json()`,
  r: (url) => `jsonlite::fromJSON("${url}")`,
};

/** Every format this project defines, whether or not its writer is in the list yet. */
export const FORMATS = {
  instrumentJson: {
    id: 'instrument-json',
    scope: 'instrument',
    name: 'JSON',
    noun: 'JSON',
    mediaType: 'application/json',
    fileName: (slug) => `${slug}.json`,
    holds:
      'The edition and licence; the instrument’s metadata, every fact with its source; and every provision, text and division as a record.',
    load: jsonLoad,
  },
  corpusJson: {
    id: 'corpus-json',
    scope: 'corpus',
    name: 'JSON, whole corpus',
    noun: 'JSON',
    mediaType: 'application/json',
    fileName: 'corpus.json',
    holds: 'The same as the files of each instrument, for every instrument in one file.',
    load: jsonLoad,
  },
  csv: {
    id: 'csv',
    scope: 'corpus',
    name: 'CSV',
    noun: 'CSV',
    mediaType: 'text/csv',
    fileName: 'provisions.csv',
    holds:
      'Every provision of every instrument, one row each, with the corpus version and build date on every row (RFC 4180, UTF-8, comma-separated; an empty field means none).',
    load: {
      python: (url) => `pandas.read_csv("${url}")`,
      javascript: (url) => `d3.csvParse(await (await fetch("${url}")).text())`,
      r: (url) => `readr::read_csv("${url}")`,
    },
  },
  plainText: {
    id: 'plain-text',
    scope: 'instrument',
    name: 'Plain text',
    noun: 'plain text',
    mediaType: 'text/plain',
    fileName: (slug) => `${slug}.txt`,
    holds:
      'A short header naming the edition, a blank line, then the authentic text: one line per title, heading and provision, as printed on the site (UTF-8).',
    load: {
      python: (url) => `urllib.request.urlopen("${url}").read().decode("utf-8")`,
      javascript: (url) => `await (await fetch("${url}")).text()`,
      r: (url) => `readLines("${url}", encoding = "UTF-8")`,
    },
  },
  akomaNtoso: {
    id: 'akoma-ntoso',
    scope: 'instrument',
    name: 'Akoma Ntoso XML',
    noun: 'Akoma Ntoso XML',
    mediaType: 'application/akn+xml',
    fileName: (slug) => `${slug}.akn.xml`,
    holds: 'The instrument in Akoma Ntoso, the OASIS standard XML for legal documents, with the same anchors as the site.',
    load: {
      python: (url) => `lxml.etree.fromstring(urllib.request.urlopen("${url}").read())`,
      javascript: (url) => `new DOMParser().parseFromString(await (await fetch("${url}")).text(), "application/xml")`,
      r: (url) => `xml2::read_xml("${url}")`,
    },
  },
  historyJson: {
    id: 'history-json',
    scope: 'corpus',
    name: 'JSON, drafting history',
    noun: 'JSON',
    mediaType: 'application/json',
    fileName: 'history.json',
    holds:
      'The edition and licence; the timeline of the negotiation, the register of documents, the drafting history of each article and the interpretative notes, every fact with its sources and every date in ISO 8601.',
    load: jsonLoad,
  },
  jsonSchema: {
    id: 'json-schema',
    scope: 'corpus',
    name: 'JSON Schema',
    noun: 'JSON Schema',
    mediaType: 'application/schema+json',
    fileName: 'schema.json',
    holds: 'The JSON Schema (draft 2020-12) of both JSON exports, every field described.',
    load: {
      python: (url) => `jsonschema.validate(data, json.load(urllib.request.urlopen("${url}")))`,
      javascript: (url) => `new Ajv2020().compile(await (await fetch("${url}")).json())(data)`,
      r: (url) => `jsonvalidate::json_validate(json, paste(readLines("${url}"), collapse = "\\n"), engine = "ajv")`,
    },
  },
} as const satisfies Readonly<Record<string, ExportFormat>>;

/** A file of the exports. */
export interface ExportFile {
  /** Its format. */
  readonly format: ExportFormat;
  /** The instrument it holds, for a per-instrument format. */
  readonly instrument: string | undefined;
  /** Its name inside data/, e.g. "trafficking-protocol.json". */
  readonly name: string;
  /** Its path on the site, e.g. "/data/trafficking-protocol.json". */
  readonly path: string;
}

function file(format: ExportFormat, name: string, instrument?: string): ExportFile {
  return { format, instrument, name, path: `/${DATA_DIR}/${name}` };
}

/** The files of `formats` for an instrument (per-instrument formats only). */
export function instrumentFiles(formats: readonly ExportFormat[], slug: string): ExportFile[] {
  return formats.flatMap((format) => (format.scope === 'instrument' ? [file(format, format.fileName(slug), slug)] : []));
}

/** Every file of `formats` for a corpus of these instruments, format by format. */
export function exportFiles(formats: readonly ExportFormat[], slugs: readonly string[]): ExportFile[] {
  return formats.flatMap((format) =>
    format.scope === 'instrument' ? slugs.map((slug) => file(format, format.fileName(slug), slug)) : [file(format, format.fileName)],
  );
}

/** A `<link rel="alternate">` of a page. */
export interface Alternate {
  /** Path of the file. */
  readonly href: string;
  /** Its media type. */
  readonly type: string;
  /** What it is, for people: e.g. "Trafficking in Persons Protocol as plain text". */
  readonly title: string;
}

/** The alternates of an instrument's pages: its own file in each per-instrument format of `formats`. */
export function instrumentAlternates(formats: readonly ExportFormat[], slug: string, name: string): Alternate[] {
  return instrumentFiles(formats, slug).map((entry) => ({
    href: entry.path,
    type: entry.format.mediaType,
    title: `${name} as ${entry.format.noun}`,
  }));
}

/** The absolute URL of an export file, for the loading examples. */
export function fileUrl(origin: string | undefined, entry: ExportFile): string {
  return absoluteUrl(origin, entry.path);
}
