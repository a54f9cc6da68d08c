/**
 * A citation typed into the search box ("art. 6(3)(b)", "UNTOC art. 18(13)", "CRC 34", an anchor id,
 * a document symbol) read as an address: it goes straight to the provision or document, or says
 * that the provision does not exist and offers the nearest one that does.
 */
import { pinpoint } from './citation.ts';
import { documentPath, provisionPath } from './urls.ts';

/** What the resolver knows of one instrument. */
export interface CitableInstrument {
  /** Folder name. */
  readonly slug: string;
  /** The name citations use, e.g. "CRC". */
  readonly citationName: string;
  /** The names a reader may type for it: short titles, abbreviations, codes. */
  readonly names: readonly string[];
  /** Every anchor id it publishes. */
  readonly anchors: readonly string[];
}

/** Everything a citation is resolved against; built from the corpus model at build time. */
export interface CitationTable {
  readonly instruments: readonly CitableInstrument[];
  /** The instrument a citation without an instrument's name refers to. */
  readonly defaultInstrument: string;
  /** Registered document symbols. */
  readonly documents: readonly string[];
}

/** Where a citation leads. */
export type CitationAnswer =
  | { readonly kind: 'provision'; readonly instrument: string; readonly eid: string; readonly path: string; readonly citation: string }
  | { readonly kind: 'document'; readonly symbol: string; readonly path: string }
  | {
      readonly kind: 'unknown';
      readonly instrument: string;
      /** The citation as understood, e.g. "CRC, art. 34(3)". */
      readonly asked: string;
      /** The nearest provision that exists, if any. */
      readonly nearest?: { readonly eid: string; readonly path: string; readonly citation: string };
    };

/** A name reduced for comparison: lower case, "No." and punctuation dropped, leading zeros of numbers removed. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/\bno\.?\s*(?=\d)/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b([a-z]*)0+(\d)/g, '$1$2')
    .trim();
}

const SYMBOL_KEY = (symbol: string): string => symbol.toLowerCase().replace(/\s+/g, '');

// "6(3)(b)", "6 (3) (b)", "6, paragraph 3 (b)", "6.3.b", "34", "4 a", "preambular para. 3".
const ARTICLE_WORD = /^(?:articles?|arts?\.?)\s*/;
const PINPOINT =
  /^(\d+)((?:\s*\(\s*[0-9a-z]+\s*\))*)(?:\s*,?\s*(?:para(?:graph)?\.?|subpara(?:graph)?\.?)\s*(\d+|[a-z]{1,4})((?:\s*\(\s*[0-9a-z]+\s*\))*))?(?:\s+([a-z]))?$/;
const DOTTED = /^(\d+)((?:\.(?:\d+|[a-z]{1,4}))+)$/;
const RECITAL = /^(?:preambular\s+para(?:graph)?\.?|recital)\s*(\d+)$/;

function stepFor(token: string): string {
  return /^\d+$/.test(token) ? `para_${token}` : `point_${token}`;
}

/** The anchor a pinpoint asks for, e.g. "6(3)(b)" → art_6__para_3__point_b; null when the text is no pinpoint. */
function anchorOf(text: string): string | null {
  const recital = RECITAL.exec(text);
  if (recital) return `preamble__recital_${recital[1] ?? ''}`;
  if (text === 'preamble') return 'preamble';
  if (text === 'testimonium') return 'conclusions';
  const bare = text.replace(ARTICLE_WORD, '');
  const dotted = DOTTED.exec(bare);
  const tokens: string[] = [];
  let article: string;
  if (dotted) {
    article = dotted[1] ?? '';
    tokens.push(...(dotted[2] ?? '').split('.').filter(Boolean));
  } else {
    const match = PINPOINT.exec(bare);
    if (!match) return null;
    article = match[1] ?? '';
    const brackets = (group: string | undefined): string[] => [...(group ?? '').matchAll(/\(\s*([0-9a-z]+)\s*\)/g)].map((m) => m[1] ?? '');
    tokens.push(...brackets(match[2]));
    if (match[3] !== undefined) tokens.push(match[3], ...brackets(match[4]));
    if (match[5] !== undefined) tokens.push(match[5]);
  }
  return [`art_${article}`, ...tokens.map(stepFor)].join('__');
}

/** The nearest published anchor: the longest existing head of the asked one, or where a paragraph is asked as a point, the other reading. */
function nearestAnchor(eid: string, anchors: ReadonlySet<string>): string | undefined {
  const steps = eid.split('__');
  for (let length = steps.length - 1; length > 0; length -= 1) {
    const head = steps.slice(0, length).join('__');
    if (anchors.has(head)) return head;
  }
  return undefined;
}

