/**
 * The structure of one corpus text file (an article, a preamble, a testimonium): which
 * components may stand where, and the anchor id each provision receives from its numbering.
 * Pure and independent of the Markdown tree: the remark plugin feeds it blocks and renders what
 * it returns. `I` is the inline content (kept opaque here).
 */
import { CorpusError } from './corpus-error.ts';
import { childEid, formatEid } from './eid.ts';
import { NumberingError, parseSequence, type NumberingStyle } from './numbering.ts';

/** The kinds of corpus text file. */
export type UnitKind = 'article' | 'preamble' | 'conclusions';

/** A component as written in the corpus, reduced to what the structure needs. */
export interface Block<I> {
  /** Component name, e.g. "Para". */
  readonly name: string;
  /** Attributes with string values (other values are rejected before this point). */
  readonly attributes: Readonly<Record<string, string>>;
  /** Line in the source file, for error messages. */
  readonly line: number;
  /** Nested components; empty when the block holds text. */
  readonly blocks: readonly Block<I>[];
  /** The text of the block, or undefined when it holds nested components. */
  readonly inline: I | undefined;
}

/** What a node is, in the vocabulary of the anchor scheme. */
export type Role = 'para' | 'point' | 'recital' | 'intro' | 'wrap';

/** A provision with its anchor id, ready to render. */
export interface ProvisionNode<I> {
  /** What it is. */
  readonly role: Role;
  /** Anchor id; absent only for the single unnumbered paragraph of an article or testimonium. */
  readonly eid: string | undefined;
  /** The label as printed ("1.", "(a)"); absent for unnumbered text and recitals. */
  readonly label: string | undefined;
  /** The text, when the node holds text. */
  readonly inline: I | undefined;
  /** Introductory words, points and closing words, when the node holds a list. */
  readonly children: readonly ProvisionNode<I>[];
  /** Line in the source file. */
  readonly line: number;
}

/** The components allowed in corpus text, by the kind of file. */
export const ALLOWED_COMPONENTS: Readonly<Record<UnitKind, readonly string[]>> = {
  article: ['Para', 'Intro', 'Point', 'Wrap'],
  preamble: ['Intro', 'Recital', 'Wrap'],
  conclusions: ['Para'],
};

const ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  Para: ['num'],
  Point: ['num'],
  Recital: ['n'],
  Intro: [],
  Wrap: [],
};

function checkComponent<I>(block: Block<I>, allowed: readonly string[], where: string): void {
  if (!allowed.includes(block.name)) {
    throw new CorpusError(
      `<${block.name}> is not allowed ${where}; expected one of ${allowed.map((n) => `<${n}>`).join(', ')}`,
      block.line,
    );
  }
  const known = ATTRIBUTES[block.name] ?? [];
  for (const name of Object.keys(block.attributes)) {
    if (!known.includes(name)) {
      throw new CorpusError(`<${block.name}> has an unknown attribute "${name}"`, block.line);
    }
  }
}

function textOf<I>(block: Block<I>): I {
  if (block.inline === undefined || block.blocks.length > 0) {
    throw new CorpusError(`<${block.name}> must contain text only`, block.line);
  }
  return block.inline;
}

function numbered<I>(
  blocks: readonly Block<I>[],
  attribute: string,
  what: string,
): { block: Block<I>; label: string; token: string; style: NumberingStyle }[] {
  const labels = blocks.map((block) => {
    const label = block.attributes[attribute];
    if (label === undefined) throw new CorpusError(`<${block.name}> needs a ${attribute}="..." attribute`, block.line);
    return label;
  });
  // Check the numbering one label at a time so the error names the block that breaks it.
  return blocks.map((block, index) => {
    try {
      const sequence = parseSequence(labels.slice(0, index + 1));
      const last = sequence.at(-1);
      return { block, label: labels[index] ?? '', token: last?.token ?? '', style: last?.style ?? 'arabic' };
    } catch (error) {
      if (error instanceof NumberingError) throw new CorpusError(`${what} numbering: ${error.message}`, block.line);
      throw error;
    }
  });
}

/**
 * Reads a run of blocks that forms a list with optional introductory and closing words:
 * Intro? Point+ Wrap? (or Intro? Recital+ Wrap? in a preamble).
 */
