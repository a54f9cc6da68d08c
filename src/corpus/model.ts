/**
 * The corpus model: everything the site, the checks and the exports know of the corpus, read once
 * per build by `readCorpus`. Plain data only (no classes, maps or functions), so that Astro's
 * content store can hold it and every page, export and test reads the same thing.
 */
import type { Connection, Place } from '../lib/connections.ts';
import type { PlacedDivision } from '../lib/divisions.ts';
import type { Role, UnitKind } from '../lib/provision-tree.ts';
import type { Target } from '../lib/references.ts';
import type { Instrument } from '../schemas/instrument.ts';
import type { Relation } from '../schemas/relation.ts';
import type { Theme } from '../schemas/theme.ts';
import type { HistoryModel } from './read-history.ts';
import type { ArticleCommentary } from '../schemas/commentary.ts';

/**
 * A link laid over a run of authentic text; the characters themselves are never changed. It
 * points at a provision or instrument (`target`) or at a registered document (`document`).
 */
export type TextLink = {
  /** Offset of the first linked character in the run. */
  readonly start: number;
  /** Offset after the last linked character. */
  readonly end: number;
} & ({ readonly target: Target; readonly document?: undefined } | { readonly document: string; readonly target?: undefined });

/** Inline content of a provision: runs of text, and italics where the authentic text has them. */
export type InlineNode =
  | { readonly type: 'text'; readonly value: string; readonly line: number; readonly links: readonly TextLink[] }
  | { readonly type: 'emphasis'; readonly children: readonly InlineNode[] };

/** A provision as printed: a paragraph, point, recital, introductory or closing words. */
export interface Provision {
  /** What it is, in the vocabulary of the anchor scheme. */
  readonly role: Role;
  /** Anchor id; absent only for the single unnumbered paragraph of an article or testimonium. */
  readonly eid: string | undefined;
  /** The label as printed ("1.", "(a)"); absent for unnumbered text and recitals. */
  readonly label: string | undefined;
  /** Its own words, when it holds text. */
  readonly inline: readonly InlineNode[] | undefined;
  /** Introductory words, points and closing words, when it holds a list. */
  readonly children: readonly Provision[];
  /** Line in the source file. */
  readonly line: number;
}

/** One corpus text file: an article, the preamble or the testimonium. */
export interface TextFile {
  /** Path from the project root, e.g. "corpus/trafficking-protocol/articles/03.mdx". */
  readonly file: string;
  /** Which kind of text. */
  readonly kind: UnitKind;
  /** The anchor the text itself stands at: "art_3", "preamble" or "conclusions". */
  readonly eid: string;
  /** Its provisions in order. */
  readonly provisions: readonly Provision[];
  /** What of its wording could not be confirmed, when anything could not. */
  readonly unconfirmed?: string | undefined;
  /** Our note on its wording (e.g. an amendment), if any. */
  readonly note?: string | undefined;
  /** Why its text is not reproduced, when it is not. */
  readonly notReproduced?: string | undefined;
}

/** An article with its number, heading and place among the divisions. */
export interface Article extends TextFile {
  /** Always "article". */
  readonly kind: 'article';
  /** Article number. */
  readonly number: number;
  /** Heading as printed, if any. */
  readonly heading: string | undefined;
  /** The divisions it stands in, outermost first. */
  readonly divisions: readonly PlacedDivision[];
}

/** An instrument with its metadata and its texts in reading order. */
export interface InstrumentModel {
  /** Folder name and URL segment. */
  readonly slug: string;
  /** Path of its metadata file from the project root. */
  readonly file: string;
  /** Metadata as validated. */
  readonly meta: Instrument;
  /** Every division, depth first, with its anchor. */
  readonly divisions: readonly PlacedDivision[];
  /** The preamble, if it has one. */
  readonly preamble: TextFile | undefined;
  /** Articles in number order. */
  readonly articles: readonly Article[];
  /** The testimonium, if it has one. */
  readonly conclusions: TextFile | undefined;
}

/** A reference found in the authentic text, and what became of each of its links. */
export interface ReferenceRecord {
  /** The instrument it stands in. */
  readonly instrument: string;
  /** Path of the file it stands in. */
  readonly file: string;
  /** Anchor of the provision it stands in. */
  readonly source: string;
  /** Line in the file. */
  readonly line: number;
  /** The words of the reference. */
  readonly text: string;
  /** Each link span, resolved or not. */
  readonly links: readonly {
    readonly words: string;
    readonly target: Target | undefined;
    /** Why it is not linked, when it is not. */
    readonly reason: string | undefined;
    /** True when the words name a provision that does not exist. */
    readonly dangling: boolean;
  }[];
}

/** A note attached to a provision from another layer (interpretative notes, drafting history). */
export interface Annotation {
  /** The layer it belongs to. */
  readonly layer: string;
  /** Where it is stored. */
  readonly file: string;
}

