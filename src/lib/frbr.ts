/**
 * Akoma Ntoso FRBR identifiers of an instrument: work, expression and manifestation, after the
 * AKN4UN naming guidelines for United Nations documents (`/akn/un/act/provision/{actor}/{date}/
 * {number}`, an expression `{language}@{date}`, a manifestation `.xml`, a component `/!main`).
 * ILO and Council of Europe texts follow the same form with their own actor and number. This is
 * the only module that builds these URIs.
 */

/** Thrown when the parts of an identifier cannot make a well-formed URI. */
export class FrbrError extends Error {
  override name = 'FrbrError';
}

/** The parts of a work URI. */
export interface WorkParts {
  /** AKN4UN writes "un" for every UN-system body; the Council of Europe gets "coe". */
  readonly country: string;
  /** The body that adopted it, organisation first: "un-ga", "ilo-conference", "coe-cm". */
  readonly actor: string;
  /** Day of adoption, "YYYY-MM-DD". */
  readonly date: string;
  /** The document number in URI form: "A-RES-55-25-annex-II", "C029", "CETS-197". */
  readonly number: string;
}

const SEGMENT = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const NUMBER = /^[A-Za-z0-9]+([-_.][A-Za-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LANGUAGE = /^[a-z]{3}$/;

/**
 * A document symbol or number in URI form, as AKN4UN writes it: "/" becomes "-" and a space "_"
 * ("A/RES/55/25" gives "A-RES-55-25"); an annex is added as "-annex-II".
 */
export function documentNumber(symbol: string, annex?: string): string {
  const number = `${symbol}${annex === undefined ? '' : ` annex ${annex}`}`
    .trim()
    .replace(/\//g, '-')
    .replace(/ annex /g, '-annex-')
    .replace(/ /g, '_');
  if (!NUMBER.test(number))
    throw new FrbrError(
      `"${symbol}${annex === undefined ? '' : `, annex ${annex}`}" cannot be written as a document number of letters, digits and separators`,
    );
  return number;
}

/** The work URI, e.g. "/akn/un/act/provision/un-ga/2000-11-15/A-RES-55-25-annex-II". */
export function workUri(parts: WorkParts): string {
  for (const [name, value] of [
    ['country', parts.country],
    ['actor', parts.actor],
  ] as const) {
    if (!SEGMENT.test(value)) throw new FrbrError(`the ${name} "${value}" must be lower-case words joined by hyphens`);
  }
  if (!DATE.test(parts.date)) throw new FrbrError(`the date "${parts.date}" must be written YYYY-MM-DD`);
  if (!NUMBER.test(parts.number)) throw new FrbrError(`the number "${parts.number}" must be letters, digits and separators only`);
  return `/akn/${parts.country}/act/provision/${parts.actor}/${parts.date}/${parts.number}`;
}

/** The expression URI: the work in a language (ISO 639-2, "eng") as of a date. */
export function expressionUri(work: string, language: string, date: string): string {
  if (!LANGUAGE.test(language)) throw new FrbrError(`the language "${language}" must be a three-letter ISO 639-2 code such as "eng"`);
  if (!DATE.test(date)) throw new FrbrError(`the date "${date}" must be written YYYY-MM-DD`);
  return `${work}/${language}@${date}`;
}

/** The manifestation URI: the expression as one XML file. */
export function manifestationUri(expression: string): string {
  return `${expression}.xml`;
}

/** FRBRthis of a level: its URI with the main component named ("/!main", or "/!main.xml" for the manifestation). */
export function thisUri(uri: string): string {
  return uri.endsWith('.xml') ? `${uri.slice(0, -'.xml'.length)}/!main.xml` : `${uri}/!main`;
}
