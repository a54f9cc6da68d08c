/**
 * Frontmatter of a corpus text file: one article, the preamble or the testimonium of an
 * instrument. The text itself is the file's body, read by src/corpus/parse-text.ts.
 */
import { z } from 'astro/zod';
import { line, slug } from './fields.ts';

/** The layer a text belongs to. Only authentic text exists so far; other layers get their own folders. */
export const layer = z.enum(['authentic']);

const common = {
  /** Folder name of the instrument the text belongs to; must match the folder it lives in. */
  instrument: slug,
  /** The layer of the text. Default: "authentic". */
  layer: layer.default('authentic'),
  /**
   * What of this text's wording could not be confirmed against a source of the current official
   * text, in one sentence; its page says so. Default: none (the whole text is confirmed).
   */
  unconfirmed: line.optional(),
  /** A note of ours on this text's wording, e.g. that it is reproduced as amended; its page shows it. Default: none. */
  note: line.optional(),
};

/** An article: its number and its heading as printed in the authentic text. */
export const articleUnit = z.strictObject({
  ...common,
  /** Always "article". */
  kind: z.literal('article'),
  /** The article's number (articles are numbered 1, 2, 3 ... throughout the instrument). */
  number: z.int({ error: 'expected a whole article number' }).positive(),
  /** The article's heading, exactly as printed; omit it only where the text has none. */
  heading: line.optional(),
  /**
   * Why the article's text is not reproduced, when no source of its official wording could be
   * read; the file then holds no text, and the article keeps its place, anchor and page. Default: none.
   */
  notReproduced: line.optional(),
});

/** The preamble: opening words, recitals, closing words. */
export const preambleUnit = z.strictObject({
  ...common,
  /** Always "preamble". */
  kind: z.literal('preamble'),
});

/** The testimonium ("IN WITNESS WHEREOF ..."), the words after the last article. */
export const conclusionsUnit = z.strictObject({
  ...common,
  /** Always "conclusions". */
  kind: z.literal('conclusions'),
});

/** Frontmatter of any corpus text file, told apart by `kind`. */
export const textUnitSchema = z.discriminatedUnion('kind', [articleUnit, preambleUnit, conclusionsUnit]);

/** Parsed frontmatter of a corpus text file. */
export type TextUnit = z.infer<typeof textUnitSchema>;
