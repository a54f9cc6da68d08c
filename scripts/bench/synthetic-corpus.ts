/**
 * A synthetic corpus for measuring growth: renamed copies of every real instrument. Copy 1 keeps
 * the text; later copies shuffle the words of each text block (same vocabulary, new sentences), so
 * that compression cannot fold identical copies away and sizes grow as a real corpus would.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { REGISTRY_ABOUT, REGISTRY_NAME } from '../../src/corpus/anchor-registry.ts';
import path from 'node:path';

/** Writes `copies` renamed copies of each instrument of `source` into `target` (replacing it). */
export function writeSyntheticCorpus(source: string, target: string, copies: number): void {
  rmSync(target, { recursive: true, force: true });
  // Instruments only: the history layers (history/, notes/) name the real instruments and are not copied.
  const instruments = readdirSync(source, { withFileTypes: true }).filter(
    (entry) => entry.isDirectory() && existsSync(path.join(source, entry.name, 'instrument.yaml')),
  );
  for (let copy = 1; copy <= copies; copy += 1) {
    for (const instrument of instruments) {
      const slug = `${instrument.name}-copy-${copy}`;
      const dir = path.join(target, slug);
      cpSync(path.join(source, instrument.name), dir, { recursive: true });
      for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'))) {
        const full = path.join(dir, file);
        const text = readFileSync(full, 'utf8').replace(`instrument: ${instrument.name}`, `instrument: ${slug}`);
        writeFileSync(
          full,
          copy === 1 ? text : text.replace(/>([^<>{}]+)</g, (_match, words: string) => `>${shuffleWords(neutralise(words), copy)}<`),
        );
      }
      const meta = path.join(dir, 'instrument.yaml');
      writeFileSync(
        meta,
        readFileSync(meta, 'utf8')
          .replace(/^title: (.*)$/m, `title: $1 (copy ${copy})`)
          .replace(/^citationName: (.*)$/m, `citationName: $1 (copy ${copy})`)
          .replace(/^supplements: (.*)$/m, `supplements: $1-copy-${copy}`)
          // Titles that other texts name would name every copy at once; the copies are named by none.
          .replace(/^namedInTextsAs:\n(?: {2}- .*\n)+/m, ''),
      );
    }
  }
  // A new corpus starts with an empty registry: nothing of it has been published yet.
  writeFileSync(path.join(target, REGISTRY_NAME), `${JSON.stringify({ about: REGISTRY_ABOUT, pages: {} }, null, 2)}\n`);
}

/**
 * Numbers, bracketed labels and the words that start a reference are taken out of shuffled text:
 * shuffled, they would make up references to provisions that do not exist ("paragraph a" from a
 * Council of Europe text), which the build rightly refuses.
 */
function neutralise(text: string): string {
  return text
    .replace(/\d+/g, 'N')
    .replace(/\(([a-z]{1,4})\)/g, '$1')
    .replace(/\b(?:sub)?paragraphs?\b|\barticles?\b/gi, (word) => word.toUpperCase());
}

/** A small deterministic generator (mulberry32), so that every run makes the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The words of a text block in a shuffled order, keeping surrounding spaces. */
function shuffleWords(text: string, seed: number): string {
  const words = text.trim().split(/\s+/);
  const next = random(seed * 7919 + words.length);
  for (let index = words.length - 1; index > 0; index -= 1) {
    const other = Math.floor(next() * (index + 1));
    [words[index], words[other]] = [words[other] ?? '', words[index] ?? ''];
  }
  const lead = /^\s*/.exec(text)?.[0] ?? '';
  const trail = /\s*$/.exec(text)?.[0] ?? '';
  return `${lead}${words.join(' ')}${trail}`;
}
