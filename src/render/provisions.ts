/**
 * The one renderer of authentic text: provisions, articles and the unnumbered parts become HTML
 * with anchor ids from the legal numbering, a ¶ link on each, in-text references as links, what
 * connects to each provision, and the search attributes. Pages, the whole-text page and the tests
 * all go through it, so each of these exists in one place.
 */
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { pinpoint, placeCitation } from '../lib/citation.ts';
import { groupByLabel, placeKey, type Connection, type Place } from '../lib/connections.ts';
import { absoluteUrl, documentPath, partTitle, placePath, provisionPath, type PartName } from '../lib/urls.ts';
import type { Article, InlineNode, InstrumentNames, Provision, TextFile, TextLink } from '../corpus/model.ts';
import { findTermUses, type Definition, type TermUse } from '../lib/term-links.ts';

/** What rendering needs beyond the text: where it is published and what connects to it. */
export interface RenderContext {
  /** Folder name of the instrument being rendered. */
  readonly instrument: string;
  /** The site's origin, for the absolute permanent links printed on paper. */
  readonly site: string | undefined;
  /** Every instrument's citation name, for the titles of links to other instruments. */
  readonly names: InstrumentNames;
  /** What connects to each place, by place key. */
  readonly connections: Readonly<Record<string, readonly Connection[]>>;
  /** Readings in doubt, by the anchor id of the provision that holds them. Default: none. */
  readonly doubts?: Readonly<Record<string, readonly Doubt[]>>;
  /** The terms defined in the instrument or in the one it supplements, linked at their first use in each text. Default: none. */
  readonly definitions?: readonly Definition[];
  /** The terms already linked in the text being rendered; each article or part starts afresh. */
  readonly termsSeen?: Set<string>;
  /**
   * True inside a whole-text page: the ¶ links of paragraphs and points leave the Tab order (the
   * article's own link stays), so that the keyboard reaches any article through the contents
   * without passing hundreds of links. Default: false.
   */
  readonly inWholeText?: boolean;
  /**
   * True for a quotation of the text on another page (a comparison): no ids, no ¶ links and no
   * connections, which belong to the text's own page. Default: false.
   */
  readonly quoted?: boolean;
}

/** A reading of the text that could not be confirmed, flagged at its provision. */
export interface Doubt {
  /** The words in doubt; absent for a doubt about an absence. */
  readonly reading?: string | undefined;
  /** Why, one sentence. */
  readonly doubt: string;
}

// Empty attributes are written bare, as Astro writes them.
const HTML_OPTIONS = { collapseEmptyAttributes: true } as const;

/** A heading level for a block: 1 on its own page, deeper inside the whole text. */
export type Level = 1 | 2 | 3 | 4;

/** The citation of a place as the link text and title within `context` (pinpoint alone inside the instrument being read). */
function citationOf(place: Place, context: RenderContext, here?: string): string {
  return placeCitation(place, context.names[place.instrument]?.citationName ?? place.instrument, here);
}

/** The ¶ link to a provision: a plain link, so it works without JavaScript. */
function pin(eid: string, context: RenderContext, label = `Link to ${pinpoint(eid)}`): Element[] {
  if (context.quoted) return [];
  const pinned = pinElement(eid, label);
  if (context.inWholeText) pinned.properties['tabIndex'] = -1;
  return [pinned];
}

/** The ¶ link of an article or a part heading, which paper shows as its permanent address: once per article, not per provision. */
function headingPin(eid: string, context: RenderContext, label: string): Element[] {
  if (context.quoted) return [];
  const pinned = pinElement(eid, label);
  pinned.properties['dataPermalink'] = absoluteUrl(context.site, provisionPath(context.instrument, eid));
  return [pinned];
}

function pinElement(eid: string, label: string): Element {
  return h('a', { className: ['pin'], href: `#${eid}`, ariaLabel: label });
}

