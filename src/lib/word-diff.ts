/**
 * A word-level comparison of an earlier version of a provision with the adopted text, for the
 * drafting history: which words were kept, dropped and added. Uses the `diff` package's word diff.
 */
import { diffWordsWithSpace } from 'diff';

/** One run of the comparison. */
export interface DiffPart {
  /** The words of the run. */
  readonly text: string;
  /** Kept in both, only in the earlier version, or only in the adopted text. */
  readonly change: 'kept' | 'removed' | 'added';
}

/** The runs that turn `earlier` into `adopted`, in order; white space differences alone count as kept. */
export function wordDiff(earlier: string, adopted: string): DiffPart[] {
  const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();
  return diffWordsWithSpace(fold(earlier), fold(adopted)).map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'kept',
  }));
}
