/**
 * Full citations of a treaty or of one of its provisions in the two styles lawyers are asked for
 * most: OSCOLA (4th edition, section 4.1) and the Bluebook (21st edition, rule 21.4). Pure: the
 * confirmed facts of an instrument in, the exact string out; a fact that is not known is left out,
 * never guessed.
 */
import { formatDate } from './dates.ts';
import { citation, styledPinpoint, type PinpointStyle } from './citation.ts';
import type { EidStep } from './eid.ts';

/** Where a treaty is published in a treaty series. */
export type TreatySeries =
  { readonly kind: 'unts'; readonly volume: number; readonly page: number } | { readonly kind: 'cets'; readonly number: number };

/** The confirmed facts a full citation is made of. */
export interface TreatyFacts {
  /** The treaty's title as the authentic text gives it. */
  readonly title: string;
  /** Day of adoption, "YYYY-MM-DD" (OSCOLA's "adopted"). */
  readonly adopted: string;
  /** The date the treaty bears, "YYYY-MM-DD": the day it was adopted, or for a treaty adopted before it was opened for signature (the Council of Europe's), the day it was opened (the Bluebook's date). */
  readonly dated: string;
  /** Day of entry into force, where it has entered into force. */
  readonly entryIntoForce?: string | undefined;
  /** Its place in a treaty series, where confirmed. */
  readonly series?: TreatySeries | undefined;
}

// OSCOLA abbreviates without full stops ("art", "para", "pt", "ch"); the Bluebook with them, and ¶ (table T16).
const OSCOLA: PinpointStyle = {
  article: 'art',
  preamble: (inner) => preambleIn('preamble', 'para', inner),
  testimonium: 'testimonium',
  para: 'para',
  divisions: { part: 'pt', chp: 'ch', sec: 's' },
};
const BLUEBOOK: PinpointStyle = {
  article: 'art.',
  preamble: (inner) => preambleIn('pmbl.', '¶', inner),
  testimonium: 'testimonium',
  para: '¶',
  divisions: { part: 'pt.', chp: 'ch.', sec: '§' },
};

function preambleIn(preamble: string, para: string, inner: EidStep | undefined): string {
  if (inner === undefined) return preamble;
  if (inner.kind === 'recital') return `${preamble} ${para} ${inner.token ?? ''}`;
  return `${preamble} (${inner.kind === 'intro' ? 'opening' : 'closing'} words)`;
}

/** The OSCOLA pinpoint of an anchor id: "art_6__para_3__point_b" gives "art 6(3)(b)". */
export function oscolaPinpoint(eid: string): string {
  return styledPinpoint(eid, OSCOLA);
}

/** The Bluebook pinpoint of an anchor id: "art_6__para_3__point_b" gives "art. 6(3)(b)", "preamble__recital_3" "pmbl. ¶ 3". */
export function bluebookPinpoint(eid: string): string {
  return styledPinpoint(eid, BLUEBOOK);
}

/**
 * OSCOLA: "Title (adopted 15 November 2000, entered into force 25 December 2003) 2237 UNTS 319, art 6(3)(b)".
 * Without a known series reference the citation ends after the dates; a footnote adds its own full stop.
 */
export function oscolaCitation(facts: TreatyFacts, eid?: string): string {
  const dates = [`adopted ${formatDate(facts.adopted)}`];
  if (facts.entryIntoForce !== undefined) dates.push(`entered into force ${formatDate(facts.entryIntoForce)}`);
  const series = facts.series === undefined ? '' : ` ${oscolaSeries(facts.series)}`;
  const pin = eid === undefined ? '' : `, ${oscolaPinpoint(eid)}`;
  return `${facts.title} (${dates.join(', ')})${series}${pin}`;
}

/** A treaty series reference as OSCOLA writes it: "2237 UNTS 319", "CETS No 197". */
export function oscolaSeries(series: TreatySeries): string {
  return series.kind === 'unts' ? `${series.volume} UNTS ${series.page}` : `CETS No ${series.number}`;
}

function bluebookSeries(series: TreatySeries): string {
  return series.kind === 'unts' ? `${series.volume} U.N.T.S. ${series.page}` : `C.E.T.S. No. ${series.number}`;
}

// Table T12: May, June and July are written out; the other months are abbreviated.
const BLUEBOOK_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** A date as the Bluebook writes it: "2000-11-15" gives "Nov. 15, 2000". */
export function bluebookDate(iso: string): string {
  const [day, , year] = formatDate(iso).split(' ');
  const month = BLUEBOOK_MONTHS[Number(iso.slice(5, 7)) - 1];
  return `${month ?? ''} ${day ?? ''}, ${year ?? ''}`;
}

// Rule 8(a): articles, conjunctions and prepositions of four or fewer letters stay lower case, unless first.
const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'for',
  'nor',
  'as',
  'at',
  'by',
  'in',
  'of',
  'on',
  'to',
  'up',
  'from',
  'into',
  'onto',
  'upon',
  'with',
  'over',
]);

/** A title in the Bluebook's capitalisation (rule 8(a)): "Convention on Action against Trafficking" gives "… Action Against Trafficking". */
export function bluebookTitle(title: string): string {
  return title
    .split(' ')
    .map((word, index) => {
      const bare = word.replace(/[^\p{L}]/gu, '');
      if (index > 0 && SMALL_WORDS.has(bare)) return word;
      return word.replace(/^(\P{L}*)(\p{Ll})/u, (_whole, before: string, letter: string) => before + letter.toUpperCase());
    })
    .join(' ');
}

/**
 * Bluebook: "Title art. 6(3)(b), Nov. 15, 2000, 2237 U.N.T.S. 319." The date is the one the treaty
 * bears; without a known series reference the citation ends after it.
 */
export function bluebookCitation(facts: TreatyFacts, eid?: string): string {
  const pin = eid === undefined ? '' : ` ${bluebookPinpoint(eid)}`;
  const series = facts.series === undefined ? '' : `, ${bluebookSeries(facts.series)}`;
  return `${bluebookTitle(facts.title)}${pin}, ${bluebookDate(facts.dated)}${series}.`;
}

/** The three forms the Cite block offers for a place: the site's short form, OSCOLA and Bluebook. */
export interface CitationForms {
  /** "Trafficking in Persons Protocol, art. 6(3)(b)". */
  readonly short: string;
  /** The OSCOLA citation. */
  readonly oscola: string;
  /** The Bluebook citation. */
  readonly bluebook: string;
}

/** Every form of citation of `eid` (or of the whole instrument), from its citation name and facts. */
export function citationForms(citationName: string, facts: TreatyFacts, eid?: string): CitationForms {
  return {
    short: eid === undefined ? citationName : citation(citationName, eid),
    oscola: oscolaCitation(facts, eid),
    bluebook: bluebookCitation(facts, eid),
  };
}
