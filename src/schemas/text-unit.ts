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
