/**
 * Reading corpus files safely: listing without following links or opening anything that is not a
 * regular file, strict UTF-8, characters that must never be in the corpus, frontmatter, and YAML
 * with line numbers. Every failure is a message naming the file and the line.
 */
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { fileAt, formatIssues, type LineOf } from '../schemas/format-issues.ts';

/** The largest corpus file read; a treaty's longest article is a few kilobytes. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** What listing a corpus folder found: readable regular files, and entries refused unread. */
export interface Listing {
  /** Regular files, relative to the folder with "/" separators, sorted. */
  readonly files: string[];
  /** One message per entry that is not a regular file or a folder. */
  readonly problems: string[];
}

function kindOf(entry: { isFIFO(): boolean; isSocket(): boolean; isBlockDevice(): boolean; isCharacterDevice(): boolean }): string {
  if (entry.isFIFO()) return 'a named pipe';
  if (entry.isSocket()) return 'a socket';
  if (entry.isBlockDevice() || entry.isCharacterDevice()) return 'a device';
  return 'not a regular file';
}

/** Why a symbolic link is refused: where it leads, said plainly. */
async function describeLink(root: string, target: string): Promise<string> {
  const resolved = await realpath(target).catch(() => undefined);
  if (resolved === undefined) return 'a symbolic link that leads nowhere';
  const inside = resolved === root || resolved.startsWith(root + path.sep);
  return inside ? 'a symbolic link' : 'a symbolic link that leaves the corpus';
}

/**
 * Lists every entry below `dir` without opening any file and without following links: a named
 * pipe or a socket is refused before anything waits on it, and a link is refused wherever it leads.
 */
export async function listCorpus(dir: string, label = 'corpus'): Promise<Listing> {
  const root = await realpath(dir);
  const files: string[] = [];
  const problems: string[] = [];
  const walk = async (prefix: string): Promise<void> => {
    const entries = await readdir(path.join(root, prefix), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      const where = `${label}/${relative}`;
      if (entry.isDirectory()) await walk(relative);
      else if (entry.isFile()) files.push(relative);
      else if (entry.isSymbolicLink())
        problems.push(`${where}: is ${await describeLink(root, path.join(root, relative))}; corpus entries must be regular files`);
      else problems.push(`${where}: is ${kindOf(entry)}; corpus entries must be regular files`);
    }
  };
  await walk('');
  return { files: files.sort(), problems };
}

/**
 * Reads a regular file of the corpus, checking again that it is one (it may have changed since it
 * was listed) and that it is not larger than any corpus file should be.
 */
export async function readCorpusFile(absolute: string, file: string): Promise<{ bytes?: Buffer; problem?: string }> {
  const info = await lstat(absolute);
  if (!info.isFile()) return { problem: `${file}: is not a regular file; corpus entries must be regular files` };
  if (info.size > MAX_FILE_BYTES)
    return { problem: `${file}: is ${info.size} bytes, more than the ${MAX_FILE_BYTES} a corpus file may have` };
  return { bytes: await readFile(absolute) };
}

/** True when `dir` exists and is a folder. */
export async function isFolder(dir: string): Promise<boolean> {
  return stat(dir).then(
    (info) => info.isDirectory(),
    () => false,
  );
}

/** Reads bytes as UTF-8, rejecting emptiness, a byte-order mark and invalid bytes. */
export function decode(file: string, bytes: Buffer): { text?: string; problem?: string } {
  if (bytes.length === 0) return { problem: `${file}: the file is empty` };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { problem: `${file}:1: starts with a byte-order mark (BOM); save it as UTF-8 without BOM` };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // The lenient decoder marks the first bad byte with U+FFFD; its line is what the editor needs.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
    return { problem: `${file}:${line}: is not valid UTF-8` };
  }
}

// Control, format (zero-width, bidirectional), private-use and separator characters, and every
// space but the plain one: none is visible, and each can change a text without showing.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const ALLOWED = new Set(['\t', '\n', '\r', ' ']);

const NAMES: Readonly<Record<string, string>> = {
  '\u0000': 'NULL',
  '\u00A0': 'NO-BREAK SPACE',
  '\u00AD': 'SOFT HYPHEN',
  '\u061C': 'ARABIC LETTER MARK',
  '\u200B': 'ZERO WIDTH SPACE',
  '\u200C': 'ZERO WIDTH NON-JOINER',
  '\u200D': 'ZERO WIDTH JOINER',
  '\u200E': 'LEFT-TO-RIGHT MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2060': 'WORD JOINER',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE',
};

