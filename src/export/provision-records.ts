/**
 * The corpus as flat records, one per provision, in document order: the one place that decides
 * what an exported provision holds. The JSON, the CSV and the plain text are views of these
 * records, so the three can never disagree.
 *
 * A record holds only the provision's own words: a paragraph whose words all stand in its
 * introductory words and points has none. One changed word of the authentic text therefore
 * changes exactly one record's text and hash.
 */
import { createHash } from 'node:crypto';
import type { Article, InlineNode, InstrumentModel, Provision, TextFile } from '../corpus/model.ts';
import { textsOf } from '../corpus/model.ts';
import { citation } from '../lib/citation.ts';
import type { Division, PlacedDivision } from '../lib/divisions.ts';
import type { Role } from '../lib/provision-tree.ts';
import { absoluteUrl, provisionPath } from '../lib/urls.ts';
import { ExportError } from './edition.ts';

/** What a record is: a text of the instrument, a provision inside one, or a division. */
export type RecordKind = 'preamble' | 'article' | 'conclusions' | 'recital' | 'paragraph' | 'point' | 'intro' | 'wrap' | Division['type'];

/** Every record kind, in the order the JSON Schema lists them. */
export const RECORD_KINDS: readonly RecordKind[] = [
  'part',
  'chapter',
  'section',
  'preamble',
  'recital',
  'article',
  'paragraph',
  'point',
  'intro',
  'wrap',
  'conclusions',
];

/** One provision, text or division of an instrument, flat. */
export interface ProvisionRecord {
  /** Folder name of the instrument, e.g. "trafficking-protocol". */
  readonly instrument: string;
  /** Its anchor id, e.g. "art_6__para_3__point_b". */
  readonly anchor: string;
  /** Its absolute permanent URL. */
  readonly url: string;
  /** Its citation, e.g. "Trafficking in Persons Protocol, art. 6(3)(b)". */
  readonly citation: string;
  /** What it is. */
  readonly kind: RecordKind;
  /** Anchor of what encloses it: the provision above it, the innermost division for an article; null at the top. */
  readonly parent: string | null;
  /** Its number exactly as printed ("1.", "(a)", "I."); an article's number as a string; null where none is printed. */
  readonly number: string | null;
  /** The heading of an article or division as printed; null for everything else. */
  readonly heading: string | null;
  /** Its own words as plain text, without its children's words and without italics markers; null when it has none. */
  readonly text: string | null;
  /** Hex SHA-256 of the UTF-8 bytes of `text`; null when text is null. */
  readonly sha256: string | null;
}

/** What each field of a record holds, in words: the JSON Schema and the Data page both say it this way. */
export const RECORD_FIELDS: Readonly<Record<keyof ProvisionRecord, string>> = {
  instrument: 'Folder name of the instrument, e.g. "trafficking-protocol".',
  anchor: 'Anchor id in Akoma Ntoso naming, e.g. "art_6__para_3__point_b"; permanent.',
  url: 'Permanent URL of the provision: its page and its anchor; absolute under the public address, site-relative when the build had none.',
  citation: 'Citation, e.g. "Trafficking in Persons Protocol, art. 6(3)(b)".',
  kind: 'What the record is: a division (part, chapter, section), a text (preamble, article, conclusions for the testimonium) or a provision inside one (recital, paragraph, point, intro for introductory words, wrap for closing words).',
  parent:
    'Anchor of what encloses it: the provision above it, for an article its innermost division, for a division the division above it; null at the top.',
  number:
    'Its number exactly as printed ("1.", "(a)", "I."); for an article its number; null where none is printed (recitals, introductory and closing words).',
  heading: 'Heading of an article or division as printed; null for everything else.',
  text: 'Its own words as plain text, without italics markers and without the words of its children; null when it has none of its own (a paragraph whose words are all in its introductory words and points).',
  sha256: 'Hex SHA-256 of the UTF-8 bytes of text; null when text is null.',
};

const ROLE_KIND: Readonly<Record<Role, RecordKind>> = {
  para: 'paragraph',
  point: 'point',
  recital: 'recital',
  intro: 'intro',
  wrap: 'wrap',
};

/** Hex SHA-256 of the UTF-8 bytes of a text. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function concatenate(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : concatenate(node.children))).join('');
}

/**
 * The plain text of inline content: the runs joined, italics dropped, and the white space of the
 * source folded as a browser folds it, so that the export reads exactly as the page does. Only
 * HTML white space is folded: a no-break space is part of the text.
 */
export function plainTextOf(nodes: readonly InlineNode[]): string {
  return concatenate(nodes)
    .replace(/[ \t\n\f\r]+/g, ' ')
    .trim();
}

/** Everything a record is built from besides the provision itself. */
interface Place {
  readonly instrument: InstrumentModel;
  readonly file: string;
  readonly origin: string | undefined;
}

