/**
 * What every export says about itself: which corpus it was made from, when, where it is
 * published, under which licence, and where it comes from. One object, so that the JSON, the CSV,
 * the plain text and the Data page can never name different versions or dates.
 */
import packageJson from '../../package.json' with { type: 'json' };
import type { CorpusModel } from '../corpus/model.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { SITE } from '../site.ts';

/** Thrown when an export cannot be made faithfully; the message names what and where. */
export class ExportError extends Error {
  override name = 'ExportError';
}

/** The licence note every export carries: the treaty texts and our own data are under different terms. */
export interface Licence {
  /** Terms of the treaty texts. */
  readonly texts: string;
  /** Terms of our structure, metadata and other editorial data. */
  readonly data: string;
}

/** The licence note, as the README's “Licences” section states it. */
export const LICENCE: Licence = {
  texts:
    'The treaty texts are official texts of intergovernmental instruments, reproduced for reference; no rights are claimed in them. The authentic texts are the originals deposited with the Secretary-General of the United Nations.',
  data: 'The data structure, anchors, citations, metadata and other editorial data of the Palermo Corpus are licensed under Creative Commons Attribution 4.0 International (CC BY 4.0), https://creativecommons.org/licenses/by/4.0/.',
};

/** Which corpus an export was made from, when and where it is published. */
export interface Edition {
  /** Package version and the first 12 hex digits of the corpus digest, e.g. "0.1.0+3f2a9c0d1e4b". */
  readonly corpusVersion: string;
  /** Day of the build, "YYYY-MM-DD". */
  readonly buildDate: string;
  /** The site's public address, which every permanent URL in the export starts with; without one, URLs are site-relative. */
  readonly origin: string | undefined;
  /** Where the export is published: the site's name and the address of its Data page. */
  readonly source: string;
  /** The licence note. */
  readonly licence: Licence;
}

/**
 * The corpus version: the package version, and as semver build metadata the start of the SHA-256
 * of every corpus file, so that any change to any corpus file gives a new version.
 */
export function corpusVersion(packageVersion: string, digest: string): string {
  if (!/^[0-9a-f]{64}$/.test(digest))
    throw new ExportError(`the corpus digest must be 64 lower-case hex digits (a SHA-256), found "${digest}"`);
  return `${packageVersion}+${digest.slice(0, 12)}`;
}

/**
 * The build date: the day of SOURCE_DATE_EPOCH when it is set (reproducible builds), otherwise the
 * day of `now`, both in UTC. A malformed SOURCE_DATE_EPOCH is an error, never silently today.
 */
export function buildDateFrom(sourceDateEpoch: string | undefined, now: Date): string {
  if (sourceDateEpoch === undefined || sourceDateEpoch === '') return now.toISOString().slice(0, 10);
  if (!/^\d{1,15}$/.test(sourceDateEpoch)) {
    throw new ExportError(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, found "${sourceDateEpoch}"`);
  }
  return new Date(Number(sourceDateEpoch) * 1000).toISOString().slice(0, 10);
}

// The build script asks first and Astro's pages later, in module graphs of their own: the global
// object keeps one date per process, so a build that runs past midnight names one day everywhere.
const BUILD_DATE = Symbol.for('palermo-corpus.build-date');

/** The build date of this process, fixed at its first use. */
export function buildDate(): string {
  const holder = globalThis as typeof globalThis & { [BUILD_DATE]?: string };
  holder[BUILD_DATE] ??= buildDateFrom(process.env['SOURCE_DATE_EPOCH'], new Date());
  return holder[BUILD_DATE];
}

/** The path of the Data page, which lists every export. */
export const DATA_PAGE = '/data/';

/** The edition of `model` as published at `origin` (the site's origin by default) on `date`. */
export function editionOf(
  model: Pick<CorpusModel, 'digest'>,
  origin: string | undefined = SITE.origin,
  date: string = buildDate(),
): Edition {
  return {
    corpusVersion: corpusVersion(packageJson.version, model.digest),
    buildDate: date,
    origin,
    source: origin === undefined ? `${SITE.name}, Data page (${DATA_PAGE})` : `${SITE.name}, ${absoluteUrl(origin, DATA_PAGE)}`,
    licence: LICENCE,
  };
}
