/**
 * Pinpoint citations of provisions, in the short form lawyers write: "art. 6(3)(b)",
 * "preambular para. 3". Built from anchor ids so that a citation and its link cannot disagree.
 */
import { formatDate } from './dates.ts';
import { parseEid, type EidStep } from './eid.ts';

/** Thrown when an anchor id cannot be cited (e.g. a point with no article above it). */
export class CitationError extends Error {
  override name = 'CitationError';
}

/** The words a citation style abbreviates places with. */
export interface PinpointStyle {
  /** "art." */
  readonly article: string;
  /** The preamble, or a recital, its opening or its closing words. */
  readonly preamble: (inner: EidStep | undefined) => string;
  /** The testimonium, and what precedes a paragraph of it: "testimonium". */
  readonly testimonium: string;
  /** "para." */
  readonly para: string;
  /** Divisions by anchor kind: part, chapter, section. */
  readonly divisions: Readonly<Record<string, string>>;
}

/** The site's own short style: "art. 6(3)(b)", "preambular para. 3", "chap. II". */
export const SITE_STYLE: PinpointStyle = {
  article: 'art.',
  preamble: (inner) => {
    if (inner === undefined) return 'preamble';
    if (inner.kind === 'recital') return `preambular para. ${inner.token ?? ''}`;
    return inner.kind === 'intro' ? 'preamble (opening words)' : 'preamble (closing words)';
  },
  testimonium: 'testimonium',
  para: 'para.',
  divisions: { part: 'pt.', chp: 'chap.', sec: 'sect.' },
};

function citeArticle(steps: readonly EidStep[], style: PinpointStyle): string {
  const [article, ...rest] = steps;
  let out = `${style.article} ${article?.token ?? ''}`;
  let suffix = '';
  for (const step of rest) {
    if (step.kind === 'para' || step.kind === 'point') out += `(${step.token ?? ''})`;
    else if (step.kind === 'indent') out += `, indent ${step.token ?? ''}`;
    else if (step.kind === 'intro') suffix = ' (chapeau)';
    else if (step.kind === 'wrap') suffix = ' (closing words)';
    else throw new CitationError(`"${step.kind}" cannot stand inside an article`);
  }
  return out + suffix;
}

function citePreamble(steps: readonly EidStep[], style: PinpointStyle): string {
  const [, inner, ...rest] = steps;
  if (rest.length > 0) throw new CitationError('a preamble has no provisions below its recitals');
  if (inner !== undefined && inner.kind !== 'recital' && inner.kind !== 'intro' && inner.kind !== 'wrap') {
    throw new CitationError(`"${inner.kind}" cannot stand inside a preamble`);
  }
  return style.preamble(inner);
}

/** The pinpoint for an anchor id in a citation style. */
export function styledPinpoint(eid: string, style: PinpointStyle): string {
  const steps = parseEid(eid);
  const first = steps[0];
  if (first === undefined) throw new CitationError('nothing to cite');
  if (first.kind === 'art') return citeArticle(steps, style);
  if (first.kind === 'preamble') return citePreamble(steps, style);
  if (first.kind === 'conclusions' && steps.length === 1) return style.testimonium;
  if (first.kind === 'conclusions' && steps.length === 2 && steps[1]?.kind === 'para') {
    return `${style.testimonium}, ${style.para} ${steps[1].token ?? ''}`;
  }
  const divisions = steps.map((step) => {
    const name = style.divisions[step.kind];
    if (name === undefined) throw new CitationError(`"${eid}" does not start at an article, preamble or division`);
    return `${name} ${step.token ?? ''}`;
  });
  return divisions.join(', ');
}

/** The pinpoint for an anchor id, e.g. "art_6__para_3__point_b" gives "art. 6(3)(b)". */
export function pinpoint(eid: string): string {
  return styledPinpoint(eid, SITE_STYLE);
}

/** The full citation: the instrument's citation name and the pinpoint. */
export function citation(citationName: string, eid: string): string {
  return `${citationName}, ${pinpoint(eid)}`;
}

/** The citation of a place: the instrument's name alone, its pinpoint alone within `here` (the instrument being read), or both. */
export function placeCitation(
  place: { readonly instrument: string; readonly eid?: string | undefined },
  citationName: string,
  here?: string,
): string {
  if (!place.eid) return citationName;
  return place.instrument === here ? pinpoint(place.eid) : citation(citationName, place.eid);
}

/** The name the site uses for an instrument: its first short title, or its citation name. */
export function shortTitle(meta: { readonly shortTitles: readonly string[]; readonly citationName: string }): string {
  return meta.shortTitles[0] ?? meta.citationName;
}

/** What is confirmed of a treaty's registration with the United Nations Secretariat. */
export interface Registration {
  /** Day of registration, "YYYY-MM-DD". */
  date?: string | undefined;
  /** Registration number. */
  number?: string | undefined;
  /** Volume of the United Nations Treaty Series. */
  untsVolume?: number | undefined;
  /** First page in that volume. */
  untsPage?: number | undefined;
}

/** "29 September 2003, No. 39574; United Nations Treaty Series, vol. 2225, p. 209", from what is known. */
export function registrationEntry(registration: Registration): string {
  const { date, number, untsVolume, untsPage } = registration;
  if (untsPage !== undefined && untsVolume === undefined) throw new CitationError(`a Treaty Series page (${untsPage}) needs its volume`);
  const entry = [date === undefined ? undefined : formatDate(date), number === undefined ? undefined : `No. ${number}`]
    .filter((part) => part !== undefined)
    .join(', ');
  const series =
    untsVolume === undefined ? '' : `United Nations Treaty Series, vol. ${untsVolume}${untsPage === undefined ? '' : `, p. ${untsPage}`}`;
  const text = [entry, series].filter((part) => part !== '').join('; ');
  if (text === '') throw new CitationError('a registration needs a date, a number or a Treaty Series volume');
  return text;
}
