/**
 * In-text references of the authentic texts: finding them ("article 5 of this Protocol",
 * "paragraph 2 (b) of this article", "articles 24 and 25 of this Convention", "paragraphs 1 to
 * 3", "article 2, subparagraph (b)", "the preceding paragraph", "the Convention") and resolving
 * them to anchor ids. Pure functions: the caller says which anchors exist. The grammar is written
 * out in the README, under “Cross-references”.
 */
import type { Place } from './connections.ts';
import { formatEid, type EidStep } from './eid.ts';
import { nextToken, parseLabel, parseSequence, type Numbering } from './numbering.ts';

/** What a reference is scoped to by its closing words. */
export type Scope =
  | { kind: 'implicit' }
  | { kind: 'this-article' }
  | { kind: 'this-paragraph' }
  | { kind: 'this-instrument' }
  | { kind: 'parent-instrument' }
  | { kind: 'named'; instrument: string }
  | { kind: 'external'; name: string }
  | { kind: 'article'; article: string; instrument: 'this' | 'parent' };

/** A place a reference points at, relative to where it stands. */
export interface RelativeTarget {
  /** Article number, when the reference names one. */
  readonly article?: string | undefined;
  /** Paragraph number, when named. */
  readonly paragraph?: string | undefined;
  /** Subparagraph and point tokens, outermost first. */
  readonly points: readonly string[];
  /** True for "the preceding paragraph". */
  readonly preceding?: boolean;
  /** True for a reference to the whole parent instrument ("the Convention"). */
  readonly wholeInstrument?: boolean;
  /** The instrument a reference names by its title ("the Forced Labour Convention, 1930"), by folder name. */
  readonly named?: string | undefined;
}

/** A span of the text that becomes one link. */
export interface LinkSpan {
  readonly start: number;
  readonly end: number;
  readonly target: RelativeTarget;
}

/** A reference found in a text. */
export interface FoundReference {
  /** The words of the reference, exactly as in the text. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** What the reference's form is. */
  readonly form:
    'article' | 'possessive-article' | 'paragraph' | 'subparagraph' | 'preceding-paragraph' | 'parent-instrument' | 'named-instrument';
  readonly scope: Scope;
  /** The spans that become links: the whole reference, or each number of a list or range. */
  readonly links: readonly LinkSpan[];
}

/** A title by which the texts name an instrument of the corpus, e.g. "Convention on the Rights of the Child". */
export interface InstrumentName {
  /** The words, exactly as the texts print them. */
  readonly name: string;
  /** Folder name of the instrument. */
  readonly instrument: string;
}

// Labels: "(a)" (UN, ILO) or a bare letter "a" (Council of Europe), never part of a longer word.
const BRACKETED = String.raw`\([a-z]{1,4}\)`;
const BARE = String.raw`(?<![\w'’-])[a-z](?![\w'’-])`;
const LABEL = `(?:${BRACKETED}|${BARE})`;
// An item of a list: a number with labels ("3 (d)", "1 (a) (i)", "20 d"), or labels alone ("(e)", "(b) (i)", "a").
const ITEM = String.raw`(?:\d+(?:\s?${LABEL})*|${LABEL}(?:\s?${BRACKETED})*)`;
const JOIN = String.raw`(?:,\s*|,?\s+(?:and|or|to)\s+)`;
const ITEMS = String.raw`${ITEM}(?:${JOIN}${ITEM})*`;
const NUMBERS = String.raw`\d+(?:${JOIN}\d+)*`;
// A proper name after "of the": capitalised words and the small words between them.
const PROPER = String.raw`[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|for|on|against|in|to|relating|concerning)\s+)*[A-Z][\w'’-]*)*(?:,\s+\d{4})?`;
const THIS = String.raw`(?:this|the\s+present)`;
// A Council of Europe label may carry a full stop before the scope: "Article 20 d. of the Statute".
const SCOPE_WORDS = String.raw`\.?,?\s+of\s+(?:${THIS}\s+(?:[Aa]rticle|[Pp]aragraph|Protocol|Convention)|the\s+${PROPER}|[Aa]rticle\s+\d+(?:\s+of\s+(?:${THIS}\s+(?:Protocol|Convention)|the\s+Convention))?)`;
const SCOPE = `(?:${SCOPE_WORDS})?`;
const ARTICLE_UNIT = String.raw`\b[Aa]rticles?\s+${NUMBERS}(?:\s?${LABEL})*(?:(?:,\s+|\s+)(?:paragraphs?|subparagraphs?)\s+${ITEMS},?)?`;
// "Article 1, paragraphs 2 and 3, and Articles 3 to 24 of the Convention": one reference, one scope.
const ARTICLE_CHAIN = String.raw`${ARTICLE_UNIT}(?:,?\s+and\s+${ARTICLE_UNIT})*`;
// "the Convention" alone; "the Convention on ..." or "the Convention for ..." is another instrument's title.
const PARENT = String.raw`\bthe Convention\b(?!\s+(?:on|for|against|relating|concerning|of)\s)(?!,\s+\d{4})`;

