/**
 * In-text references of the authentic texts: finding them ("article 5 of this Protocol",
 * "paragraph 2 (b) of this article", "articles 24 and 25 of this Convention", "paragraphs 1 to
 * 3", "article 2, subparagraph (b)", "the preceding paragraph", "the Convention") and resolving
 * them to anchor ids. Pure functions: the caller says which anchors exist. The grammar is written
 * out in docs/references.md.
 */
import { childEid, formatEid, type EidStep } from './eid.ts';
import { nextToken, parseLabel, parseSequence, type Numbering } from './numbering.ts';

/** What a reference is scoped to by its closing words. */
export type Scope =
  | { kind: 'implicit' }
  | { kind: 'this-article' }
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
const SUBS = String.raw`(?:\s?${LABEL})*`;
const NUM = String.raw`\d+`;
const SCOPE = String.raw`(?:\s+of\s+(?:this\s+(?:article|Protocol|Convention)|the\s+Convention|article\s+\d+(?:\s+of\s+(?:this\s+(?:Protocol|Convention)|the\s+Convention))?))?`;
const LIST = (item: string) => String.raw`${item}(?:(?:,\s*${item})*,?\s+(?:and|or)\s+${item}|\s+to\s+${item})?`;

const PATTERNS: readonly { form: FoundReference['form']; regex: RegExp }[] = [
  { form: 'article', regex: new RegExp(String.raw`\barticles?\s+${LIST(NUM)}(?:,\s+(?:paragraph\s+${NUM}${SUBS}|subparagraph\s+${LABEL}${SUBS}))?${SCOPE}`, 'g') },
  { form: 'paragraph', regex: new RegExp(String.raw`\bparagraphs?\s+${LIST(`${NUM}${SUBS}`)}${SCOPE}`, 'g') },
  { form: 'subparagraph', regex: new RegExp(String.raw`\bsubparagraphs?\s+${LIST(`${LABEL}${SUBS}`)}${SCOPE}`, 'g') },
  { form: 'preceding-paragraph', regex: /\bthe preceding paragraph\b/g },
  { form: 'parent-instrument', regex: /\bthe Convention\b/g },
];

function readScope(text: string): Scope {
  const match = /\s+of\s+(this\s+(article|Protocol|Convention)|the\s+Convention|article\s+(\d+)(?:\s+of\s+(this\s+(?:Protocol|Convention)|the\s+Convention))?)$/.exec(text);
  if (!match) return { kind: 'implicit' };
  if (match[2] === 'article') return { kind: 'this-article' };
  if (match[2]) return { kind: 'this-instrument' };
  if (match[3]) return { kind: 'article', article: match[3], instrument: match[4]?.startsWith('the') ? 'parent' : 'this' };
  return { kind: 'parent-instrument' };
}

/** "(a) (i)" to ["a", "i"]. */
function labels(text: string): string[] {
  return [...text.matchAll(/\(([a-z]{1,4})\)/g)].map((match) => match[1] ?? '');
}

/** Expands "1 to 3" or "(a) to (c)" into every item of the range, numbered as legal numbering counts. */
function expandRange(first: string, last: string, style: 'arabic' | 'label'): string[] {
  if (style === 'arabic') {
    const out: string[] = [];
    for (let value = Number(first); value <= Number(last); value += 1) out.push(String(value));
    return out;
  }
  const out: Numbering[] = [parseLabel(`(${first})`)];
  while ((out.at(-1)?.token ?? last) !== last && out.length < 60) {
    const previous = out.at(-1);
    if (!previous) break;
    out.push(parseLabel(`(${nextToken(previous)})`, previous));
  }
  parseSequence(out.map((item) => item.label));
  return out.map((item) => item.token);
}

interface Item {
  start: number;
  end: number;
  head: string;
  subs: string[];
}

/** The items of a list or range ("5, 6, 8 and 23", "1 to 3", "(a) and (b)") with their offsets. */
function listItems(body: string, offset: number, headPattern: RegExp): { items: Item[]; range: boolean } {
  const items: Item[] = [];
  const itemPattern = new RegExp(String.raw`(${headPattern.source})(${SUBS})`, 'g');
  for (const match of body.matchAll(itemPattern)) {
    const start = offset + (match.index ?? 0);
    items.push({ start, end: start + match[0].length, head: match[1] ?? '', subs: labels(match[2] ?? '') });
  }
  return { items, range: /\s+to\s+/.test(body) };
}

function found(form: FoundReference['form'], text: string, start: number, scope: Scope, links: LinkSpan[]): FoundReference {
  return { text, start, end: start + text.length, form, scope, links };
}

