/**
 * The one error type for a mistake in the corpus: it carries the line (and, for a single
 * character, the column) where the mistake was found, so every report can name the place.
 */

/** A corpus mistake found at a line (and optionally a column) of the file being read. */
export class CorpusError extends Error {
  override name = 'CorpusError';
  /** Line in the source file, counted from 1. */
  readonly line: number;
  /** Column in that line, counted from 1, when the mistake is one character. */
  readonly column: number | undefined;
  constructor(message: string, line: number, column?: number) {
    super(message);
    this.line = line;
    this.column = column;
  }
}
