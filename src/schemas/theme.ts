/**
 * The comparison themes (corpus/themes.yaml): the subjects readers compare across instruments,
 * each a table of rows that set provisions of several instruments side by side. Themes, topics and
 * notes are our editorial layer; the cells are authentic text, drawn from the corpus by anchor.
 */
import { z } from 'astro/zod';
import { line, slug } from './fields.ts';
import { provisionRef } from './relation.ts';

/** One row of a comparison: a topic and the provisions that deal with it. */
export const themeRowSchema = z.strictObject({
  /** What the row compares, in our words, e.g. "Who is a child". */
  topic: line,
  /** The provisions set side by side, as "instrument#anchor"; each must exist. */
  provisions: z.array(provisionRef).min(1),
  /** A short, neutral note on what differs between them (editorial). */
  note: line,
});

/** One theme. */
export const themeSchema = z.strictObject({
  /** URL segment and search filter value, e.g. "the-child". */
  slug,
  /** Title as the site shows it, e.g. "The child". */
  title: line,
  /** One or two sentences on what the theme covers (editorial). */
  summary: line,
  /** The rows of the comparison, in reading order. */
  rows: z.array(themeRowSchema).min(1),
});

/** The themes file: the themes in the order the site lists them. */
export const themesSchema = z.array(themeSchema).min(1);

/** A parsed theme. */
export type Theme = z.infer<typeof themeSchema>;
