/**
 * Checks the corpus folder before anything is built: file layout and encoding, every
 * instrument.yaml and every text file's frontmatter against the schemas, and the instrument as a
 * whole. Messages name the file, the line where known and the field.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { checkCorpus, type InstrumentFacts, type TextFileFacts } from '../src/lib/corpus-integrity.ts';
import { formatIssues, type LineOf } from '../src/schemas/format-issues.ts';
import { instrumentSchema } from '../src/schemas/instrument.ts';
import { textUnitSchema } from '../src/schemas/text-unit.ts';

const EXPECTED_LAYOUT = 'corpus/<instrument>/instrument.yaml, corpus/<instrument>/preamble.mdx, corpus/<instrument>/conclusions.mdx or corpus/<instrument>/articles/<NN>.mdx';
const LAYOUT = [/^[a-z0-9-]+\/instrument\.yaml$/, /^[a-z0-9-]+\/(preamble|conclusions)\.mdx$/, /^[a-z0-9-]+\/articles\/\d{2,3}\.mdx$/];
const REGISTRY = 'anchors.json';

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(dir, relative) : Promise.resolve([relative]);
    }),
  );
  return nested.flat().sort();
}

/** Reads a file as UTF-8, rejecting a byte-order mark, invalid bytes and emptiness. */
function decode(file: string, bytes: Buffer): { text?: string; problem?: string } {
  if (bytes.length === 0) return { problem: `${file}: the file is empty` };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { problem: `${file}:1: starts with a byte-order mark (BOM); save it as UTF-8 without BOM` };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // The lenient decoder marks the first bad byte with U+FFFD; its line is what the editor needs.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
    return { problem: `${file}:${line}: is not valid UTF-8` };
  }
}

function parseYaml(file: string, text: string, firstLine = 1): { data?: unknown; lineOf: LineOf; problem?: string } {
  const counter = new LineCounter();
  // Timestamps on, as in Astro's loader, so an unquoted date is caught here with a clear message.
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, customTags: ['timestamp'] });
  const lineOf: LineOf = (keys) => {
    const node = doc.getIn(keys as unknown[], true);
    return isNode(node) && node.range ? counter.linePos(node.range[0]).line + firstLine - 1 : undefined;
  };
  const error = doc.errors[0];
  if (error) {
    const line = counter.linePos(error.pos[0]).line + firstLine - 1;
    return { lineOf, problem: `${file}:${line}: the YAML does not parse: ${error.message.split('\n')[0] ?? ''}` };
  }
  return { data: doc.toJS(), lineOf };
}

/** Parses YAML and validates it; on failure adds the messages to `problems` and returns undefined. */
function validateYaml<T>(schema: z.ZodType<T>, file: string, text: string, firstLine: number, problems: string[]): T | undefined {
  const parsed = parseYaml(file, text, firstLine);
  if (parsed.problem) {
    problems.push(parsed.problem);
    return undefined;
  }
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  problems.push(...formatIssues(file, result.error.issues, parsed.lineOf, parsed.data));
  return undefined;
}

function frontmatterOf(text: string): string | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  return match?.[1];
}

/** Checks the corpus at `corpusDir`; returns one message per problem, paths relative to the project. */
export async function checkCorpusDir(corpusDir: string): Promise<string[]> {
  const problems: string[] = [];
  const instruments: InstrumentFacts[] = [];
  const texts: TextFileFacts[] = [];
  const files = await listFiles(corpusDir);
  for (const relative of files) {
    const file = `corpus/${relative}`;
    if (relative === REGISTRY) continue;
    if (!LAYOUT.some((pattern) => pattern.test(relative))) {
      problems.push(`${file}: is outside the expected layout (${EXPECTED_LAYOUT})`);
      continue;
    }
    const decoded = decode(file, await readFile(path.join(corpusDir, relative)));
    if (decoded.problem || decoded.text === undefined) {
      problems.push(decoded.problem ?? `${file}: unreadable`);
      continue;
    }
    const slug = relative.split('/')[0] ?? '';
    if (relative.endsWith('instrument.yaml')) {
      const meta = validateYaml(instrumentSchema, file, decoded.text, 1, problems);
      if (meta) instruments.push({ slug, articleCount: meta.articleCount, divisions: meta.divisions });
      continue;
    }
    const yamlText = frontmatterOf(decoded.text);
    if (yamlText === undefined) {
      problems.push(`${file}:1: has no frontmatter (expected a block between --- lines at the top)`);
      continue;
    }
    // Frontmatter starts on the file's second line, after the opening "---".
    const unit = validateYaml(textUnitSchema, file, yamlText, 2, problems);
    if (unit) texts.push({ file: relative, instrument: unit.instrument, kind: unit.kind, number: unit.kind === 'article' ? unit.number : undefined });
  }
  if (problems.length === 0) problems.push(...checkCorpus(instruments, texts).map((problem) => `corpus/${problem}`));
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? path.join(import.meta.dirname, '..', 'corpus');
  const problems = await checkCorpusDir(dir);
  if (problems.length > 0) {
    console.error(`The corpus has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('The corpus is well-formed.');
  }
}
