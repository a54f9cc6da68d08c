/**
 * Where the terms an instrument defines are used in its text: the runs of words to link to their
 * definitions. The words are only found, never changed; a run already linked (a reference) is left
 * alone, and the longest term wins where terms overlap ("organized criminal group" over "group").
 */

/** A defined term and the provision that defines it. */
export interface Definition {
  /** The term, lower-cased, as `definedTerms` reads it. */
  readonly term: string;
  /** Anchor id of the defining provision. */
  readonly eid: string;
  /** Folder name of the instrument that defines it. */
  readonly instrument: string;
}

/** A use of a defined term in a run of text. */
export interface TermUse {
  /** Offset of its first character. */
  readonly start: number;
  /** Offset after its last character. */
  readonly end: number;
  /** The definition it uses. */
  readonly definition: Definition;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The uses of `definitions` in `text`, in order: whole words only, the first letter in either case,
 * never inside a `taken` range, and the longest term first where two overlap.
 */
export function findTermUses(
  text: string,
  definitions: readonly Definition[],
  taken: readonly { start: number; end: number }[] = [],
): TermUse[] {
  const found: TermUse[] = [];
  const busy = [...taken];
  const longestFirst = [...definitions].sort((a, b) => b.term.length - a.term.length);
  for (const definition of longestFirst) {
    if (definition.term === '') continue;
    const first = definition.term[0] ?? '';
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}-])[${escapeRegExp(first.toLowerCase())}${escapeRegExp(first.toUpperCase())}]${escapeRegExp(definition.term.slice(1))}(?![\\p{L}\\p{N}-])`,
      'gu',
    );
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (busy.some((range) => start < range.end && end > range.start)) continue;
      found.push({ start, end, definition });
      busy.push({ start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
