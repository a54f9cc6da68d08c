import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/corpus/read-corpus.ts';
import { random } from '../../scripts/bench/synthetic-corpus.ts';

// Hundreds of damaged copies of the valid fixture corpus, made by a seeded generator so every run
// tries the same ones: the reader must answer each with problems that name a file, never throw,
// never hang, and never fall back on its "internal error" report.
const VALID = path.join(import.meta.dirname, '..', 'fixtures', 'corpus-valid');
const ROUNDS = 300;
const PIECES = [
  '<',
  '>',
  '{',
  '}',
  '</Para>',
  '<Point num="(a)">',
  '---',
  '\n',
  ':',
  '&a',
  '*a',
  '!!',
  '"',
  '\u200B',
  '\u0000',
  '\uFFFD',
  'é',
  '[',
  'article 9',
  '(z)',
  '\r',
  '\t',
  '|',
  '#',
  '`',
];

/** One damage to a file's bytes, chosen by `next`. */
function damage(bytes: Buffer, next: () => number): Buffer {
  const at = Math.floor(next() * (bytes.length + 1));
  const piece = Buffer.from(PIECES[Math.floor(next() * PIECES.length)] ?? '');
  switch (Math.floor(next() * 5)) {
    case 0:
      return Buffer.concat([bytes.subarray(0, at), piece, bytes.subarray(at)]);
    case 1:
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(Math.min(bytes.length, at + 1 + Math.floor(next() * 40)))]);
    case 2:
      return bytes.subarray(0, at);
    case 3:
      return Buffer.concat([bytes.subarray(0, at), Buffer.from([Math.floor(next() * 256)]), bytes.subarray(at + 1)]);
    default: {
      const lines = bytes.toString('latin1').split('\n');
      const line = Math.floor(next() * lines.length);
      lines.splice(line, 0, lines[Math.floor(next() * lines.length)] ?? '');
      return Buffer.from(lines.join('\n'), 'latin1');
    }
  }
}

let work: string;
let files: string[];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'fuzz-'));
  await cp(VALID, work, { recursive: true });
  files = (await readdir(work, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('no corpus input crashes the reader', () => {
  it(`answers ${ROUNDS} damaged corpora with problems that name a file`, async () => {
    const next = random(20261202);
    let refused = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const file = files[Math.floor(next() * files.length)] ?? '';
      const original = await readFile(file);
      let bytes: Buffer = original;
      for (let hits = 1 + Math.floor(next() * 3); hits > 0; hits -= 1) bytes = damage(bytes, next);
      await writeFile(file, bytes);
      const reading = await readCorpus(work);
      await writeFile(file, original);
      const where = `round ${round}, ${path.relative(work, file)}: ${JSON.stringify(bytes.toString('utf8').slice(0, 300))}`;
      for (const problem of reading.problems) {
        expect(problem, where).toMatch(/^corpus[/:]/);
        expect(problem, where).not.toContain('internal error');
        expect(problem, where).not.toMatch(/\n\s+at /);
      }
      if (reading.problems.length > 0) refused += 1;
      else expect(reading.model, where).toBeDefined();
    }
    // Most damage is caught; some (a changed letter in the text) is a different but valid corpus.
    expect(refused).toBeGreaterThan(ROUNDS / 2);
  }, 120_000);
});
