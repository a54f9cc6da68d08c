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

/**
 * An article page's title: "Article 6: Assistance to and protection of victims … · Trafficking in
 * Persons Protocol", its heading cut at a word, with an ellipsis, so that the title stays within `max`.
 */
export function articlePageTitle(number: number, heading: string | undefined, instrumentName: string, max = 120): string {
  const tail = ` · ${instrumentName}`;
  const full = articleLabel(number, heading);
  if (full.length + tail.length <= max) return full + tail;
  const room = max - tail.length - 1;
  const words = full.split(' ');
  // "Article N" stays whole however little room there is.
  let cut = words.slice(0, 2).join(' ');
  for (const word of words.slice(2)) {
    if (cut.length + 1 + word.length > room) break;
    cut += ` ${word}`;
  }
  return `${cut.replace(/[,:;]$/, '')}…${tail}`;
}

/** Path of an instrument's whole-text page. */
export function instrumentPath(instrument: string): string {
  return `/${instrument}/`;
}

/** Path of the page about an instrument: its facts, sources and how its wording was verified. */
export function aboutPath(instrument: string): string {
  return `/${instrument}/about/`;
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

/**
 * Permanent link, for citations and print: absolute under the public address, or site-relative
 * when the build has none, so that no page ever shows an address that cannot work.
 */
export function absoluteUrl(site: string | undefined, path: string): string {
  return site === undefined ? path : new URL(path, site).href;
}

/** Thrown for a public address the site cannot be published at; the message says what to set. */
export class PublicAddressError extends Error {
  override name = 'PublicAddressError';
}

/**
 * The public address from the SITE_URL setting: undefined when unset, otherwise its origin
 * ("https://example.org"). The site's links start at "/", so an address with a path is refused.
 */
export function publicAddress(setting: string | undefined): string | undefined {
  if (setting === undefined || setting.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(setting.trim());
  } catch {
    throw new PublicAddressError(`SITE_URL must be an absolute address such as https://example.org, found "${setting}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new PublicAddressError(`SITE_URL must start with https:// or http://, found "${setting}"`);
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new PublicAddressError(`SITE_URL must be the site's origin only (the site is served from its root), found "${setting}"`);
  }
  return url.origin;
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