const PATTERNS: readonly { form: FoundReference['form']; regex: RegExp }[] = [
  // "in accordance with its Article 30": "its" names the instrument the text supplements.
  { form: 'possessive-article', regex: new RegExp(`(?<=\\bits\\s+)${ARTICLE_CHAIN}`, 'g') },
  { form: 'article', regex: new RegExp(`${ARTICLE_CHAIN}${SCOPE}`, 'g') },
  { form: 'paragraph', regex: new RegExp(String.raw`\b[Pp]aragraphs?\s+\d+(?:\s?${LABEL})*(?:${JOIN}${ITEM})*${SCOPE}`, 'g') },
  { form: 'subparagraph', regex: new RegExp(String.raw`\b[Ss]ubparagraphs?\s+${LABEL}(?:\s?${LABEL})*(?:${JOIN}${ITEM})*${SCOPE}`, 'g') },
  { form: 'preceding-paragraph', regex: /\bthe preceding paragraph\b/g },
  { form: 'parent-instrument', regex: new RegExp(PARENT, 'g') },
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whom "of the <name>" names: the parent ("the Convention"), an instrument of the corpus, or one outside it. */
function readProperScope(name: string, names: readonly InstrumentName[]): Scope {
  if (name === 'Convention') return { kind: 'parent-instrument' };
  const known = names.find((entry) => entry.name === name);
  return known ? { kind: 'named', instrument: known.instrument } : { kind: 'external', name };
}

function readScope(text: string, names: readonly InstrumentName[]): Scope {
  const match = new RegExp(
    String.raw`\.?,?\s+of\s+(?:${THIS}\s+([Aa]rticle|[Pp]aragraph|Protocol|Convention)|the\s+(${PROPER})|[Aa]rticle\s+(\d+)(?:\s+of\s+(${THIS}\s+(?:Protocol|Convention)|the\s+Convention))?)$`,
  ).exec(text);
  if (!match) return { kind: 'implicit' };
  const own = match[1]?.toLowerCase();
  if (own === 'article') return { kind: 'this-article' };
  if (own === 'paragraph') return { kind: 'this-paragraph' };
  if (own) return { kind: 'this-instrument' };
  if (match[2]) return readProperScope(match[2], names);
  return { kind: 'article', article: match[3] ?? '', instrument: match[4]?.startsWith('the Convention') ? 'parent' : 'this' };
}

/** A parsed list item: its place in the text and its path of numbers and labels. */
interface PathItem {
  start: number;
  end: number;
  path: string[];
}

const TOKEN = new RegExp(String.raw`\d+|\(([a-z]{1,4})\)|${BARE}`, 'g');

/**
 * Reads a list or range of items. An item that starts with a label continues the item before it:
 * its k labels replace the last k steps of that item, so "3 (d) and (e)" is 3(d) and 3(e), and
 * "1 (a) (i) or (ii) or (b) (i)" is 1(a)(i), 1(a)(ii) and 1(b)(i).
 */
function parseItems(body: string, offset: number): { items: PathItem[]; range: boolean } {
  const items: PathItem[] = [];
  for (const match of body.matchAll(new RegExp(ITEM, 'g'))) {
    const tokens = [...match[0].matchAll(TOKEN)].map((token) => token[1] ?? token[0]);
    const previous = items.at(-1)?.path ?? [];
    const continues = previous.length > 0 && !/^\d/.test(match[0]);
    const path = continues ? [...previous.slice(0, Math.max(0, previous.length - tokens.length)), ...tokens] : tokens;
    const start = offset + (match.index ?? 0);
    items.push({ start, end: start + match[0].length, path });
  }
  return { items, range: /\s+to\s+/.test(body) };
}

/** The tokens between the two ends of a range ("9 to 12", "(a) to (c)"), in legal numbering order. */
function between(first: string, last: string): string[] {
  if (/^\d+$/.test(first) && /^\d+$/.test(last)) {
    const out: string[] = [];
    for (let value = Number(first) + 1; value < Number(last); value += 1) out.push(String(value));
    return out;
  }
  const sequence: Numbering[] = [parseLabel(`(${first})`)];
  while (sequence.length < 60 && (sequence.at(-1)?.token ?? last) !== last) {
    const previous = sequence.at(-1);
    if (!previous) break;
    sequence.push(parseLabel(`(${nextToken(previous)})`, previous));
  }
  parseSequence(sequence.map((item) => item.label));
  return sequence.slice(1, -1).map((item) => item.token);
}

/** Link spans for the items; a range's inner items are targets too, without words of their own. */
function spansOf(parsed: { items: PathItem[]; range: boolean }, target: (path: string[]) => RelativeTarget): LinkSpan[] {
  const spans = parsed.items.map((item) => ({ start: item.start, end: item.end, target: target(item.path) }));
  const [first, last] = [parsed.items[0], parsed.items.at(-1)];
  if (!parsed.range || !first || !last || parsed.items.length !== 2) return spans;
  const prefix = last.path.slice(0, -1);
  const inner = between(first.path.at(-1) ?? '', last.path.at(-1) ?? '');
  return [...spans, ...inner.map((token) => ({ start: last.start, end: last.start, target: target([...prefix, token]) }))];
}

/** A paragraph named by a letter ("paragraph a" in Council of Europe texts) is a lettered point. */
function paragraphTarget(article: string | undefined, [first, ...rest]: string[]): RelativeTarget {
  return first !== undefined && /^[a-z]+$/.test(first)
    ? { article, points: [first, ...rest] }
    : { article, paragraph: first, points: rest };
}

/** The links of one "Article N[, paragraph M]" unit of an article reference, `offset` being where it starts. */
function articleUnitLinks(unit: string, offset: number): LinkSpan[] {
  const pinpoint = /(?:,\s+|\s+)(paragraphs?|subparagraphs?)\s+/.exec(unit);
  const keyword = /^[Aa]rticles?\s+/.exec(unit)?.[0] ?? '';
  const numbers = parseItems(unit.slice(keyword.length, pinpoint?.index), offset + keyword.length);
  if (!pinpoint) return spansOf(numbers, ([article, ...points]) => ({ article, points }));
  // "articles 12 or 13, paragraph 1": the pinpoint belongs to the last article named.
  const earlier = numbers.items
    .slice(0, -1)
    .map((item) => ({ start: item.start, end: item.end, target: { article: item.path[0], points: [] } }));
  const article = numbers.items.at(-1)?.path[0];
  const at = pinpoint.index + pinpoint[0].length;
  const inner = parseItems(unit.slice(at).replace(/,$/, ''), offset + at);
  const isParagraph = pinpoint[1]?.startsWith('paragraph') ?? false;
  const pinpointed = spansOf(inner, (path) => (isParagraph ? paragraphTarget(article, path) : { article, points: path }));
  const last = numbers.items.at(-1);
  // With several articles, the last article's number carries its pinpoint link.
  const lastSpan =
    earlier.length > 0 && last && pinpointed.length === 1 && pinpointed[0]
      ? [{ ...pinpointed[0], start: last.start, end: last.end }]
      : pinpointed;
  return [...earlier, ...lastSpan];
}

function parseMatch(form: FoundReference['form'], text: string, start: number, names: readonly InstrumentName[]): FoundReference {
  const scope: Scope =
    form === 'possessive-article'
      ? { kind: 'parent-instrument' }
      : form === 'named-instrument' || form === 'parent-instrument'
        ? { kind: 'implicit' }
        : readScope(text, names);
  const scopeAt = text.search(new RegExp(`${SCOPE_WORDS}$`));
  const body = scope.kind === 'implicit' || scopeAt < 0 ? text : text.slice(0, scopeAt);
  const result = (links: LinkSpan[]): FoundReference => {
    // A single target links the whole reference; a list or range links each of its items.
    const only = links.length === 1 ? links[0] : undefined;
    const spans = only ? [{ start, end: start + text.length, target: only.target }] : links;
    return { text, start, end: start + text.length, form, scope, links: spans };
  };
  switch (form) {
    case 'preceding-paragraph':
      return result([{ start, end: start + text.length, target: { points: [], preceding: true } }]);
    case 'parent-instrument':
      return result([{ start, end: start + text.length, target: { points: [], wholeInstrument: true } }]);
    case 'named-instrument':
      return result([
        { start, end: start + text.length, target: { points: [], named: names.find((entry) => entry.name === text)?.instrument } },
      ]);
    case 'article':
    case 'possessive-article': {
      const units = [...body.matchAll(new RegExp(ARTICLE_UNIT, 'g'))];
      return result(units.flatMap((unit) => articleUnitLinks(unit[0].replace(/,$/, ''), start + (unit.index ?? 0))));
    }
    case 'paragraph': {
      const keyword = /^[Pp]aragraphs?\s+/.exec(body)?.[0] ?? '';
      return result(spansOf(parseItems(body.slice(keyword.length), start + keyword.length), (path) => paragraphTarget(undefined, path)));
    }
    case 'subparagraph': {
      const keyword = /^[Ss]ubparagraphs?\s+/.exec(body)?.[0] ?? '';
      return result(spansOf(parseItems(body.slice(keyword.length), start + keyword.length), (points) => ({ points })));
    }
  }
}

/**
 * Every reference in a text, in order; overlapping matches keep the earliest and longest. `names`
 * are the titles by which texts name the instruments of the corpus ("the Forced Labour Convention,
 * 1930"); a reference to a title not among them stays unlinked, with its reason.
 */
export function findReferences(text: string, names: readonly InstrumentName[] = []): FoundReference[] {
  const named = names.length
    ? [
        {
          form: 'named-instrument' as const,
          // Longest first, so that "Abolition of Forced Labour Convention, 1957" is not read as a shorter title.
          regex: new RegExp(
            `\\b(?:${[...names]
              .map((entry) => entry.name)
              .sort((a, b) => b.length - a.length)
              .map(escape)
              .join('|')})\\b`,
            'g',
          ),
        },
      ]
    : [];
  const candidates = [...PATTERNS, ...named]
    .flatMap(({ form, regex }) => [...text.matchAll(regex)].map((match) => ({ form, text: match[0], start: match.index ?? 0 })))
    .sort((a, b) => a.start - b.start || b.text.length - a.text.length);
  const out: FoundReference[] = [];
  let reached = 0;
  for (const candidate of candidates) {
    if (candidate.start < reached) continue;
    out.push(parseMatch(candidate.form, candidate.text, candidate.start, names));
    reached = candidate.start + candidate.text.length;
  }
  return out;
}

/** Where a reference stands: its instrument, the instrument that one supplements, and the provision. */
export interface ReferenceContext {
  readonly instrument: string;
  /** The instrument a Protocol supplements ("the Convention"), if any. */
  readonly parent?: string | undefined;
  /** The article the reference stands in, if any. */
  readonly article?: string | undefined;
  /** The numbered paragraph it stands in, if any. */
  readonly paragraph?: string | undefined;
  /** True in a preamble, where an article number without "of this …" may name another instrument. */
  readonly inPreamble?: boolean | undefined;
}

/** A resolved target: an instrument, and an anchor in it (none for the whole instrument). */
export type Target = Place;

/** The outcome of resolving one link span. */
export type Resolution = { ok: true; target: Target } | { ok: false; reason: string; dangling: boolean };

function steps(article: string, paragraph: string | undefined, points: readonly string[]): EidStep[] {
  return [
    { kind: 'art', token: article },
    ...(paragraph ? [{ kind: 'para' as const, token: paragraph }] : []),
    ...points.map((token) => ({ kind: 'point' as const, token })),
  ];
}

/**
 * Resolves one target of a reference. Candidates are tried in order and the first that exists
 * wins: "subparagraph (a) of this article" means (a) of the same paragraph when there is one,
 * and otherwise (a) directly under the article.
 */
export function resolveTarget(
  target: RelativeTarget,
  scope: Scope,
  context: ReferenceContext,
  exists: (target: Target) => boolean,
): Resolution {
  if (scope.kind === 'external') return { ok: false, reason: `refers to the ${scope.name}, which is not in the corpus`, dangling: false };
  if (target.named !== undefined || scope.kind === 'named') {
    const named = target.named ?? (scope.kind === 'named' ? scope.instrument : context.instrument);
    if (target.named !== undefined && named === context.instrument)
      return { ok: false, reason: 'names the instrument it stands in', dangling: false };
    if (target.named !== undefined) return { ok: true, target: { instrument: named } };
  }
  if (context.inPreamble && scope.kind === 'implicit' && target.article !== undefined)
    return { ok: false, reason: 'stands in a preamble and does not say which instrument it names', dangling: false };
  const parentWanted = scope.kind === 'parent-instrument' || (scope.kind === 'article' && scope.instrument === 'parent');
  const instrument =
    scope.kind === 'named' ? scope.instrument : parentWanted || target.wholeInstrument ? context.parent : context.instrument;
  if (instrument === undefined && target.wholeInstrument)
    return { ok: false, reason: 'names the instrument it stands in', dangling: false };
  if (instrument === undefined)
    return { ok: false, reason: 'refers to a parent instrument, but this instrument supplements none', dangling: false };
  if (target.wholeInstrument) {
    return exists({ instrument })
      ? { ok: true, target: { instrument } }
      : { ok: false, reason: `the instrument "${instrument}" is not in the corpus`, dangling: false };
  }
  const article = target.article ?? (scope.kind === 'article' ? scope.article : context.article);
  if (article === undefined) return { ok: false, reason: 'names no article and stands outside any article', dangling: false };
  let candidates: EidStep[][];
  if (target.preceding) {
    const current = Number(context.paragraph);
    if (!context.paragraph || current <= 1) return { ok: false, reason: 'there is no preceding paragraph', dangling: true };
    candidates = [steps(article, String(current - 1), [])];
  } else if (scope.kind === 'this-paragraph') {
    candidates = [steps(article, context.paragraph, target.points)];
  } else if (target.article === undefined && target.paragraph === undefined && scope.kind !== 'article' && context.paragraph) {
    candidates = [steps(article, context.paragraph, target.points), steps(article, undefined, target.points)];
  } else {
    candidates = [steps(article, target.paragraph, target.points)];
  }
  for (const candidate of candidates) {
    const eid = formatEid(candidate);
    if (exists({ instrument, eid })) return { ok: true, target: { instrument, eid } };
  }
  if (!exists({ instrument })) return { ok: false, reason: `the instrument "${instrument}" is not in the corpus`, dangling: false };
  return { ok: false, reason: `points to ${formatEid(candidates[0] ?? [])} in "${instrument}", which does not exist`, dangling: true };
}

/** The context of a provision from its anchor id, e.g. art_5__para_2__point_a gives article 5, paragraph 2. */
export function contextOf(eid: string | undefined, instrument: string, parent: string | undefined, article?: number): ReferenceContext {
  const art = /(?:^|__)art_([0-9a-z]+)/.exec(eid ?? '')?.[1] ?? (article === undefined ? undefined : String(article));
  const paragraph = /__para_([0-9]+)/.exec(eid ?? '')?.[1];
  const inPreamble = eid?.startsWith('preamble') === true ? true : undefined;
  return { instrument, parent, article: art, paragraph, ...(inPreamble ? { inPreamble } : {}) };
}
