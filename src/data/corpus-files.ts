/** Reading corpus files for the check: listing, strict UTF-8, frontmatter, YAML with line numbers. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { formatIssues, type LineOf } from '../schemas/format-issues.ts';

/** Every file below `dir`, as paths relative to it with "/" separators, sorted. */
export async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(dir, relative) : Promise.resolve([relative]);
    }),
  );
  return nested.flat().sort();
}

/** Reads bytes as UTF-8, rejecting emptiness, a byte-order mark and invalid bytes. */
export function decode(file: string, bytes: Buffer): { text?: string; problem?: string } {
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

/**
 * Splits a text file into its frontmatter and its body. The body keeps its line numbers: the
 * frontmatter lines are blanked, as Astro does.
 */
export function splitFrontmatter(source: string): { yaml: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(source);
  if (!match) return undefined;
  return { yaml: match[1] ?? '', body: '\n'.repeat(match[0].split('\n').length - 1) + source.slice(match[0].length) };
}

/** YAML parsed with a way to find the line of any field. */
export interface ParsedYaml {
  /** The data, when it parses. */
  readonly data?: unknown;
  /** Line of a field in the file. */
  readonly lineOf: LineOf;
  /** The parse error, as a message naming file and line. */
  readonly problem?: string;
}

/** Parses YAML that starts on line `firstLine` of `file`. */
export function parseYaml(file: string, text: string, firstLine = 1): ParsedYaml {
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

/** Parses and validates YAML; on failure adds the messages to `problems` and returns undefined. */
export function validateYaml<T>(schema: z.ZodType<T>, file: string, text: string, firstLine: number, problems: string[]): { data: T; lineOf: LineOf } | undefined {
  const parsed = parseYaml(file, text, firstLine);
  if (parsed.problem) {
    problems.push(parsed.problem);
    return undefined;
  }
  const result = schema.safeParse(parsed.data);
  if (result.success) return { data: result.data, lineOf: parsed.lineOf };
  problems.push(...formatIssues(file, result.error.issues, parsed.lineOf, parsed.data));
  return undefined;
}
