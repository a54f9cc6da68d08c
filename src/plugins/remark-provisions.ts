/**
 * remark-provisions: turns the allowlisted components of a corpus text file (<Para>, <Point>,
 * <Intro>, <Wrap>, <Recital>) into semantic HTML with anchor ids taken from the legal numbering,
 * a "link to this provision" affordance on each, and the search attributes. Anything else in a
 * corpus file (imports, expressions, other components, bare Markdown) stops the build with the
 * file and line. Files outside the corpus are left alone.
 */
import path from 'node:path';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Root } from 'mdast';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { pinpoint } from '../lib/citation.ts';
import { collectEids, StructureError, type ProvisionNode } from '../lib/provision-tree.ts';
import { groupByLabel, placeKey, type Connection } from '../lib/connections.ts';
import { analyseCorpusTree, CorpusError, ownAnchor, type Inline } from './corpus-file.ts';
import { linkText, targetCitation, targetHref, type CorpusAnchors } from './reference-links.ts';
import { absoluteUrl, provisionPath } from '../lib/urls.ts';
import { textUnitSchema, type TextUnit } from '../schemas/text-unit.ts';

/** Options of remark-provisions. */
export interface Options {
  /** Absolute path of the corpus folder; only files inside it are processed. */
  corpusDir: string;
  /** The site's origin, for the absolute permanent links printed on paper. */
  site: string;
  /** Every instrument's anchors, to turn in-text references into links. Default: no links. */
  anchors?: CorpusAnchors | undefined;
  /** What connects to each provision ("instrument#eid"), shown under it. Default: nothing. */
  connections?: ReadonlyMap<string, readonly Connection[]> | undefined;
}

/** An mdast node that carries ready-made HTML for remark-rehype. */
export interface ProvisionHtml {
  type: 'provisionHtml';
  position?: Position | undefined;
  data: { hName: string; hProperties: Element['properties']; hChildren: ElementContent[] };
}

declare module 'mdast' {
  interface RootContentMap {
    provisionHtml: ProvisionHtml;
  }
}

/** A text run with its references as links; every character stays where it was. */
function linkedText(value: string, source: string, context: RenderContext): ElementContent[] {
  if (!context.anchors) return [{ type: 'text', value }];
  return linkText(value, source, context.instrument, context.article, context.anchors).map((part): ElementContent =>
    typeof part === 'string' ? { type: 'text', value: part } : h('a', { className: ['ref'], href: targetHref(part.target), title: part.title }, part.text),
  );
}

function inlineToHast(nodes: Inline, source: string, context: RenderContext): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'text') return linkedText(node.value, source, context);
    if (node.type === 'emphasis') return [h('em', inlineToHast(node.children, source, context))];
    // checkInline has already rejected everything else.
    throw new Error(`unexpected inline node ${node.type}`);
  });
}

interface RenderContext {
  instrument: string;
  site: string;
  /** The article number, for references in an unnumbered article text. */
  article: number | undefined;
  /** The anchor of the file's own article or part, for text with no anchor of its own. */
  own: string;
  anchors: CorpusAnchors | undefined;
  connections: ReadonlyMap<string, readonly Connection[]> | undefined;
}

/** What connects to a provision, grouped by label; nothing when there is nothing. */
function connectionsOf(eid: string | undefined, context: RenderContext): ElementContent[] {
  const list = eid ? context.connections?.get(placeKey({ instrument: context.instrument, eid })) : undefined;
  if (!list?.length || !context.anchors) return [];
  const anchors = context.anchors;
  const groups = groupByLabel(list).map(({ label, others }) => {
    const links = others.flatMap((other, index): ElementContent[] => [...(index > 0 ? [{ type: 'text' as const, value: '; ' }] : []), h('a', { href: targetHref(other) }, targetCitation(other, anchors, context.instrument))]);
    return h('span', { className: ['connection'] }, [h('span', { className: ['connection-label'] }, `${label}:`), { type: 'text', value: ' ' }, ...links]);
  });
  return [h('small', { className: ['connections'], dataPagefindIgnore: 'all' }, groups)];
}

/** The permalink affordance: a plain link, so it works without JavaScript. */
function pin(eid: string, context: RenderContext): Element {
  return h('a', {
    className: ['pin'],
    href: `#${eid}`,
    ariaLabel: `Link to ${pinpoint(eid)}`,
    dataPermalink: absoluteUrl(context.site, provisionPath(context.instrument, eid)),
    dataPagefindIgnore: 'all',
  });
}