/** What connects to a place, grouped by label; nothing when there is nothing. Never indexed for search. */
function connectionsOf(place: Place, context: RenderContext, owner = place.eid === undefined ? undefined : pinpoint(place.eid)): Element[] {
  if (context.quoted) return [];
  const list = context.connections[placeKey(place)];
  if (!list?.length) return [];
  const groups = groupByLabel(list).map(({ label, connections }) => {
    const links = connections.flatMap(({ other, term }, index): ElementContent[] => [
      ...(index > 0 ? [{ type: 'text' as const, value: '; ' }] : []),
      h('a', { href: placePath(other), ...(context.inWholeText ? { tabIndex: -1 } : {}) }, citationOf(other, context, place.instrument)),
      ...(term === undefined ? [] : [{ type: 'text' as const, value: ` (“${term}”)` }]),
    ]);
    return h('span', { className: ['connection'] }, [
      h('span', { className: ['connection-label'] }, `${label}:`),
      { type: 'text', value: ' ' },
      ...links,
    ]);
  });
  // The box says whose connections it lists: on a long article a box could otherwise be read as the next provision's.
  const heading =
    owner === undefined ? [] : [h('span', { className: ['connections-for'] }, `For ${owner}:`), { type: 'text' as const, value: ' ' }];
  return [h('small', { className: ['connections'] }, [...heading, ...groups])];
}

/** The connections of a place as one comparable key; empty when it has none. */
function connectionsKey(eid: string | undefined, context: RenderContext): string {
  if (eid === undefined || context.quoted) return '';
  const list = context.connections[placeKey({ instrument: context.instrument, eid })];
  return list?.length ? JSON.stringify(list) : '';
}

/** A run of authentic text with its references and the first use of each defined term as links; every character stays where it was. */
function linkedText(node: Extract<InlineNode, { type: 'text' }>, context: RenderContext, eid: string | undefined): ElementContent[] {
  const terms = termUsesIn(node, context, eid);
  const spans = [
    ...node.links.map((link) => ({ start: link.start, end: link.end, element: () => referenceLink(link, node.value, context) })),
    ...terms.map((use) => ({
      start: use.start,
      end: use.end,
      element: () =>
        h(
          'a',
          {
            className: ['term'],
            href: provisionPath(use.definition.instrument, use.definition.eid),
            title: `Defined in ${citationOf({ instrument: use.definition.instrument, eid: use.definition.eid }, context)}`,
          },
          node.value.slice(use.start, use.end),
        ),
    })),
  ].sort((a, b) => a.start - b.start);
  const out: ElementContent[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) out.push({ type: 'text', value: node.value.slice(at, span.start) });
    out.push(span.element());
    at = span.end;
  }
  if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
  return out;
}

function referenceLink(link: TextLink, value: string, context: RenderContext): Element {
  return h(
    'a',
    link.document === undefined
      ? { className: ['ref'], href: placePath(link.target), title: citationOf(link.target, context) }
      : { className: ['ref', 'ref-document'], href: documentPath(link.document), title: `Document ${link.document}` },
    value.slice(link.start, link.end),
  );
}

/** The defined terms a run uses for the first time in the text being rendered, outside its references and its own definition. */
function termUsesIn(node: Extract<InlineNode, { type: 'text' }>, context: RenderContext, eid: string | undefined): TermUse[] {
  if (context.quoted || !context.definitions?.length || context.termsSeen === undefined) return [];
  const seen = context.termsSeen;
  const available = context.definitions.filter(
    (definition) => !seen.has(definition.term) && !(definition.instrument === context.instrument && definition.eid === eid),
  );
  const uses = findTermUses(node.value, available, node.links).filter((use) => {
    if (seen.has(use.definition.term)) return false;
    seen.add(use.definition.term);
    return true;
  });
  return uses;
}

function inlineHtml(nodes: readonly InlineNode[], context: RenderContext, eid?: string): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] =>
    node.type === 'text' ? linkedText(node, context, eid) : [h('em', inlineHtml(node.children, context, eid))],
  );
}

/** Attributes that make an element addressable and a place search results can land on. */
function anchorProperties(eid: string | undefined, context: RenderContext): Element['properties'] {
  return eid && !context.quoted ? { id: eid } : {};
}

