/**
 * The site's URL scheme. Every page address and every permanent link is built here, so that a
 * change to the scheme is one change (and the anchor registry test notices it).
 */
import type { Place } from './connections.ts';
import { parseEid } from './eid.ts';

/** The unnumbered parts of an instrument that have a page of their own. */
export type PartName = 'preamble' | 'conclusions';

/** The heading we give an unnumbered part (the treaty text itself gives it none). */
export function partTitle(part: PartName): string {
  return part === 'preamble' ? 'Preamble' : 'Testimonium';
}

/** The label of an article in contents and page titles: "Article 3: Use of terms", or "Article 3" without a heading. */
export function articleLabel(number: number, heading?: string | undefined): string {
  return `Article ${number}${heading ? `: ${heading}` : ''}`;
}

/** Path of an instrument's whole-text page. */
export function instrumentPath(instrument: string): string {
  return `/${instrument}/`;
}

/** Path of one article's page. */
export function articlePath(instrument: string, article: number | string): string {
  return `/${instrument}/article-${article}/`;
}

/** Path of the page of an unnumbered part (preamble, testimonium). */
export function partPath(instrument: string, part: PartName): string {
  return `/${instrument}/${part}/`;
}

/**
 * Path of the page on which a provision is read on its own: its article's page, the preamble's
 * page, or for a division (chapter, part) the instrument's page.
 */
export function provisionPagePath(instrument: string, eid: string): string {
  const first = parseEid(eid)[0];
  if (first?.kind === 'art') return articlePath(instrument, first.token ?? '');
  if (first?.kind === 'preamble' || first?.kind === 'conclusions') return partPath(instrument, first.kind);
  return instrumentPath(instrument);
}

/** Site-relative permanent link to a provision: its own page and its anchor. */
export function provisionPath(instrument: string, eid: string): string {
  return `${provisionPagePath(instrument, eid)}#${eid}`;
}

/** Absolute permanent link, for citations and print. */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path, site).href;
}

/** Site-relative link to a place: a provision on its own page, or an instrument's whole text. */
export function placePath(place: Place): string {
  return place.eid ? provisionPath(place.instrument, place.eid) : instrumentPath(place.instrument);
}

/** Path of the list of comparisons, or of one theme's comparison page. */
export function comparePath(theme?: string): string {
  return theme === undefined ? '/compare/' : `/compare/${theme}/`;
}

/** The URL segment of a UN document symbol: "A/AC.254/4/Add.3/Rev.1" gives "a-ac-254-4-add-3-rev-1". */
export function documentSlug(symbol: string): string {
  return symbol
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Path of a registered document's page. */
export function documentPath(symbol: string): string {
  return `/documents/${documentSlug(symbol)}/`;
}

/** Path of the timeline, or of one event's page. */
export function historyPath(event?: string): string {
  return event === undefined ? '/history/' : `/history/${event}/`;
}