/** "U+200B ZERO WIDTH SPACE", or the code point and its class for characters without a name here. */
export function describeCharacter(character: string): string {
  const code = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[character];
  if (name) return `${code} ${name}`;
  if (/\p{Cc}/u.test(character)) return `${code} (a control character)`;
  if (/\p{Zs}/u.test(character)) return `${code} (a space other than the plain space)`;
  if (/\p{Co}/u.test(character)) return `${code} (a private-use character)`;
  if (/\p{Cn}/u.test(character)) return `${code} (an unassigned code point)`;
  return `${code} (an invisible formatting character)`;
}

/**
 * Finds the first character that must not be in the corpus, and text that is not in Unicode
 * normalization form C (where "é" can be one character or two, and search and links see a
 * difference the eye does not). Returns the message naming file, line and column, or undefined.
 */
export function checkCharacters(file: string, text: string): string | undefined {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    let column = 1;
    for (const character of line) {
      // A carriage return is allowed only as part of a line break.
      const isLineEnd = character === '\r' && column === [...line].length;
      if (!isLineEnd && (character === '\r' || (INVISIBLE.test(character) && !ALLOWED.has(character)))) {
        return `${file}:${index + 1}:${column}: holds ${describeCharacter(character)}, an invisible or control character that must not be in the corpus`;
      }
      column += 1;
    }
    if (line.normalize('NFC') !== line) {
      const chars = [...line];
      // The first character that NFC would change, alone or joined to the one before it.
      const at = chars.findIndex(
        (character, i) =>
          character.normalize('NFC') !== character ||
          `${chars[i - 1] ?? ''}${character}`.normalize('NFC') !== `${chars[i - 1] ?? ''}${character}`,
      );
      return `${file}:${index + 1}:${at + 1}: is not in Unicode normalization form C (a letter and its accent are stored apart); save the text as NFC`;
    }
  }
  return undefined;
}

/**
 * Splits a text file into its frontmatter and its body. The body keeps its line numbers: the
 * frontmatter lines are blanked.
 */
export function splitFrontmatter(source: string): { yaml: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(source);
  if (!match) return undefined;
  return { yaml: match[1] ?? '', body: '\n'.repeat(match[0].split('\n').length - 1) + source.slice(match[0].length) };
}

/** Parses JSON, naming the file when it does not parse. */
export function parseJson(file: string, text: string): { data?: unknown; problem?: string } {
  try {
    return { data: JSON.parse(text) as unknown };
  } catch (error) {
    return { problem: `${file}: is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
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

/** Aliases are never needed in corpus metadata; a few are tolerated, a "billion laughs" is not. */
const MAX_ALIASES = 10;

/** Parses YAML that starts on line `firstLine` of `file`; errors and warnings are both refusals. */
export function parseYaml(file: string, text: string, firstLine = 1): ParsedYaml {
  const counter = new LineCounter();
  // Timestamps on, so that an unquoted date is caught with a clear message.
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, customTags: ['timestamp'], uniqueKeys: true });
  const lineOf: LineOf = (keys) => {
    const node = doc.getIn(keys as unknown[], true);
    return isNode(node) && node.range ? counter.linePos(node.range[0]).line + firstLine - 1 : undefined;
  };
  const at = (pos: number): number => counter.linePos(pos).line + firstLine - 1;
  const error = doc.errors[0];
  if (error) return { lineOf, problem: `${file}:${at(error.pos[0])}: the YAML does not parse: ${error.message.split('\n')[0] ?? ''}` };
  // The parser only warns about an unknown tag such as "!!js/function" and then ignores it: refuse it instead.
  const warning = doc.warnings[0];
  if (warning)
    return { lineOf, problem: `${file}:${at(warning.pos[0])}: the YAML is not plain data: ${warning.message.split('\n')[0] ?? ''}` };
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIASES }), lineOf };
  } catch (thrown) {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    return { lineOf, problem: `${fileAt(file, firstLine)}: the YAML cannot be read as data: ${message.split('\n')[0] ?? ''}` };
  }
}

/** Parses and validates YAML; on failure adds the messages to `problems` and returns undefined. */
export function validateYaml<T>(
  schema: z.ZodType<T>,
  file: string,
  text: string,
  firstLine: number,
  problems: string[],
): { data: T; lineOf: LineOf } | undefined {
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