function labelled(node: Provision, text: ElementContent[]): ElementContent[] {
  return node.label ? [h('span', { className: ['num'] }, node.label), { type: 'text', value: ' ' }, ...text] : text;
}

function connectionsAt(eid: string | undefined, context: RenderContext, merged = false): Element[] {
  if (!eid) return [];
  return [...doubtsAt(eid, context), ...(merged ? [] : connectionsOf({ instrument: context.instrument, eid }, context))];
}

/** The flag of each doubtful reading of a provision: our note, set apart from the authentic words. */
function doubtsAt(eid: string, context: RenderContext): Element[] {
  if (context.quoted) return [];
  return (context.doubts?.[eid] ?? []).map((entry) =>
    h('small', { className: ['doubt'] }, [
      h('span', { className: ['doubt-label'] }, 'Reading not confirmed'),
      { type: 'text', value: entry.reading === undefined ? `: ${entry.doubt}` : `: “${entry.reading}”. ${entry.doubt}` },
    ]),
  );
}

function textElement(node: Provision, context: RenderContext, tag: 'li' | 'p', pinFor = node.eid, merged = false): Element {
  const children = labelled(node, inlineHtml(node.inline ?? [], context, node.eid));
  return h(tag, { className: ['provision', node.role], ...anchorProperties(node.eid, context) }, [
    ...(pinFor ? pin(pinFor, context) : []),
    ...children,
    ...connectionsAt(node.eid, context, merged),
  ]);
}

/**
 * Sibling points that are all connected to the same places (e.g. every point of a list referred to
 * by one article): their one box, under the list, for "art. 6(3)(a) to (d)"; none otherwise.
 */
function mergedConnections(nodes: readonly Provision[], context: RenderContext): Element[] {
  const points = nodes.filter((node) => node.role !== 'intro' && node.role !== 'wrap');
  const first = points[0]?.eid;
  const last = points.at(-1)?.eid;
  if (points.length < 2 || first === undefined || last === undefined) return [];
  const key = connectionsKey(first, context);
  if (key === '' || points.some((node) => connectionsKey(node.eid, context) !== key)) return [];
  const lastLabel = /\(([^()]+)\)$/.exec(pinpoint(last))?.[1] ?? last;
  return connectionsOf(
    { instrument: context.instrument, eid: first },
    context,
    `${pinpoint(first)} ${points.length === 2 ? 'and' : 'to'} (${lastLabel})`,
  );
}

/** A run of siblings: introductory and closing words as paragraphs, the numbered ones as one ordered list. */
function run(nodes: readonly Provision[], context: RenderContext, owner?: Provision): Element[] {
  const out: Element[] = [];
  const merged = mergedConnections(nodes, context);
  let list: Element | undefined;
  for (const node of nodes) {
    if (node.role === 'intro' || node.role === 'wrap') {
      list = undefined;
      const isOwnersIntro = owner !== undefined && node.role === 'intro';
      // Rule: a paragraph's label and its link stand on its introductory words.
      const intro = isOwnersIntro ? { ...node, label: owner.label } : node;
      out.push(textElement(intro, context, 'p', isOwnersIntro ? owner.eid : node.eid));
      continue;
    }
    if (!list) {
      list = h('ol', { className: ['provisions', `${node.role}s`] });
      out.push(list);
    }
    list.children.push(provisionElement(node, context, merged.length > 0));
  }
  return merged.length > 0 ? [...out, ...merged] : out;
}

function provisionElement(node: Provision, context: RenderContext, merged = false): Element {
  if (node.children.length === 0) return textElement(node, context, 'li', node.eid, merged);
  // Without introductory words the label and the link stand on a line of their own above the list.
  const bareLabel =
    node.label && node.children[0]?.role !== 'intro'
      ? [
          h('p', { className: ['label-only'] }, [
            ...(node.eid ? pin(node.eid, context) : []),
            h('span', { className: ['num'] }, node.label),
          ]),
        ]
      : [];
  return h('li', { className: ['provision', node.role], ...anchorProperties(node.eid, context) }, [
    ...bareLabel,
    ...run(node.children, context, node),
    ...connectionsAt(node.eid, context, merged),
  ]);
}

