/**
 * The corpus model for a build: read once per process and corpus folder. The build script reads
 * it first; Astro's content loader, run later in the same process, gets the same model instead
 * of reading the corpus again. A corpus with problems throws one error that lists them all.
 */
import path from 'node:path';
import { CORPUS_DIR } from './location.ts';
import type { CorpusModel } from './model.ts';
import { corpusProblemsMessage, readCorpus, type CorpusReading } from './read-corpus.ts';

/** Thrown when the corpus has problems; the message lists every one with its file and line. */
export class CorpusProblems extends Error {
  override name = 'CorpusProblems';
  /** The problems, one message each. */
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(corpusProblemsMessage(problems));
    this.problems = problems;
    // The message names every file and line; a stack trace of the reader would only hide it.
    this.stack = `${this.name}: ${this.message}`;
  }
}

// Astro loads its configuration, the content loader and the pages through module graphs of
// their own, each with its own copy of this module: only the global object is shared by all.
const CACHE = Symbol.for('palermo-corpus.readings');
type Cache = Map<string, Promise<CorpusReading>>;

function cache(): Cache {
  const holder = globalThis as typeof globalThis & { [CACHE]?: Cache };
  holder[CACHE] ??= new Map();
  return holder[CACHE];
}

/** The corpus folder the build reads, as an absolute path. */
export function corpusDir(): string {
  return path.resolve(CORPUS_DIR);
}

/** Reads the corpus at `dir`, once per process; later calls get the same reading. */
export function readCorpusOnce(dir = corpusDir()): Promise<CorpusReading> {
  const key = path.resolve(dir);
  const readings = cache();
  let reading = readings.get(key);
  if (!reading) {
    reading = readCorpus(key);
    readings.set(key, reading);
  }
  return reading;
}

/** Forgets the reading of `dir`, so that the next call reads the corpus again (after an edit, in dev). */
export function forgetCorpus(dir = corpusDir()): void {
  cache().delete(path.resolve(dir));
}

/** The model of the corpus at `dir`; throws CorpusProblems when the corpus has any. */
export async function loadCorpusModel(dir = corpusDir()): Promise<CorpusModel> {
  const reading = await readCorpusOnce(dir);
  if (!reading.model) throw new CorpusProblems(reading.problems);
  return reading.model;
}