/** The whole corpus. */
export interface CorpusModel {
  /** SHA-256 of every corpus file, in path order: the corpus version the exports name. */
  readonly digest: string;
  /** Instruments, oldest adoption first. */
  readonly instruments: readonly InstrumentModel[];
  /** Every reference in the authentic texts. */
  readonly references: readonly ReferenceRecord[];
  /** The typed relations declared in corpus/relations.yaml. */
  readonly relations: readonly Relation[];
  /** The comparison themes of corpus/themes.yaml, in the order the site lists them. */
  readonly themes: readonly Theme[];
  /** The drafting history and the interpretative notes. */
  readonly history: HistoryModel;
  /** The reader's guides (our commentary), by "instrument#art_N". */
  readonly commentary: Readonly<Record<string, ArticleCommentary>>;
  /** What connects to each place, by place key ("instrument" or "instrument#eid"). */
  readonly connections: Readonly<Record<string, readonly Connection[]>>;
  /** Annotations by place key; empty until the notes and drafting-history layers exist. */
  readonly annotations: Readonly<Record<string, readonly Annotation[]>>;
}

/** Each instrument's citation name, the instrument it supplements, and the titles texts name it by, by folder name. */
export type InstrumentNames = Readonly<
  Record<
    string,
    { readonly citationName: string; readonly supplements: string | undefined; readonly namedInTextsAs?: readonly string[] | undefined }
  >
>;

/** The citation names of instruments, and what each supplements. */
export function instrumentNames(
  instruments: readonly { readonly slug: string; readonly meta: Pick<Instrument, 'citationName' | 'supplements' | 'namedInTextsAs'> }[],
): InstrumentNames {
  return Object.fromEntries(
    instruments.map((instrument) => [
      instrument.slug,
      {
        citationName: instrument.meta.citationName,
        supplements: instrument.meta.supplements,
        namedInTextsAs: instrument.meta.namedInTextsAs,
      },
    ]),
  );
}

/** Every text of an instrument in reading order: preamble, articles, testimonium. */
export function textsOf(instrument: InstrumentModel): TextFile[] {
  return [
    ...(instrument.preamble ? [instrument.preamble] : []),
    ...instrument.articles,
    ...(instrument.conclusions ? [instrument.conclusions] : []),
  ];
}

/** A place of the corpus, as the connections name it. */
export type { Place };

/** The provisions at `eid` of an instrument: a whole text's provisions for "art_3", "preamble" or "conclusions", else the one provision; undefined when it does not exist. */
export function provisionsAt(instrument: InstrumentModel, eid: string): readonly Provision[] | undefined {
  const text = textsOf(instrument).find((candidate) => eid === candidate.eid || eid.startsWith(`${candidate.eid}__`));
  if (!text) return undefined;
  if (text.eid === eid) return text.provisions;
  const find = (nodes: readonly Provision[]): Provision | undefined => {
    for (const node of nodes) {
      if (node.eid === eid) return node;
      const inner = find(node.children);
      if (inner) return inner;
    }
    return undefined;
  };
  const found = find(text.provisions);
  return found ? [found] : undefined;
}

/** Every anchor of an instrument's texts in reading order, each with its position: for sorting places as the text reads. */
export function readingRanks(instrument: InstrumentModel): ReadonlyMap<string, number> {
  const ranks = new Map<string, number>();
  const walk = (nodes: readonly Provision[]): void => {
    for (const node of nodes) {
      if (node.eid) ranks.set(node.eid, ranks.size);
      walk(node.children);
    }
  };
  for (const text of textsOf(instrument)) {
    ranks.set(text.eid, ranks.size);
    walk(text.provisions);
  }
  return ranks;
}

/** The words of inline content, as printed. */
export function inlineText(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : inlineText(node.children))).join('');
}

/** Every provision of a text that has words of its own, with its anchor id (the text's own for its one unnumbered paragraph) and its words. */
export function provisionWords(text: TextFile): { eid: string; words: string }[] {
  const walk = (nodes: readonly Provision[]): { eid: string; words: string }[] =>
    nodes.flatMap((node) => [
      ...(node.inline ? [{ eid: node.eid ?? text.eid, words: inlineText(node.inline) }] : []),
      ...walk(node.children),
    ]);
  return walk(text.provisions);
}

/** The lines of a text as the site prints them, each with its label ("1. …", "(a) …"): for comparisons with earlier versions. */
export function provisionLines(provisions: readonly Provision[]): string[] {
  return provisions.flatMap((node): string[] => {
    const labelled = (text: string): string => (node.label ? `${node.label} ${text}` : text);
    if (node.inline) return [labelled(inlineText(node.inline))];
    const [first, ...rest] = node.children;
    if (first?.role === 'intro' && first.inline) return [labelled(inlineText(first.inline)), ...provisionLines(rest)];
    return [...(node.label ? [node.label] : []), ...provisionLines(node.children)];
  });
}
