/**
 * Resolving the in-text references of the corpus once, over the whole model: each run of text gets
 * its links (offsets into the run, so no character changes), and each reference gets a record for
 * the build's report and the dangling-reference check.
 */
import { pinpoint } from '../lib/citation.ts';
import { findMentions, type Mentionable } from '../lib/mentions.ts';
import { contextOf, findReferences, resolveTarget, type InstrumentName, type Target } from '../lib/references.ts';
import type { InlineNode, InstrumentNames, Provision, ReferenceRecord, TextLink } from './model.ts';

/** What resolving needs to know of the corpus: the instruments and the anchors of each. */
export interface AnchorIndex {
  /** Citation names and parents by instrument. */
  readonly names: InstrumentNames;
  /** Anchors by instrument. */
  readonly anchors: ReadonlyMap<string, ReadonlySet<string>>;
  /** The registered documents, whose mentions become links too. Default: none. */
  readonly documents?: readonly Mentionable[];
}

/** Where a text stands, for resolving what is relative in its references. */
interface Where {
  readonly instrument: string;
  readonly file: string;
  /** The text file's own anchor ("art_5"), for text with no anchor of its own. */
  readonly own: string;
  /** Article number, for articles. */
  readonly article: number | undefined;
}

/** Every title by which texts name an instrument of the corpus. */
function titlesOf(names: InstrumentNames): InstrumentName[] {
  return Object.entries(names).flatMap(([instrument, entry]) => (entry.namedInTextsAs ?? []).map((name) => ({ name, instrument })));
}

function resolveRun(
  value: string,
  line: number,
  source: string,
  where: Where,
  index: AnchorIndex,
): { links: TextLink[]; records: ReferenceRecord[] } {
  const exists = ({ instrument, eid }: Target): boolean => {
    const set = index.anchors.get(instrument);
    return set !== undefined && (eid === undefined || set.has(eid));
  };
  const context = contextOf(source, where.instrument, index.names[where.instrument]?.supplements, where.article);
  const links: TextLink[] = [];
  const records = findReferences(value, titlesOf(index.names)).map((reference): ReferenceRecord => ({
    instrument: where.instrument,
    file: where.file,
    source,
    line,
    text: reference.text,
    links: reference.links.map((span) => {
      const resolution = resolveTarget(span.target, reference.scope, context, exists);
      // An empty span is an inner item of a range: a target, not words that carry a link.
      if (resolution.ok && span.end > span.start) links.push({ start: span.start, end: span.end, target: resolution.target });
      return resolution.ok
        ? { words: value.slice(span.start, span.end), target: resolution.target, reason: undefined, dangling: false }
        : { words: value.slice(span.start, span.end), target: undefined, reason: resolution.reason, dangling: resolution.dangling };
    }),
  }));
  // Mentions of registered documents ("General Assembly resolution 53/111") link to their pages, where no reference stands.
  for (const mention of findMentions(value, index.documents ?? [])) {
    if (!links.some((link) => link.start < mention.end && mention.start < link.end))
      links.push({ start: mention.start, end: mention.end, document: mention.symbol });
  }
  links.sort((a, b) => a.start - b.start);
  return { links, records };
}

function resolveInline(
  nodes: readonly InlineNode[],
  source: string,
  where: Where,
  index: AnchorIndex,
  records: ReferenceRecord[],
): InlineNode[] {
  return nodes.map((node) => {
    if (node.type === 'emphasis') return { ...node, children: resolveInline(node.children, source, where, index, records) };
    const resolved = resolveRun(node.value, node.line, source, where, index);
    records.push(...resolved.records);
    return { ...node, links: resolved.links };
  });
}

/**
 * The provisions of one text with their links resolved, and the record of every reference in
 * them, in document order.
 */
export function resolveReferences(
  provisions: readonly Provision[],
  where: Where,
  index: AnchorIndex,
): { provisions: Provision[]; records: ReferenceRecord[] } {
  const records: ReferenceRecord[] = [];
  const walk = (nodes: readonly Provision[]): Provision[] =>
    nodes.map((node) => {
      const source = node.eid ?? where.own;
      const inline = node.inline === undefined ? undefined : resolveInline(node.inline, source, where, index, records);
      return { ...node, inline, children: walk(node.children) };
    });
  return { provisions: walk(provisions), records };
}

/** Counts and the unlinked references with their reasons, for the build's report. */
export function referenceReport(records: readonly ReferenceRecord[]): {
  found: number;
  linked: number;
  unlinked: { where: string; text: string; reason: string }[];
} {
  // One line per reason of each reference: a range of 22 articles that all stay unlinked for one reason is one line.
  const unlinked = records.flatMap((record) =>
    [...new Set(record.links.filter((link) => !link.target).map((link) => link.reason ?? ''))].map((reason) => ({
      where: `${record.instrument} ${pinpoint(record.source)}`,
      text: record.text,
      reason,
    })),
  );
  const linked = records.filter((record) => record.links.every((link) => link.target !== undefined)).length;
  return { found: records.length, linked, unlinked };
}
