/**
 * Whole-instrument checks that no single schema can make: every article present once and in
 * order, text files in their instrument's folder, divisions covering the articles.
 */
import { checkDivisions } from './divisions.ts';
import type { Division } from '../schemas/instrument.ts';

/** What the integrity check needs to know of one text file. */
export interface TextFileFacts {
  /** Path of the file relative to the corpus folder, e.g. "trafficking-protocol/articles/03.mdx". */
  readonly file: string;
  /** The `instrument` field of its frontmatter. */
  readonly instrument: string;
  /** The `kind` field. */
  readonly kind: 'article' | 'preamble' | 'conclusions';
  /** The article number, for articles. */
  readonly number?: number | undefined;
}

/** What the integrity check needs to know of one instrument. */
export interface InstrumentFacts {
  /** Its folder name. */
  readonly slug: string;
  /** Declared number of articles. */
  readonly articleCount: number;
  /** Declared divisions. */
  readonly divisions: readonly Division[];
}

/** Returns one message per problem ("file: what is wrong"), empty when the corpus holds together. */
export function checkCorpus(instruments: readonly InstrumentFacts[], texts: readonly TextFileFacts[]): string[] {
  const problems: string[] = [];
  const known = new Map(instruments.map((instrument) => [instrument.slug, instrument]));
  for (const text of texts) {
    const folder = text.file.split('/')[0] ?? '';
    if (!known.has(text.instrument)) {
      problems.push(`${text.file}: field "instrument": unknown instrument "${text.instrument}" (expected one of ${[...known.keys()].join(', ') || 'none'})`);
    } else if (folder !== text.instrument) {
      problems.push(`${text.file}: field "instrument": "${text.instrument}" does not match the folder "${folder}" the file is in`);
    }
  }
  for (const instrument of instruments) {
    const own = texts.filter((text) => text.instrument === instrument.slug);
    for (const kind of ['preamble', 'conclusions'] as const) {
      const files = own.filter((text) => text.kind === kind);
      if (files.length > 1) problems.push(`${files[1]?.file ?? ''}: a second ${kind} for "${instrument.slug}" (the first is ${files[0]?.file ?? ''})`);
    }
    const byNumber = new Map<number, string>();
    for (const text of own) {
      if (text.kind !== 'article' || text.number === undefined) continue;
      const other = byNumber.get(text.number);
      if (other) problems.push(`${text.file}: field "number": article ${text.number} is already in ${other}`);
      else byNumber.set(text.number, text.file);
      if (text.number > instrument.articleCount) {
        problems.push(`${text.file}: field "number": article ${text.number} is beyond articleCount ${instrument.articleCount} of "${instrument.slug}"`);
      }
    }
    for (let number = 1; number <= instrument.articleCount; number += 1) {
      if (!byNumber.has(number)) problems.push(`${instrument.slug}/instrument.yaml: article ${number} is missing (articleCount is ${instrument.articleCount})`);
    }
    for (const problem of checkDivisions(instrument.divisions, instrument.articleCount)) {
      problems.push(`${instrument.slug}/instrument.yaml: field "divisions": ${problem}`);
    }
  }
  return problems;
}