function parseMatch(form: FoundReference['form'], text: string, start: number): FoundReference {
  const scope = readScope(text);
  const body = scope.kind === 'implicit' ? text : text.slice(0, text.search(/\s+of\s+(this|the|article)\b/));
  const whole = (target: RelativeTarget): FoundReference => found(form, text, start, scope, [{ start, end: start + text.length, target }]);
  switch (form) {
    case 'preceding-paragraph':
      return whole({ points: [], preceding: true });
    case 'parent-instrument':
      return whole({ points: [], wholeInstrument: true });
    case 'article': {
      const [, keyword = '', rest = ''] = /^(articles?\s+)([\s\S]*)$/.exec(body) ?? [];
      const pinpoint = /,\s+(paragraph\s+(\d+)((?:\s?\([a-z]{1,4}\))*)|subparagraph\s+((?:\s?\([a-z]{1,4}\))+))$/.exec(rest);
      const numbers = pinpoint ? rest.slice(0, pinpoint.index) : rest;
      const { items, range } = listItems(numbers, start + keyword.length, /\d+/);
      const first = items[0];
      if (items.length === 1 && first) {
        return whole({ article: first.head, paragraph: pinpoint?.[2], points: pinpoint ? labels(pinpoint[3] ?? pinpoint[4] ?? '') : [] });
      }
      return found(form, text, start, scope, spansOf(items, range, 'arabic', (head) => ({ article: head, points: [] })));
    }
    case 'paragraph': {
      const keyword = /^paragraphs?\s+/.exec(body)?.[0] ?? '';
      const { items, range } = listItems(body.slice(keyword.length), start + keyword.length, /\d+/);
      const first = items[0];
      if (items.length === 1 && first) return whole({ paragraph: first.head, points: first.subs });
      return found(form, text, start, scope, spansOf(items, range, 'arabic', (head, subs) => ({ paragraph: head, points: subs })));
    }
    case 'subparagraph': {
      const keyword = /^subparagraphs?\s+/.exec(body)?.[0] ?? '';
      const { items, range } = listItems(body.slice(keyword.length), start + keyword.length, /\([a-z]{1,4}\)/);
      const first = items[0];
      if (items.length === 1 && first) return whole({ points: [...labels(first.head), ...first.subs] });
      return found(form, text, start, scope, spansOf(items, range, 'label', (head, subs) => ({ points: [...labels(head), ...subs] })));
    }
  }
}

/** Link spans for a list (one per item) or a range (its ends link; the items between are targets too). */
function spansOf(items: readonly Item[], range: boolean, style: 'arabic' | 'label', target: (head: string, subs: string[]) => RelativeTarget): LinkSpan[] {
  const spans = items.map((item) => ({ start: item.start, end: item.end, target: target(item.head, item.subs) }));
  const [first, last] = [items[0], items.at(-1)];
  if (!range || !first || !last || items.length !== 2) return spans;
  const bare = (head: string) => (style === 'label' ? labels(head)[0] ?? head : head);
  const inner = expandRange(bare(first.head), bare(last.head), style).slice(1, -1);
  // Items inside a range have no words of their own to carry a link; they are targets without a span.
  return [...spans, ...inner.map((token) => ({ start: last.start, end: last.start, target: target(style === 'label' ? `(${token})` : token, []) }))];
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
export interface Target {
  readonly instrument: string;
  readonly eid?: string | undefined;
}

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
export function resolveTarget(target: RelativeTarget, scope: Scope, context: ReferenceContext, exists: (target: Target) => boolean): Resolution {
  const parentWanted = scope.kind === 'parent-instrument' || (scope.kind === 'article' && scope.instrument === 'parent');
  const instrument = parentWanted || target.wholeInstrument ? context.parent : context.instrument;
  if (instrument === undefined) return { ok: false, reason: 'refers to a parent instrument, but this instrument supplements none', dangling: false };
  if (target.wholeInstrument) {
    return exists({ instrument }) ? { ok: true, target: { instrument } } : { ok: false, reason: `the instrument "${instrument}" is not in the corpus`, dangling: false };
  }
  const article = target.article ?? (scope.kind === 'article' ? scope.article : context.article);
  if (article === undefined) return { ok: false, reason: 'names no article and stands outside any article', dangling: false };
  let candidates: EidStep[][];
  if (target.preceding) {
    const current = Number(context.paragraph);
    if (!context.paragraph || current <= 1) return { ok: false, reason: 'there is no preceding paragraph', dangling: true };
    candidates = [steps(article, String(current - 1), [])];
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

export { childEid };
