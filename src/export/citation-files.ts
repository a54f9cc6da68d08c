/**
 * What a reference manager gets: the confirmed facts of an instrument as the citation styles need
 * them, and the BibTeX, RIS and CSL-JSON files offered for each instrument and each article.
 */
import type { Article, InstrumentModel } from '../corpus/model.ts';
import { pinpoint } from '../lib/citation.ts';
import { oscolaCitation, oscolaSeries, type TreatyFacts } from '../lib/citation-styles.ts';
import { absoluteUrl, articlePath, instrumentPath } from '../lib/urls.ts';

/** The facts a full citation of the instrument is made of, from its metadata; unconfirmed facts are absent there and so here. */
export function treatyFacts(meta: InstrumentModel['meta']): TreatyFacts {
  const { registration } = meta;
  const unts =
    registration?.untsVolume !== undefined && registration.untsPage !== undefined
      ? ({ kind: 'unts', volume: registration.untsVolume, page: registration.untsPage } as const)
      : undefined;
  // A Council of Europe treaty bears the day it was opened for signature, after its adoption.
  const opened = meta.organization === 'coe' ? meta.signature.periods[0]?.from : undefined;
  return {
    title: meta.title,
    adopted: meta.adoption.date,
    dated: opened ?? meta.adoption.date,
    entryIntoForce: meta.entryIntoForce.date,
    series: unts ?? (meta.organization === 'coe' ? { kind: 'cets', number: meta.cetsNumber } : undefined),
  };
}

/** A reference-file format offered beside every instrument and article. */
export interface CitationFormat {
  /** "BibTeX". */
  readonly name: string;
  /** File extension, without the dot. */
  readonly extension: string;
  /** Media type. */
  readonly mediaType: string;
}

/** BibTeX, RIS and CSL-JSON, in the order the Cite block lists them. */
export const CITATION_FORMATS: readonly CitationFormat[] = [
  { name: 'BibTeX', extension: 'bib', mediaType: 'application/x-bibtex' },
  { name: 'RIS', extension: 'ris', mediaType: 'application/x-research-info-systems' },
  { name: 'CSL-JSON', extension: 'csl.json', mediaType: 'application/vnd.citationstyles.csl+json' },
];

/** Where a reference file is published: "/cite/<instrument>.bib", or "/cite/<instrument>/article-3.bib". */
export function citationFilePath(instrument: string, format: CitationFormat, article?: number): string {
  return article === undefined ? `/cite/${instrument}.${format.extension}` : `/cite/${instrument}/article-${article}.${format.extension}`;
}

/** One reference, as the three files describe it: an instrument, or one of its articles. */
export interface CitationRecord {
  /** A key unique in the site: "trafficking-protocol" or "trafficking-protocol-art-6". */
  readonly key: string;
  /** The instrument's title. */
  readonly title: string;
  /** Its citation name, the short title reference managers keep. */
  readonly shortTitle: string;
  /** The article, "art. 6", when the reference is to one. */
  readonly section?: string | undefined;
  /** The article's own heading, if it has one. */
  readonly sectionHeading?: string | undefined;
  /** The facts of the full citation. */
  readonly facts: TreatyFacts;
  /** The permanent address of the page; none when the build had no public address, as a file read elsewhere needs a whole one. */
  readonly url: string | undefined;
  /** The OSCOLA form, kept in a note so that no detail is lost in a manager without a treaty type. */
  readonly oscola: string;
}

/** The reference of an instrument, or of one of its articles. */
export function citationRecord(instrument: InstrumentModel, origin: string | undefined, article?: Article): CitationRecord {
  const facts = treatyFacts(instrument.meta);
  const eid = article?.eid;
  return {
    key: article === undefined ? instrument.slug : `${instrument.slug}-art-${article.number}`,
    title: instrument.meta.title,
    shortTitle: instrument.meta.citationName,
    section: eid === undefined ? undefined : pinpoint(eid),
    sectionHeading: article?.heading,
    facts,
    url:
      origin === undefined
        ? undefined
        : absoluteUrl(origin, article === undefined ? instrumentPath(instrument.slug) : articlePath(instrument.slug, article.number)),
    oscola: oscolaCitation(facts, eid),
  };
}

