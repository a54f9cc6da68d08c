/**
 * Turns schema violations into messages a corpus editor can act on:
 * "corpus/x/instrument.yaml:12: field "adoption.date": expected ..., found ...".
 */
import type { z } from 'astro/zod';

/** "file:line", or the file alone when the line is not known. */
export function fileAt(file: string, line: number | undefined): string {
  return line === undefined ? file : `${file}:${line}`;
}

/** Finds the line of a field, when the caller can (YAML documents can). */
export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return `the timestamp ${value.toISOString()} (an unquoted date)`;
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** One message per issue, naming the file, the line where known, the field, and what was found. */
export function formatIssues(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  lineOf: LineOf = () => undefined,
  data?: unknown,
): string[] {
  return issues.map((issue) => {
    // An unknown key has no path of its own; point at the key itself.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys.slice(0, 1)] : issue.path;
    const field = path.length > 0 ? path.map(String).join('.') : '(top level)';
    const line = lineOf(path) ?? (path.length > 1 ? lineOf(path.slice(0, -1)) : undefined);
    const found = issue.code === 'unrecognized_keys' ? '' : `; found ${describeValue(valueAt(data, path))}`;
    return `${fileAt(file, line)}: field "${field}": ${issue.message}${found}`;
  });
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