/** The provisions of a text as HTML nodes; top-level blocks stand on lines of their own. */
function renderProvisions(provisions: readonly Provision[], context: RenderContext): ElementContent[] {
  return run(provisions, context).flatMap((element, index): ElementContent[] =>
    index > 0 ? [{ type: 'text', value: '\n' }, element] : [element],
  );
}

/** The provisions of a text as an HTML string. */
export function provisionsHtml(provisions: readonly Provision[], context: RenderContext): string {
  return toHtml({ type: 'root', children: renderProvisions(provisions, context) });
}

function textDiv(text: TextFile, context: RenderContext): Element {
  return h('div', { className: ['text'] }, renderProvisions(text.provisions, context));
}

function wrapper(level: Level): 'article' | 'section' {
  return level === 1 ? 'article' : 'section';
}

/** An article with its heading, its link, what connects to it and its text. The same ids appear wherever it is shown. */
export function articleHtml(article: Article, shared: RenderContext, level: Level): string {
  const context: RenderContext = { ...shared, termsSeen: new Set(), inWholeText: level > 1 };
  const eid = article.eid;
  const heading = h(`h${level}`, { className: ['article-heading'], id: `${eid}__heading` }, [
    ...headingPin(eid, context, `Link to ${pinpoint(eid)}`),
    h('span', { className: ['article-num'] }, `Article ${article.number}`),
    ...(article.heading ? [{ type: 'text' as const, value: ' ' }, h('span', { className: ['article-title'] }, article.heading)] : []),
  ]);
  const block = h(wrapper(level), { id: eid, className: ['article'], ariaLabelledBy: `${eid}__heading` }, [
    heading,
    ...connectionsAt(eid, context),
    article.notReproduced === undefined
      ? textDiv(article, context)
      : h('p', { className: ['not-reproduced'] }, [
          h('strong', 'Palermo Corpus editorial note: the text of this article is not reproduced.'),
          { type: 'text', value: ` ${article.notReproduced}` },
        ]),
  ]);
  return toHtml(block, HTML_OPTIONS);
}

/** The preamble or the testimonium under a heading of ours. */
export function partHtml(text: TextFile, part: PartName, shared: RenderContext, level: 1 | 2): string {
  const context: RenderContext = { ...shared, termsSeen: new Set(), inWholeText: level > 1 };
  const heading = h(`h${level}`, { className: ['part-heading'], id: `${part}__heading` }, [
    ...headingPin(part, context, `Link to the ${pinpoint(part)}`),
    partTitle(part),
  ]);
  const block = h(wrapper(level), { id: part, className: ['part', part], ariaLabelledBy: `${part}__heading` }, [
    heading,
    ...doubtsAt(part, context),
    textDiv(text, context),
  ]);
  return toHtml(block, HTML_OPTIONS);
}

/** What connects to an article or a whole instrument, as HTML; empty when nothing does. */
export function connectionsHtml(place: Place, context: RenderContext): string {
  return connectionsOf(place, context)
    .map((element) => toHtml(element))
    .join('');
}

/** The ¶ link of a division heading, which lives on the whole-text page. */
export function divisionPinHtml(eid: string, label: string): string {
  return toHtml(pinElement(eid, `Link to ${label}`));
}

/**
 * A provision or a whole text quoted on another page, as a comparison cell shows it: labels, text
 * and in-text links, without the ids, ¶ links and connections of its own page.
 */
export function quotedHtml(provisions: readonly Provision[], context: RenderContext): string {
  const quoted = { ...context, quoted: true };
  const blocks = provisions.some((node) => node.role === 'intro' || node.role === 'wrap' || node.children.length > 0 || !node.label)
    ? run(provisions, quoted)
    : [
        h(
          'ol',
          { className: ['provisions'] },
          provisions.map((node) => provisionElement(node, quoted)),
        ),
      ];
  return toHtml({ type: 'root', children: blocks });
}