function buildList<I>(
  blocks: readonly Block<I>[],
  parent: string | undefined,
  item: 'Point' | 'Recital',
  requireIntro: boolean,
  line: number,
): ProvisionNode<I>[] {
  const first = blocks[0];
  const last = blocks.at(-1);
  const intro = first?.name === 'Intro' ? first : undefined;
  const wrap = last?.name === 'Wrap' && blocks.length > 1 ? last : undefined;
  const items = blocks.slice(intro ? 1 : 0, wrap ? -1 : undefined);
  if (requireIntro && !intro)
    throw new CorpusError(`a list of <${item}> needs its introductory words in <Intro> first`, first?.line ?? line);
  if (items.length === 0) throw new CorpusError(`expected at least one <${item}>`, first?.line ?? line);
  for (const block of items) {
    if (block.name !== item) {
      const misplaced = block.name === 'Intro' || block.name === 'Wrap';
      throw new CorpusError(
        misplaced
          ? `<${block.name}> must come ${block.name === 'Intro' ? 'first' : 'last'} in its list`
          : `expected <${item}>, found <${block.name}>`,
        block.line,
      );
    }
  }
  const nodes: ProvisionNode<I>[] = [];
  if (intro) nodes.push(textNode(intro, 'intro', childEid(parent, { kind: 'intro' })));
  if (item === 'Recital') {
    for (const { block, token } of numbered(items, 'n', 'recital')) {
      nodes.push({
        role: 'recital',
        eid: childEid(parent, { kind: 'recital', token }),
        label: undefined,
        inline: textOf(block),
        children: [],
        line: block.line,
      });
    }
  } else {
    for (const { block, label, token, style } of numbered(items, 'num', 'point')) {
      // Items printed with a dash are indents (AKN "indent"), counted in order: art_32__indent_1.
      nodes.push(buildNumbered(block, 'point', label, childEid(parent, { kind: style === 'indent' ? 'indent' : 'point', token })));
    }
  }
  if (wrap) nodes.push(textNode(wrap, 'wrap', childEid(parent, { kind: 'wrap' })));
  return nodes;
}

function textNode<I>(block: Block<I>, role: 'intro' | 'wrap', eid: string | undefined): ProvisionNode<I> {
  return { role, eid, label: undefined, inline: textOf(block), children: [], line: block.line };
}

/** A paragraph or point: either text, or a list with its introductory and closing words. */
function buildNumbered<I>(block: Block<I>, role: 'para' | 'point', label: string | undefined, eid: string | undefined): ProvisionNode<I> {
  if (block.blocks.length === 0) {
    return { role, eid, label, inline: textOf(block), children: [], line: block.line };
  }
  if (block.inline !== undefined) throw new CorpusError(`<${block.name}> mixes text with nested components`, block.line);
  for (const child of block.blocks) checkComponent(child, ['Intro', 'Point', 'Wrap'], `inside <${block.name}>`);
  // A numbered item may open straight onto its list, as article 6(1)(a) of the Convention does.
  return { role, eid, label, inline: undefined, children: buildList(block.blocks, eid, 'Point', false, block.line), line: block.line };
}

function buildArticle<I>(blocks: readonly Block<I>[], article: string): ProvisionNode<I>[] {
  for (const block of blocks) checkComponent(block, ALLOWED_COMPONENTS.article, 'in an article');
  const only = blocks.length === 1 ? blocks[0] : undefined;
  if (only?.name === 'Para' && only.attributes['num'] === undefined) {
    // Rule: an article whose text is one unnumbered paragraph is addressed by the article's own id.
    return [buildNumbered(only, 'para', undefined, undefined)];
  }
  if (blocks.some((block) => block.name === 'Para')) {
    const stray = blocks.find((block) => block.name !== 'Para');
    if (stray) throw new CorpusError(`<${stray.name}> cannot stand beside numbered paragraphs; put it inside a <Para>`, stray.line);
    return numbered(blocks, 'num', 'paragraph').map(({ block, label, token }) =>
      buildNumbered(block, 'para', label, childEid(article, { kind: 'para', token })),
    );
  }
  // Rule: a lettered list directly under an article takes ids art_N__intro, art_N__point_a.
  return buildList(blocks, article, 'Point', true, blocks[0]?.line ?? 1);
}

/**
 * Builds the provision tree of one corpus file. `article` is the article number for articles.
 * Throws CorpusError with the line of the offending component.
 */
export function buildProvisionTree<I>(kind: UnitKind, blocks: readonly Block<I>[], article?: number): ProvisionNode<I>[] {
  if (blocks.length === 0) throw new CorpusError(`the ${kind} has no text`, 1);
  switch (kind) {
    case 'article': {
      if (article === undefined) throw new CorpusError('an article needs its number', 1);
      return buildArticle(blocks, formatEid([{ kind: 'art', token: String(article) }]));
    }
    case 'preamble': {
      for (const block of blocks) checkComponent(block, ALLOWED_COMPONENTS.preamble, 'in a preamble');
      return buildList(blocks, 'preamble', 'Recital', false, 1);
    }
    case 'conclusions': {
      for (const block of blocks) checkComponent(block, ALLOWED_COMPONENTS.conclusions, 'in a testimonium');
      const numberedBlock = blocks.find((block) => block.attributes['num'] !== undefined);
      if (numberedBlock) throw new CorpusError('a testimonium is not numbered', numberedBlock.line);
      // Rule: one paragraph is addressed by "conclusions" itself; several are counted, conclusions__para_1, _2.
      if (blocks.length === 1) return blocks.map((block) => buildNumbered(block, 'para', undefined, undefined));
      return blocks.map((block, index) =>
        buildNumbered(block, 'para', undefined, childEid('conclusions', { kind: 'para', token: String(index + 1) })),
      );
    }
  }
}

/** Every anchor id in a provision tree, in document order. */
export function collectEids<I>(nodes: readonly ProvisionNode<I>[]): string[] {
  return nodes.flatMap((node) => [...(node.eid ? [node.eid] : []), ...collectEids(node.children)]);
}
