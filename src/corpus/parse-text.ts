/**
 * Reading the body of a corpus text file: MDX syntax (the only parser configuration the project
 * uses for corpus files), reduced to the allowlisted components, then to the provision tree with
 * its anchor ids and its inline text. Anything else stops with the line it stands on.
 */
import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFileMessage } from 'vfile-message';
import { CorpusError } from '../lib/corpus-error.ts';
import { childEid } from '../lib/eid.ts';
import { buildProvisionTree, type Block, type ProvisionNode } from '../lib/provision-tree.ts';
import type { TextUnit } from '../schemas/text-unit.ts';
import type { InlineNode, Provision } from './model.ts';

type Inline = PhrasingContent[];
type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

function lineOf(node: { position?: { start: { line: number } } | undefined }): number {
  return node.position?.start.line ?? 1;
}

const isBlank = (node: PhrasingContent): boolean => node.type === 'text' && node.value.trim() === '';
const isJsx = (node: RootContent | PhrasingContent): node is Jsx => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

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
      throw new CorpusError(
        `<${node.name ?? ''}> has an attribute that is not a plain string (JavaScript is not allowed in corpus files)`,
        lineOf(node),
      );
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
  const phrasing =
    only?.type === 'paragraph'
      ? only.children
      : children.every((child) => child.type !== 'paragraph' && !isFlow(child))
        ? (children as PhrasingContent[])
        : undefined;
  if (phrasing === undefined) {
    const odd = children.find((child) => child.type !== 'paragraph');
    throw new CorpusError(
      odd ? `found ${describe(odd)} inside <${name}>` : `<${name}> must hold one paragraph of text`,
      odd ? lineOf(odd) : lineOf(node),
    );
  }
  const inline = checkInline(phrasing);
  if (inline.length === 0) throw new CorpusError(`<${name}> is empty`, lineOf(node));
  return { name, attributes, line: lineOf(node), blocks: [], inline };
}

/** Reads the top level of a corpus file into blocks, rejecting anything that is not a component. */
function readBlocks(tree: Root): Block<Inline>[] {
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

function toInline(nodes: Inline): InlineNode[] {
  return nodes.flatMap((node): InlineNode[] => {
    if (node.type === 'text') return [{ type: 'text', value: node.value, line: lineOf(node), links: [] }];
    if (node.type === 'emphasis') return [{ type: 'emphasis', children: toInline(node.children) }];
    // checkInline has already refused everything else.
    return [];
  });
}

function toProvision(node: ProvisionNode<Inline>): Provision {
  return { ...node, inline: node.inline === undefined ? undefined : toInline(node.inline), children: node.children.map(toProvision) };
}

const parser = unified().use(remarkParse).use(remarkMdx);

// Counted on the global object, which every module graph of the build shares (see load.ts).
const PARSES = Symbol.for('palermo-corpus.parses');
const counter = globalThis as typeof globalThis & { [PARSES]?: number };

/** How many text bodies this process has parsed: the build reports it to show each file is parsed once. */
export function parseCount(): number {
  return counter[PARSES] ?? 0;
}

/** The deepest nesting a treaty needs is a point in a point in a point in a paragraph; this leaves room. */
const MAX_NESTING = 12;

/**
 * Refuses tags nested deeper than any treaty nests its provisions, before the parser (which
 * recurses) meets them: a pathological file gets a message with its line, not a stack overflow.
 */
function checkNesting(body: string): void {
  let depth = 0;
  for (const match of body.matchAll(/<(\/?)[A-Za-z][^<>]*?(\/?)>/g)) {
    if (match[2]) continue;
    depth += match[1] ? -1 : 1;
    if (depth > MAX_NESTING) {
      const line = body.slice(0, match.index).split('\n').length;
      throw new CorpusError(`components are nested more than ${MAX_NESTING} deep; no treaty text needs that many levels`, line);
    }
  }
}

/**
 * The provisions of a text file's body (frontmatter lines blanked, so lines hold). Throws
 * CorpusError with the line of the mistake; links are resolved later, over the whole corpus.
 */
export function parseTextBody(body: string, unit: TextUnit): Provision[] {
  counter[PARSES] = parseCount() + 1;
  checkNesting(body);
  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch (error) {
    if (!(error instanceof VFileMessage)) throw error;
    const hint = /expression/i.test(error.reason) ? ' (braces start a JavaScript expression, which corpus files may not contain)' : '';
    throw new CorpusError(`the MDX does not parse: ${error.reason}${hint}`, error.line ?? 1, error.column ?? undefined);
  }
  const blocks = readBlocks(tree);
  if (unit.kind === 'article' && unit.notReproduced !== undefined) {
    if (blocks[0])
      throw new CorpusError('the article says its text is not reproduced (notReproduced), but the file holds text', blocks[0].line);
    return [];
  }
  return buildProvisionTree(unit.kind, blocks, unit.kind === 'article' ? unit.number : undefined).map(toProvision);
}

/** The anchor a text file itself stands at on the site (the article, preamble or testimonium). */
export function ownAnchor(unit: TextUnit): string {
  return unit.kind === 'article' ? childEid(undefined, { kind: 'art', token: String(unit.number) }) : unit.kind;
}
