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
import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { pinpoint } from '../lib/citation.ts';
import { buildProvisionTree, collectEids, StructureError, type Block, type ProvisionNode } from '../lib/provision-tree.ts';
import { absoluteUrl, provisionPath } from '../lib/urls.ts';
import { textUnitSchema, type TextUnit } from '../schemas/text-unit.ts';

/** Options of remark-provisions. */
export interface Options {
  /** Absolute path of the corpus folder; only files inside it are processed. */
  corpusDir: string;
  /** The site's origin, for the absolute permanent links printed on paper. */
  site: string;
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

type Inline = PhrasingContent[];
type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/** Thrown for a corpus mistake that has a line; converted to a file message by the plugin. */
class CorpusError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

function lineOf(node: { position?: { start: { line: number } } | undefined }): number {
  return node.position?.start.line ?? 1;
}

const isBlank = (node: PhrasingContent): boolean => node.type === 'text' && node.value.trim() === '';
const isJsx = (node: RootContent | PhrasingContent): node is Jsx =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

const FLOW = new Set(['heading', 'list', 'blockquote', 'code', 'thematicBreak', 'table', 'mdxFlowExpression', 'mdxjsEsm']);
const isFlow = (node: RootContent | PhrasingContent): boolean => FLOW.has(node.type);

function describe(node: RootContent | PhrasingContent): string {
  switch (node.type) {
    case 'mdxjsEsm':
      return 'an import or export (corpus files are data: no imports, exports or JavaScript)';
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return 'a JavaScript expression in braces (corpus files are data: write literal text)';
    case 'html':
      return 'raw HTML (use the corpus components)';
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return `<${node.name ?? ''}>, which is not a corpus component allowed here`;
    default:
      return `Markdown "${node.type}" outside a provision component`;
  }
}

function toAttributes(node: Jsx): Record<string, string> {
  const out: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') {
      throw new CorpusError(`<${node.name ?? ''}> has an attribute that is not a plain string (JavaScript is not allowed in corpus files)`, lineOf(node));
    }
    out[attribute.name] = attribute.value;
  }
  return out;
}

const ALLOWED_INLINE = new Set(['text', 'emphasis']);

function checkInline(nodes: readonly PhrasingContent[]): Inline {
  for (const node of nodes) {
    if (!ALLOWED_INLINE.has(node.type)) throw new CorpusError(`found ${describe(node)} inside the text`, lineOf(node));
    if (node.type === 'emphasis') checkInline(node.children);
  }
  return [...nodes];
}

/** A paragraph made only of components (and the spaces between them) is a list of blocks. */
function componentsOnly(nodes: readonly PhrasingContent[]): Jsx[] | undefined {
  const kept = nodes.filter((node) => !isBlank(node));
  return kept.length > 0 && kept.every(isJsx) ? (kept as Jsx[]) : undefined;
}

function toBlock(node: Jsx): Block<Inline> {
  const name = node.name ?? '';
  if (name === '') throw new CorpusError('a fragment (<>...</>) is not a corpus component', lineOf(node));
  const attributes = toAttributes(node);
  const children = node.children as (RootContent | PhrasingContent)[];
  const nested = children.flatMap((child): Jsx[] | undefined => {
    if (isJsx(child)) return [child];
    if (child.type === 'paragraph') return componentsOnly(child.children);
    if (child.type === 'text' && child.value.trim() === '') return [];
    return undefined;
  });
  if (children.length > 0 && nested.every((item) => item !== undefined) && nested.flat().length > 0) {
    return { name, attributes, line: lineOf(node), blocks: nested.flat().map(toBlock), inline: undefined };
  }
  // Otherwise the component holds text: directly (one-line form) or as one paragraph (flow form).
  const only = children.length === 1 ? children[0] : undefined;
  const phrasing = only?.type === 'paragraph'
    ? only.children
    : children.every((child) => child.type !== 'paragraph' && !isFlow(child)) ? (children as PhrasingContent[]) : undefined;
  if (phrasing === undefined) {
    const odd = children.find((child) => child.type !== 'paragraph');
    throw new CorpusError(odd ? `found ${describe(odd)} inside <${name}>` : `<${name}> must hold one paragraph of text`, odd ? lineOf(odd) : lineOf(node));
  }
  const inline = checkInline(phrasing);
  if (inline.length === 0) throw new CorpusError(`<${name}> is empty`, lineOf(node));
  return { name, attributes, line: lineOf(node), blocks: [], inline };
}

/** Reads the top level of a corpus file into blocks, rejecting anything that is not a component. */
export function readBlocks(tree: Root): Block<Inline>[] {
  return tree.children.flatMap((node): Block<Inline>[] => {
    if (node.type === 'yaml') return [];
    if (isJsx(node)) return [toBlock(node)];
    if (node.type === 'paragraph') {
      const jsx = componentsOnly(node.children);
      if (jsx) return jsx.map(toBlock);
      const odd = node.children.find((child) => !isBlank(child) && !isJsx(child));
      throw new CorpusError(`found ${describe(odd?.type === 'text' ? node : (odd ?? node))}`, lineOf(odd ?? node));
    }
    throw new CorpusError(`found ${describe(node)}`, lineOf(node));
  });
}

function inlineToHast(nodes: Inline): ElementContent[] {
  return nodes.map((node): ElementContent => {
    if (node.type === 'text') return { type: 'text', value: node.value };
    if (node.type === 'emphasis') return h('em', inlineToHast(node.children));
    // checkInline has already rejected everything else.
    throw new Error(`unexpected inline node ${node.type}`);
  });
}

interface RenderContext {
  instrument: string;
  site: string;
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
  const children = labelled(node, inlineToHast(node.inline ?? []));
  return h(tag, { className: ['provision', node.role], ...anchorProperties(node.eid) }, [...(pinFor ? [pin(pinFor, context)] : []), ...children]);
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
  return h('li', properties, renderRun(node.children, context, node));
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
      const nodes = buildProvisionTree(unit.kind, readBlocks(tree), unit.kind === 'article' ? unit.number : undefined);
      const context: RenderContext = { instrument: unit.instrument, site: options.site };
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