/** Other readings of the same numbers: "3(a)" is a point directly under art. 3 where the article has no paragraphs. */
function readings(eid: string): string[] {
  const steps = eid.split('__');
  const [article, ...rest] = steps;
  const alternatives = [eid];
  // A letter after the article: a point under the article, or under its only paragraph.
  if (rest[0]?.startsWith('point_')) alternatives.push([article, 'para_1', ...rest].join('__'));
  return alternatives;
}

function splitInstrument(query: string, table: CitationTable): { instrument: CitableInstrument | undefined; rest: string; named: boolean } {
  const key = nameKey(query);
  let best: { instrument: CitableInstrument; rest: string; length: number } | undefined;
  for (const instrument of table.instruments) {
    for (const name of [...instrument.names, instrument.citationName, instrument.slug]) {
      const nk = nameKey(name);
      if (nk.length === 0 || (best && nk.length <= best.length)) continue;
      if (key === nk) best = { instrument, rest: '', length: nk.length };
      else if (key.startsWith(`${nk} `)) best = { instrument, rest: query.slice(matchLength(query, nk)), length: nk.length };
      else if (key.endsWith(` ${nk}`))
        best = { instrument, rest: query.slice(0, query.length - matchLengthFromEnd(query, nk)), length: nk.length };
    }
  }
  if (best) return { instrument: best.instrument, rest: best.rest, named: true };
  return { instrument: table.instruments.find((instrument) => instrument.slug === table.defaultInstrument), rest: query, named: false };
}

/** How many characters at the start of `query` make up the name whose key is `key`. */
function matchLength(query: string, key: string): number {
  for (let end = 1; end <= query.length; end += 1)
    if (nameKey(query.slice(0, end)) === key && !/[a-z0-9]/i.test(query[end] ?? ' ')) return end;
  return 0;
}

function matchLengthFromEnd(query: string, key: string): number {
  for (let start = query.length - 1; start >= 0; start -= 1) {
    if (nameKey(query.slice(start)) === key && !/[a-z0-9]/i.test(query[start - 1] ?? ' ')) return query.length - start;
  }
  return 0;
}

/** Resolves a query that is a citation, an anchor id or a document symbol; null when the query is none of these. */
export function resolveCitation(query: string, table: CitationTable): CitationAnswer | null {
  const trimmed = query.trim();
  if (trimmed.length === 0 || trimmed.length > 120) return null;
  const symbolKey = SYMBOL_KEY(trimmed);
  const symbol = table.documents.find((candidate) => SYMBOL_KEY(candidate) === symbolKey);
  if (symbol !== undefined) return { kind: 'document', symbol, path: documentPath(symbol) };

  // "trafficking-protocol#art_6" and a bare anchor id.
  const anchored = /^(?:([a-z-]+)#)?((?:art|preamble|conclusions|chp|part|sec)(?:_[0-9A-Za-z]+)?(?:__[a-z]+(?:_[0-9A-Za-z]+)?)*)$/.exec(
    trimmed,
  );
  const { instrument, rest, named } = anchored?.[1]
    ? { instrument: table.instruments.find((candidate) => candidate.slug === anchored[1]), rest: anchored[2] ?? '', named: true }
    : splitInstrument(trimmed, table);
  if (!instrument) return null;
  const anchors = new Set(instrument.anchors);
  const text = rest
    .toLowerCase()
    .replace(/^[\s,]+|[\s,.]+$/g, '')
    .replace(/\s+(?:of\s+)?(?:the|this)$/, '');
  let asked: string | null;
  if (anchored && !anchored[1] && text === anchored[2]?.toLowerCase()) asked = anchored[2] ?? null;
  else if (anchored?.[1]) asked = anchored[2] ?? null;
  else {
    // Without the instrument's name, only a pinpoint with brackets or the word "article" is a citation: "34" alone is a word search.
    if (!named && !/^(?:arts?\.?|articles?)\s*\d|^\d+\s*\(|^(?:preambular|recital)/.test(text)) return null;
    asked = anchorOf(text);
  }
  if (asked === null) return null;
  const found = readings(asked).find((candidate) => anchors.has(candidate));
  if (found !== undefined) {
    return {
      kind: 'provision',
      instrument: instrument.slug,
      eid: found,
      path: provisionPath(instrument.slug, found),
      citation: citeOrSelf(instrument, found),
    };
  }
  const near = nearestAnchor(asked, anchors);
  return {
    kind: 'unknown',
    instrument: instrument.slug,
    asked: citeOrSelf(instrument, asked),
    ...(near === undefined
      ? {}
      : { nearest: { eid: near, path: provisionPath(instrument.slug, near), citation: citeOrSelf(instrument, near) } }),
  };
}

function citeOrSelf(instrument: CitableInstrument, eid: string): string {
  try {
    return `${instrument.citationName}, ${pinpoint(eid)}`;
  } catch {
    return `${instrument.citationName}, ${eid}`;
  }
}