function makeRecord(
  place: Place,
  fields: { anchor: string; kind: RecordKind; parent: string | null; number: string | null; heading: string | null; text: string | null },
): ProvisionRecord {
  const { instrument, file, origin } = place;
  let cited: string;
  try {
    cited = citation(instrument.meta.citationName, fields.anchor);
  } catch (error) {
    throw new ExportError(
      `${file}: the anchor "${fields.anchor}" cannot be cited, so it cannot be exported: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return {
    instrument: instrument.slug,
    anchor: fields.anchor,
    url: absoluteUrl(origin, provisionPath(instrument.slug, fields.anchor)),
    citation: cited,
    kind: fields.kind,
    parent: fields.parent,
    number: fields.number,
    heading: fields.heading,
    text: fields.text,
    sha256: fields.text === null ? null : sha256(fields.text),
  };
}

function ownText(node: Provision): string | null {
  return node.inline === undefined ? null : plainTextOf(node.inline);
}

function provisionRecords(node: Provision, parent: string, place: Place): ProvisionRecord[] {
  if (node.eid === undefined) {
    throw new ExportError(
      `${place.file}:${node.line}: a ${node.role} without an anchor stands below ${parent}; only the single unnumbered paragraph of a text may lack one`,
    );
  }
  const record = makeRecord(place, {
    anchor: node.eid,
    kind: ROLE_KIND[node.role],
    parent,
    number: node.label ?? null,
    heading: null,
    text: ownText(node),
  });
  return [record, ...node.children.flatMap((child) => provisionRecords(child, record.anchor, place))];
}

function isArticle(text: TextFile): text is Article {
  return text.kind === 'article';
}

/**
 * The records of one text: the text itself (article, preamble, testimonium), then its provisions.
 * Rule: the single unnumbered paragraph of an article or testimonium is addressed by the text's own
 * anchor, so its words are the text's own and its list hangs from the text.
 */
function textRecords(text: TextFile, parent: string | null, place: Place): ProvisionRecord[] {
  const unnamed = text.provisions.filter((node) => node.eid === undefined);
  if (unnamed.length > 0 && text.provisions.length > 1) {
    throw new ExportError(
      `${text.file}: a provision without an anchor stands beside others; only a text that is one unnumbered paragraph may have one`,
    );
  }
  const only = unnamed[0];
  const article = isArticle(text) ? text : undefined;
  const own = makeRecord(place, {
    anchor: text.eid,
    kind: text.kind,
    parent,
    number: article ? String(article.number) : null,
    heading: article?.heading ?? null,
    text: only ? ownText(only) : null,
  });
  const children = only ? only.children : text.provisions;
  return [own, ...children.flatMap((child) => provisionRecords(child, text.eid, place))];
}

function divisionRecord(placed: PlacedDivision, parent: string | null, place: Place): ProvisionRecord {
  const { division } = placed;
  return makeRecord(place, {
    anchor: placed.eid,
    kind: division.type,
    parent,
    number: division.label,
    heading: division.heading ?? null,
    text: null,
  });
}

/**
 * Every record of an instrument in document order: preamble, then each division where its first
 * article begins, the articles with their provisions, then the testimonium. Permanent URLs start
 * with `origin`.
 */
export function instrumentRecords(instrument: InstrumentModel, origin: string | undefined): ProvisionRecord[] {
  const placeOf = (file: string): Place => ({ instrument, file, origin });
  const out: ProvisionRecord[] = [];
  const opened = new Set<string>();
  for (const text of textsOf(instrument)) {
    const place = placeOf(text.file);
    if (!isArticle(text)) {
      out.push(...textRecords(text, null, place));
      continue;
    }
    text.divisions.forEach((placed, index) => {
      if (opened.has(placed.eid)) return;
      opened.add(placed.eid);
      out.push(divisionRecord(placed, text.divisions[index - 1]?.eid ?? null, placeOf(instrument.file)));
    });
    out.push(...textRecords(text, text.divisions.at(-1)?.eid ?? null, place));
  }
  // A division that no article opened has no place in document order: the model is inconsistent.
  const missing = instrument.divisions.filter((placed) => !opened.has(placed.eid));
  if (missing.length > 0) {
    throw new ExportError(
      `${instrument.file}: ${missing.map((placed) => placed.eid).join(', ')} hold${missing.length === 1 ? 's' : ''} none of the instrument's articles, so ${missing.length === 1 ? 'it has' : 'they have'} no place in the text`,
    );
  }
  return out;
}

/** Every record of every instrument, instrument by instrument in the corpus's order. */
export function corpusRecords(instruments: readonly InstrumentModel[], origin: string | undefined): ProvisionRecord[] {
  return instruments.flatMap((instrument) => instrumentRecords(instrument, origin));
}