/** Attributes that make an element addressable and a place search results can land on. */
function anchorProperties(eid: string | undefined): Element['properties'] {
  return eid ? { id: eid, dataPagefindTitle: pinpoint(eid) } : {};
}

function labelled(node: ProvisionNode<Inline>, text: ElementContent[]): ElementContent[] {
  return node.label ? [h('span', { className: ['num'] }, node.label), { type: 'text', value: ' ' }, ...text] : text;
}

function renderText(node: ProvisionNode<Inline>, context: RenderContext, tag: 'li' | 'p', pinFor = node.eid): Element {
  const children = labelled(node, inlineToHast(node.inline ?? [], node.eid ?? context.own, context));
  return h(tag, { className: ['provision', node.role], ...anchorProperties(node.eid) }, [...(pinFor ? [pin(pinFor, context)] : []), ...children, ...connectionsOf(node.eid, context)]);
}

/** Renders a run of sibling nodes: intro and wrap as paragraphs, the numbered ones as one ordered list. */
function renderRun(nodes: readonly ProvisionNode<Inline>[], context: RenderContext, owner?: ProvisionNode<Inline>): Element[] {
  const out: Element[] = [];
  let list: Element | undefined;
  for (const node of nodes) {
    if (node.role === 'intro' || node.role === 'wrap' || node.role === 'content') {
      list = undefined;
      const isOwnersIntro = owner !== undefined && node.role === 'intro';
      // Rule: a paragraph's label and its link stand on its introductory words.
      const intro = isOwnersIntro ? { ...node, label: owner.label } : node;
      out.push(renderText(intro, context, 'p', isOwnersIntro ? owner.eid : node.eid));
      continue;
    }
    if (!list) {
      list = h('ol', { className: ['provisions', `${node.role}s`] });
      out.push(list);
    }
    list.children.push(renderNode(node, context));
  }
  return out;
}

function renderNode(node: ProvisionNode<Inline>, context: RenderContext): Element {
  if (node.children.length === 0) return renderText(node, context, 'li');
  const properties = { className: ['provision', node.role], ...anchorProperties(node.eid) };
  // Without introductory words the label and the link stand on a line of their own above the list.
  const bareLabel = node.label && node.children[0]?.role !== 'intro' ? [h('p', { className: ['label-only'] }, [...(node.eid ? [pin(node.eid, context)] : []), h('span', { className: ['num'] }, node.label)])] : [];
  return h('li', properties, [...bareLabel, ...renderRun(node.children, context, node), ...connectionsOf(node.eid, context)]);
}

function readFrontmatter(file: VFile): TextUnit {
  const astro = file.data['astro'] as { frontmatter?: unknown } | undefined;
  const parsed = textUnitSchema.safeParse(astro?.frontmatter);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CorpusError(`frontmatter field "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'invalid'}`, 1);
  }
  return parsed.data;
}

/** The plugin. */
export default function remarkProvisions(options: Options) {
  const corpusDir = path.resolve(options.corpusDir);
  return function transform(tree: Root, file: VFile): void {
    const filePath = file.path ? path.resolve(file.path) : '';
    if (!filePath.startsWith(corpusDir + path.sep)) return;
    try {
      const unit = readFrontmatter(file);
      const nodes = analyseCorpusTree(tree, unit);
      const article = unit.kind === 'article' ? unit.number : undefined;
      const context: RenderContext = { instrument: unit.instrument, site: options.site, article, own: ownAnchor(unit), anchors: options.anchors, connections: options.connections };
      tree.children = renderRun(nodes, context).map((element) => ({
        type: 'provisionHtml',
        data: { hName: element.tagName, hProperties: element.properties, hChildren: element.children },
      }));
      const astro = (file.data['astro'] ??= {}) as { frontmatter?: Record<string, unknown> };
      // Exposed to pages as remarkPluginFrontmatter.anchors: the ids this file publishes.
      astro.frontmatter = { ...astro.frontmatter, anchors: collectEids(nodes) };
    } catch (error) {
      if (error instanceof CorpusError || error instanceof StructureError) {
        file.fail(error.message, { place: { line: error.line, column: 1 }, source: 'remark-provisions' });
      }
      throw error;
    }
  };
}
