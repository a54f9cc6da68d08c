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
  readonly form: 'article' | 'paragraph' | 'subparagraph' | 'preceding-paragraph' | 'parent-instrument';
  readonly scope: Scope;
  /** The spans that become links: the whole reference, or each number of a list or range. */
  readonly links: readonly LinkSpan[];
}

const LABEL = String.raw`\([a-z]{1,4}\)`;
// An item of a list: a number with labels ("3 (d)", "1 (a) (i)"), or labels alone ("(e)", "(b) (i)").
const ITEM = String.raw`(?:\d+(?:\s?${LABEL})*|${LABEL}(?:\s?${LABEL})*)`;
const JOIN = String.raw`(?:,\s*|,?\s+(?:and|or|to)\s+)`;
const ITEMS = String.raw`${ITEM}(?:${JOIN}${ITEM})*`;
const NUMBERS = String.raw`\d+(?:${JOIN}\d+)*`;
const SCOPE_WORDS = String.raw`,?\s+of\s+(?:this\s+(?:article|paragraph|Protocol|Convention)|the\s+Convention|article\s+\d+(?:\s+of\s+(?:this\s+(?:Protocol|Convention)|the\s+Convention))?)`;
const SCOPE = `(?:${SCOPE_WORDS})?`;

const PATTERNS: readonly { form: FoundReference['form']; regex: RegExp }[] = [
  {
    form: 'article',
    regex: new RegExp(String.raw`\barticles?\s+${NUMBERS}(?:,\s+(?:paragraphs?|subparagraphs?)\s+${ITEMS})?${SCOPE}`, 'g'),
  },
  { form: 'paragraph', regex: new RegExp(String.raw`\bparagraphs?\s+\d+(?:\s?${LABEL})*(?:${JOIN}${ITEM})*${SCOPE}`, 'g') },
  { form: 'subparagraph', regex: new RegExp(String.raw`\bsubparagraphs?\s+${LABEL}(?:\s?${LABEL})*(?:${JOIN}${ITEM})*${SCOPE}`, 'g') },
  { form: 'preceding-paragraph', regex: /\bthe preceding paragraph\b/g },
  { form: 'parent-instrument', regex: /\bthe Convention\b/g },
];

function readScope(text: string): Scope {
  const match =
    /,?\s+of\s+(this\s+(article|paragraph|Protocol|Convention)|the\s+Convention|article\s+(\d+)(?:\s+of\s+(this\s+(?:Protocol|Convention)|the\s+Convention))?)$/.exec(
      text,
    );
  if (!match) return { kind: 'implicit' };
  if (match[2] === 'article') return { kind: 'this-article' };
  if (match[2] === 'paragraph') return { kind: 'this-paragraph' };
  if (match[2]) return { kind: 'this-instrument' };
  if (match[3]) return { kind: 'article', article: match[3], instrument: match[4]?.startsWith('the') ? 'parent' : 'this' };
  return { kind: 'parent-instrument' };
}

/** A parsed list item: its place in the text and its path of numbers and labels. */
interface PathItem {
  start: number;
  end: number;
  path: string[];
}

/**
 * Reads a list or range of items. An item that starts with a label continues the item before it:
 * its k labels replace the last k steps of that item, so "3 (d) and (e)" is 3(d) and 3(e), and
 * "1 (a) (i) or (ii) or (b) (i)" is 1(a)(i), 1(a)(ii) and 1(b)(i).
 */
function parseItems(body: string, offset: number): { items: PathItem[]; range: boolean } {
  const items: PathItem[] = [];
  for (const match of body.matchAll(new RegExp(ITEM, 'g'))) {
    const tokens = [...match[0].matchAll(/\d+|\(([a-z]{1,4})\)/g)].map((token) => token[1] ?? token[0]);
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

function parseMatch(form: FoundReference['form'], text: string, start: number): FoundReference {
  const scope = readScope(text);
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
    case 'article': {
      const pinpoint = /,\s+(paragraphs?|subparagraphs?)\s+/.exec(body);
      const keyword = /^articles?\s+/.exec(body)?.[0] ?? '';
      const numbers = parseItems(body.slice(keyword.length, pinpoint?.index), start + keyword.length);
      if (!pinpoint) return result(spansOf(numbers, ([article]) => ({ article, points: [] })));
      // "articles 12 or 13, paragraph 1": the pinpoint belongs to the last article named.
      const earlier = numbers.items
        .slice(0, -1)
        .map((item) => ({ start: item.start, end: item.end, target: { article: item.path[0], points: [] } }));
      const article = numbers.items.at(-1)?.path[0];
      const offset = pinpoint.index + pinpoint[0].length;
      const inner = parseItems(body.slice(offset), start + offset);
      const isParagraph = pinpoint[1]?.startsWith('paragraph') ?? false;
      const pinpointed = spansOf(inner, (path) =>
        isParagraph ? { article, paragraph: path[0], points: path.slice(1) } : { article, points: path },
      );
      const last = numbers.items.at(-1);
      // With several articles, the last article's number carries its pinpoint link.
      const lastSpan =
        earlier.length > 0 && last && pinpointed.length === 1 && pinpointed[0]
          ? [{ ...pinpointed[0], start: last.start, end: last.end }]
          : pinpointed;
      return result([...earlier, ...lastSpan]);
    }
    case 'paragraph': {
      const keyword = /^paragraphs?\s+/.exec(body)?.[0] ?? '';
      return result(
        spansOf(parseItems(body.slice(keyword.length), start + keyword.length), ([paragraph, ...points]) => ({ paragraph, points })),
      );
    }
    case 'subparagraph': {
      const keyword = /^subparagraphs?\s+/.exec(body)?.[0] ?? '';
      return result(spansOf(parseItems(body.slice(keyword.length), start + keyword.length), (points) => ({ points })));
    }
  }
}

/** Every reference in a text, in order; overlapping matches keep the earliest and longest. */
export function findReferences(text: string): FoundReference[] {
  const candidates = PATTERNS.flatMap(({ form, regex }) =>
    [...text.matchAll(regex)].map((match) => ({ form, text: match[0], start: match.index ?? 0 })),
  ).sort((a, b) => a.start - b.start || b.text.length - a.text.length);
  const out: FoundReference[] = [];
  let reached = 0;
  for (const candidate of candidates) {
    if (candidate.start < reached) continue;
    out.push(parseMatch(candidate.form, candidate.text, candidate.start));
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
  const parentWanted = scope.kind === 'parent-instrument' || (scope.kind === 'article' && scope.instrument === 'parent');
  const instrument = parentWanted || target.wholeInstrument ? context.parent : context.instrument;
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
  return { instrument, parent, article: art, paragraph };
}
