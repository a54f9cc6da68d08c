/**
 * Turning the references in a provision's text into links, without changing a character of it.
 * Shared by the corpus check (which reports every reference and stops on a dangling one) and by
 * remark-provisions (which renders the links).
 */
import type { PhrasingContent } from 'mdast';
import { citation, pinpoint } from '../lib/citation.ts';
import type { ProvisionNode } from '../lib/provision-tree.ts';
import { contextOf, findReferences, resolveTarget, type FoundReference, type Resolution, type Target } from '../lib/references.ts';
import { provisionPath, instrumentPath } from '../lib/urls.ts';
import type { Inline } from './corpus-file.ts';

/** What the linker must know of the corpus: each instrument's anchors and the instrument it supplements. */
export interface CorpusAnchors {
  readonly instruments: Readonly<Record<string, { readonly parent?: string | undefined; readonly citationName: string; readonly anchors: readonly string[] }>>;
}

/** One link span of a reference, resolved or not. */
export interface ResolvedLink {
  /** The words that carry the link (empty for the inner items of a range). */
  readonly words: string;
  readonly resolution: Resolution;
}

/** A reference found in the corpus, with where it stands and what became of it. */
export interface ReferenceRecord {
  readonly instrument: string;
  /** Anchor of the provision it stands in (undefined for an unnumbered article text: see `article`). */
  readonly source: string;
  readonly line: number;
  readonly text: string;
  readonly links: readonly ResolvedLink[];
}

/** The href of a resolved target. */
export function targetHref(target: Target): string {
  return target.eid ? provisionPath(target.instrument, target.eid) : instrumentPath(target.instrument);
}

/** The citation of a resolved target; within `here` (the instrument being read) the pinpoint alone. */
export function targetCitation(target: Target, anchors: CorpusAnchors, here?: string): string {
  const name = anchors.instruments[target.instrument]?.citationName ?? target.instrument;
  if (!target.eid) return name;
  return target.instrument === here ? pinpoint(target.eid) : citation(name, target.eid);
}

function existsIn(anchors: CorpusAnchors) {
  const sets = new Map(Object.entries(anchors.instruments).map(([slug, entry]) => [slug, new Set(entry.anchors)]));
  return ({ instrument, eid }: Target): boolean => {
    const set = sets.get(instrument);
    return set !== undefined && (eid === undefined || set.has(eid));
  };
}

/** A text split into plain runs and linked references. */
export type LinkedPart = string | { readonly text: string; readonly target: Target; readonly title: string };

/** Finds and resolves the references of one run of text. */
export function resolveText(value: string, source: string, instrument: string, article: number | undefined, anchors: CorpusAnchors): { references: FoundReference[]; resolved: ResolvedLink[][] } {
  const exists = existsIn(anchors);
  const context = contextOf(source, instrument, anchors.instruments[instrument]?.parent, article);
  const references = findReferences(value);
  const resolved = references.map((reference) =>
    reference.links.map((link) => ({ words: value.slice(link.start, link.end), resolution: resolveTarget(link.target, reference.scope, context, exists) })),
  );
  return { references, resolved };
}

/** Splits a text into plain runs and links, leaving every character where it was. */
export function linkText(value: string, source: string, instrument: string, article: number | undefined, anchors: CorpusAnchors): LinkedPart[] {
  const { references, resolved } = resolveText(value, source, instrument, article, anchors);
  const parts: LinkedPart[] = [];
  let at = 0;
  references.forEach((reference, index) => {
    reference.links.forEach((link, linkIndex) => {
      const resolution = resolved[index]?.[linkIndex]?.resolution;
      if (!resolution?.ok || link.end <= link.start) return;
      if (link.start > at) parts.push(value.slice(at, link.start));
      parts.push({ text: value.slice(link.start, link.end), target: resolution.target, title: targetCitation(resolution.target, anchors) });
      at = link.end;
    });
  });
  if (at < value.length) parts.push(value.slice(at));
  return parts;
}

function textRuns(inline: readonly PhrasingContent[]): { value: string; line: number }[] {
  return inline.flatMap((node) => {
    if (node.type === 'text') return [{ value: node.value, line: node.position?.start.line ?? 1 }];
    if (node.type === 'emphasis') return textRuns(node.children);
    return [];
  });
}

/** Every reference in a file's provisions, resolved. `own` is the anchor of the file's article or part. */
export function referencesOf(nodes: readonly ProvisionNode<Inline>[], own: string, instrument: string, article: number | undefined, anchors: CorpusAnchors): ReferenceRecord[] {
  return nodes.flatMap((node) => {
    const source = node.eid ?? own;
    const here = textRuns(node.inline ?? []).flatMap(({ value, line }) => {
      const { references, resolved } = resolveText(value, source, instrument, article, anchors);
      return references.map((reference, index) => ({ instrument, source, line, text: reference.text, links: resolved[index] ?? [] }));
    });
    return [...here, ...referencesOf(node.children, own, instrument, article, anchors)];
  });
}

/** Counts and the unlinked references with their reasons, for the build's report. */
export function referenceReport(records: readonly ReferenceRecord[]): { found: number; linked: number; unlinked: { where: string; text: string; reason: string }[] } {
  const unlinked = records.flatMap((record) =>
    record.links.flatMap((link) => (link.resolution.ok ? [] : [{ where: `${record.instrument} ${pinpoint(record.source)}`, text: record.text, reason: link.resolution.reason }])),
  );
  const linked = records.filter((record) => record.links.every((link) => link.resolution.ok)).length;
  return { found: records.length, linked, unlinked };
}
