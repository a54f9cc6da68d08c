/**
 * The reader's guide: our commentary on an article, stored apart from the authentic text and the
 * history layers in corpus/commentary/<instrument>/NN.yaml. Every statement cites what it rests on.
 */
import { z } from 'astro/zod';
import { line } from './fields.ts';

/**
 * What a statement rests on: a provision ("instrument#anchor"), a whole instrument ("instrument"),
 * the drafting history of an article of the same instrument ("history:3"), or the interpretative
 * note on one of its provisions ("note:art_3__point_a").
 */
export const commentaryCite = z.string().regex(/^(?:[a-z0-9-]+(?:#[a-z0-9_]+)?|history:\d{1,3}|note:[a-z0-9_]+)$/, {
  error: 'expected "instrument#anchor", "instrument", "history:<article>" or "note:<anchor>"',
});

/** One statement of ours and what it rests on. */
const statementSchema = z.strictObject({
  /** The statement, in plain words. */
  text: line,
  /** What it rests on; at least one. */
  cites: z.array(commentaryCite).min(1),
});

/** The reader's guide to one article. */
export const articleCommentarySchema = z.strictObject({
  /** The article's number; must match the file name. */
  article: z.int().positive(),
  /** What the article does, in one sentence. */
  summary: line,
  /** Sections under headings of ours ("What it requires", "Key terms", "How it connects"). */
  sections: z
    .array(
      z.strictObject({
        /** The section's heading. */
        heading: line,
        /** Its statements, in order. */
        statements: z.array(statementSchema).min(1),
      }),
    )
    .min(1),
});

/** The reader's guide to one article. */
export type ArticleCommentary = z.infer<typeof articleCommentarySchema>;