// BibTeX needs braces and backslashes escaped, and a doubled brace keeps a title's capitals.
function bibValue(text: string): string {
  return text.replace(/[\\{}]/g, (mark) => `\\${mark}`).replace(/[&%$#_]/g, (mark) => `\\${mark}`);
}

/** The BibTeX entry of a reference. */
export function bibtex(record: CitationRecord): string {
  const fields: [string, string | undefined][] = [
    ['title', `{${bibValue(record.title)}}`],
    ['shorttitle', `{${bibValue(record.shortTitle)}}`],
    ['date', record.facts.adopted],
    ['year', record.facts.adopted.slice(0, 4)],
    ['section', record.section === undefined ? undefined : bibValue(record.section)],
    ['url', record.url],
    ['note', bibValue(record.oscola)],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined)
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(',\n');
  return `@misc{${record.key},\n${body}\n}\n`;
}

/** The RIS record of a reference. */
export function ris(record: CitationRecord): string {
  const lines: [string, string | undefined][] = [
    ['TY', 'STAT'],
    ['TI', record.title],
    ['ST', record.shortTitle],
    ['DA', record.facts.adopted.replaceAll('-', '/')],
    ['PY', record.facts.adopted.slice(0, 4)],
    ['SE', record.section],
    ['UR', record.url],
    ['N1', record.oscola],
    ['ER', ''],
  ];
  return `${lines
    .filter((line): line is [string, string] => line[1] !== undefined)
    .map(([tag, value]) => `${tag}  - ${value}`)
    .join('\r\n')}\r\n`;
}

function dateParts(iso: string): { 'date-parts': number[][] } {
  return { 'date-parts': [iso.split('-').map(Number)] };
}

/** The CSL-JSON item of a reference (CSL 1.0.2's "treaty" type). */
export function cslItem(record: CitationRecord): Record<string, unknown> {
  const series = record.facts.series;
  return {
    id: record.key,
    type: 'treaty',
    title: record.title,
    'title-short': record.shortTitle,
    issued: dateParts(record.facts.dated),
    ...(record.facts.entryIntoForce === undefined ? {} : { 'event-date': dateParts(record.facts.entryIntoForce) }),
    ...(series?.kind === 'unts'
      ? { 'container-title': 'United Nations Treaty Series', volume: String(series.volume), page: String(series.page) }
      : {}),
    ...(series?.kind === 'cets' ? { 'collection-title': 'Council of Europe Treaty Series', number: String(series.number) } : {}),
    ...(record.section === undefined ? {} : { section: record.section }),
    ...(record.url === undefined ? {} : { URL: record.url }),
    note: record.oscola,
  };
}

/** Every reference file of the site: for each instrument and each of its articles, in each format. */
export function citationFiles(instruments: readonly InstrumentModel[], origin: string | undefined): { path: string; text: string }[] {
  return instruments.flatMap((instrument) =>
    [undefined, ...instrument.articles].flatMap((article) => {
      const record = citationRecord(instrument, origin, article);
      const texts = [bibtex(record), ris(record), `${JSON.stringify([cslItem(record)], null, 2)}\n`];
      return CITATION_FORMATS.map((format, index) => ({
        path: citationFilePath(instrument.slug, format, article?.number),
        text: texts[index] ?? '',
      }));
    }),
  );
}

/** A `<meta name content>` pair of the page head. */
export interface HeadMeta {
  /** The name, e.g. "DC.type". */
  readonly name: string;
  /** The content. */
  readonly content: string;
}

/**
 * What reference managers read in the page head. Zotero's Embedded Metadata translator hands DC.*
 * tags to its RDF translator, which takes a DC.type naming a Zotero item type as that type:
 * "statute", Zotero's type for legislation, its closest to a treaty. The citation_* (Highwire) tags
 * fill title, date, language and address. Neither reads an article number: the reference is to the
 * instrument, and the pinpoint goes in the citation's locator (the reference files carry it).
 */
export function headMetadata(record: CitationRecord, language: string): HeadMeta[] {
  const date = record.facts.adopted;
  const metas: (HeadMeta | undefined)[] = [
    { name: 'DC.type', content: 'statute' },
    { name: 'DC.title', content: record.title },
    { name: 'DC.date', content: date },
    { name: 'DC.language', content: language },
    ...(record.url === undefined ? [] : [{ name: 'DC.identifier', content: record.url }]),
    { name: 'citation_title', content: record.title },
    { name: 'citation_date', content: date.replaceAll('-', '/') },
    { name: 'citation_language', content: language },
    ...(record.url === undefined ? [] : [{ name: 'citation_public_url', content: record.url }]),
  ];
  return metas.filter((meta): meta is HeadMeta => meta !== undefined);
}

/** schema.org's Legislation for the instrument, or for one of its articles as a part of it. */
export function legislationJsonLd(record: CitationRecord, instrumentRecord: CitationRecord, language: string): Record<string, unknown> {
  const instrument = {
    '@type': 'Legislation',
    name: instrumentRecord.title,
    alternateName: instrumentRecord.shortTitle,
    legislationDate: instrumentRecord.facts.adopted,
    ...(instrumentRecord.facts.entryIntoForce === undefined ? {} : { legislationLegalForce: 'InForce' }),
    ...(instrumentRecord.facts.series === undefined ? {} : { legislationIdentifier: oscolaSeries(instrumentRecord.facts.series) }),
    inLanguage: language,
    ...(instrumentRecord.url === undefined ? {} : { url: instrumentRecord.url }),
  };
  if (record.section === undefined) return { '@context': 'https://schema.org', ...instrument };
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: `${record.shortTitle}, ${record.section}${record.sectionHeading ? `: ${record.sectionHeading}` : ''}`,
    legislationIdentifier: record.section,
    inLanguage: language,
    ...(record.url === undefined ? {} : { url: record.url }),
    isPartOf: instrument,
  };
}
