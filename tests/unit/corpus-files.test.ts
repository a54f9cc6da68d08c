import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkCharacters,
  decode,
  describeCharacter,
  MAX_FILE_BYTES,
  parseYaml,
  readCorpusFile,
  splitFrontmatter,
} from '../../src/corpus/files.ts';

describe('checkCharacters', () => {
  it.each([
    ['plain text', 'Article 3\nUse of terms', undefined],
    ['tabs and Windows line ends', 'a\tb\r\nc\r\n', undefined],
    ['accented letters in NFC', 'préparatoires, Côte d’Ivoire', undefined],
    ['a NUL', 'ab\u0000c', 'f:1:3: holds U+0000 NULL, an invisible or control character that must not be in the corpus'],
    [
      'a zero-width space on line 2',
      'a\nart\u200Bicle',
      'f:2:4: holds U+200B ZERO WIDTH SPACE, an invisible or control character that must not be in the corpus',
    ],
    [
      'a right-to-left override',
      '\u202Eabc',
      'f:1:1: holds U+202E RIGHT-TO-LEFT OVERRIDE, an invisible or control character that must not be in the corpus',
    ],
    [
      'a pop directional isolate',
      'a\u2069',
      'f:1:2: holds U+2069 POP DIRECTIONAL ISOLATE, an invisible or control character that must not be in the corpus',
    ],
    ['a word joiner', 'a\u2060b', 'f:1:2: holds U+2060 WORD JOINER, an invisible or control character that must not be in the corpus'],
    [
      'a soft hyphen',
      'traf\u00ADficking',
      'f:1:5: holds U+00AD SOFT HYPHEN, an invisible or control character that must not be in the corpus',
    ],
    [
      'a byte-order mark inside the text',
      'a\uFEFF',
      'f:1:2: holds U+FEFF ZERO WIDTH NO-BREAK SPACE, an invisible or control character that must not be in the corpus',
    ],
    [
      'a private-use character',
      'a\uE000',
      'f:1:2: holds U+E000 (a private-use character), an invisible or control character that must not be in the corpus',
    ],
    [
      'a thin space',
      'a\u2009b',
      'f:1:2: holds U+2009 (a space other than the plain space), an invisible or control character that must not be in the corpus',
    ],
    [
      'a line separator',
      'a\u2028b',
      'f:1:2: holds U+2028 (an invisible formatting character), an invisible or control character that must not be in the corpus',
    ],
    [
      'a lone carriage return',
      'a\rb',
      'f:1:2: holds U+000D (a control character), an invisible or control character that must not be in the corpus',
    ],
    [
      'a decomposed accent',
      'pre\u0301paratoires',
      'f:1:4: is not in Unicode normalization form C (a letter and its accent are stored apart); save the text as NFC',
    ],
  ])('%s', (_name, text, expected) => {
    expect(checkCharacters('f', text)).toBe(expected);
  });
});

describe('describeCharacter', () => {
  it.each([
    ['\u200D', 'U+200D ZERO WIDTH JOINER'],
    ['\u0007', 'U+0007 (a control character)'],
    ['\u{E0041}', 'U+E0041 (an invisible formatting character)'],
  ])('%j', (character, expected) => {
    expect(describeCharacter(character)).toBe(expected);
  });
});

describe('decode', () => {
  it.each([
    ['UTF-8', Buffer.from('Article'), { text: 'Article' }],
    ['an empty file', Buffer.alloc(0), { problem: 'f: the file is empty' }],
    ['a byte-order mark', Buffer.from('\uFEFFa'), { problem: 'f:1: starts with a byte-order mark (BOM); save it as UTF-8 without BOM' }],
    ['invalid bytes on line 2', Buffer.concat([Buffer.from('a\n'), Buffer.from([0xc3, 0x28])]), { problem: 'f:2: is not valid UTF-8' }],
  ])('%s', (_name, bytes, expected) => {
    expect(decode('f', bytes)).toEqual(expected);
  });
});

describe('parseYaml', () => {
  it.each([
    ['plain data', 'a: 1\nb: [x, y]', undefined],
    ['a syntax error, with the line counted from the frontmatter', 'a: 1\nb: [1', 'f:3: the YAML does not parse'],
    ['an unknown tag', 'a: !!js/function "x"', 'f:2: the YAML is not plain data: Unresolved tag'],
    ['a local tag', 'a: !custom x', 'f:2: the YAML is not plain data'],
    ['a duplicate key', 'a: 1\na: 2', 'f:3: the YAML does not parse: Map keys must be unique'],
    [
      'an alias bomb',
      `a: &a [x, x]\nb: &b [${Array(12).fill('*a').join(', ')}]\nc: [${Array(12).fill('*b').join(', ')}]`,
      'f:2: the YAML cannot be read as data: Excessive alias count',
    ],
  ])('%s', (_name, text, problem) => {
    const parsed = parseYaml('f', text, 2);
    if (problem === undefined) expect(parsed.problem).toBeUndefined();
    else expect(parsed.problem).toContain(problem);
  });

  it('finds the line of a field', () => {
    expect(parseYaml('f', 'a: 1\nb:\n  c: 2', 2).lineOf(['b', 'c'])).toBe(4);
  });
});

describe('splitFrontmatter', () => {
  it('keeps the body on its own lines', () => {
    expect(splitFrontmatter('---\na: 1\n---\n\n<Para>x</Para>\n')).toEqual({ yaml: 'a: 1', body: '\n\n\n\n<Para>x</Para>\n' });
  });
  it('finds none in a file without it', () => {
    expect(splitFrontmatter('<Para>x</Para>')).toBeUndefined();
  });
});

describe('readCorpusFile', () => {
  it('refuses a file larger than any corpus file should be, without reading it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'big-'));
    try {
      const file = path.join(dir, 'big.mdx');
      await writeFile(file, Buffer.alloc(MAX_FILE_BYTES + 1, 0x61));
      expect(await readCorpusFile(file, 'corpus/big.mdx')).toEqual({
        problem: `corpus/big.mdx: is ${MAX_FILE_BYTES + 1} bytes, more than the ${MAX_FILE_BYTES} a corpus file may have`,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
