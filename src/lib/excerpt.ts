/**
 * The excerpt of a search result: the provision's words with the query's words marked. Words are
 * compared by a light stem (plural and verb endings dropped), so "victims" marks "victim" and
 * "witness" never marks "with".
 */

/** A piece of an excerpt: plain text, or a word to mark. */
export interface ExcerptPart {
  readonly text: string;
  readonly marked: boolean;
}

const SUFFIXES = ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ies', 'ied', 'ers', 'es', 'ed', 'er', 's', 'e', 'y'];

/** A light stem for comparing words: lower case and one common ending dropped, keeping at least four letters ("witnesses" and "witness" agree). */
export function lightStem(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  for (const suffix of SUFFIXES) {
    if (!lower.endsWith(suffix) || lower.length - suffix.length < 4) continue;
    // "witness" keeps its double s; "witnesses" loses only the ending added to it.
    if (suffix === 's' && lower.endsWith('ss')) return lower;
    return lower.slice(0, -suffix.length);
  }
  return lower;
}

/**
 * Splits `content` into parts, marking each word whose stem is one of `words`' stems, and keeps at
 * most `length` words around the densest marks (all of a short provision), with "…" where cut.
 */
export function buildExcerpt(content: string, words: readonly string[], length = 60): ExcerptPart[] {
  const stems = new Set(words.map(lightStem));
  const tokens = content.split(/(\s+)/).filter((token) => token.length > 0);
  const isWord = (token: string): boolean => !/^\s+$/.test(token);
  const marks = tokens.map((token) => {
    if (!isWord(token)) return false;
    const bare = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    return bare.split(/[-‐]/).some((part) => stems.has(lightStem(part))) || stems.has(lightStem(bare));
  });
  const wordIndexes = tokens.map((token, index) => (isWord(token) ? index : -1)).filter((index) => index >= 0);
  let from = 0;
  let to = tokens.length;
  if (wordIndexes.length > length) {
    // The window of `length` words holding the most marks, with the marks nearest its middle.
    let best = 0;
    let bestCount = -1;
    let bestOffset = Infinity;
    for (let start = 0; start + length <= wordIndexes.length; start += 1) {
      const inside = wordIndexes
        .slice(start, start + length)
        .map((index, offset) => (marks[index] ? offset : -1))
        .filter((offset) => offset >= 0);
      const centre = inside.length > 0 ? inside.reduce((sum, offset) => sum + offset, 0) / inside.length : 0;
      const offset = Math.abs(centre - (length - 1) / 2);
      if (inside.length > bestCount || (inside.length === bestCount && offset < bestOffset)) {
        best = start;
        bestCount = inside.length;
        bestOffset = offset;
      }
    }
    from = wordIndexes[best] ?? 0;
    to = (wordIndexes[best + length - 1] ?? tokens.length - 1) + 1;
  }
  const parts: ExcerptPart[] = [];
  if (from > 0) parts.push({ text: '… ', marked: false });
  for (let index = from; index < to; index += 1) {
    const token = tokens[index] ?? '';
    // Punctuation around a marked word stays unmarked: “Child” marks Child.
    const [, lead = '', bare = token, trail = ''] = marks[index]
      ? (/^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(token) ?? [])
      : ['', token, '', ''];
    const plain = (text: string): void => {
      if (text.length === 0) return;
      const last = parts.at(-1);
      if (last && !last.marked) parts[parts.length - 1] = { text: last.text + text, marked: false };
      else parts.push({ text, marked: false });
    };
    if (marks[index]) {
      plain(lead);
      parts.push({ text: bare, marked: true });
      plain(trail);
    } else plain(token);
  }
  if (to < tokens.length) {
    const last = parts.at(-1);
    if (last && !last.marked) parts[parts.length - 1] = { text: `${last.text.trimEnd()} …`, marked: false };
    else parts.push({ text: ' …', marked: false });
  }
  return parts;
}

// The characters a text directive gives a meaning of its own, encoded wherever they stand in the text.
const encodeDirective = (text: string): string => encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

/**
 * A text fragment directive (":~:text=…") that makes the browser highlight the marked words of
 * `content` on the page it opens, each pinned by the words around it so that the match falls in this
 * provision; at most `limit` words, the first occurrence of each. Empty when nothing is marked.
 */
export function textDirective(content: string, words: readonly string[], limit = 3): string {
  const stems = new Set(words.map(lightStem));
  const tokens = content.split(/\s+/).filter((token) => token.length > 0);
  const bare = (token: string): string => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const seen = new Set<string>();
  const directives: string[] = [];
  tokens.forEach((token, index) => {
    const word = bare(token);
    const stem = lightStem(word);
    const matches = stems.has(stem) || word.split(/[-‐]/).some((part) => stems.has(lightStem(part)));
    if (directives.length >= limit || word.length === 0 || !matches || seen.has(stem)) return;
    seen.add(stem);
    const before = tokens.slice(Math.max(0, index - 2), index).join(' ');
    const after = tokens.slice(index + 1, index + 3).join(' ');
    // The context is the words as printed around the word, punctuation included, as the browser reads them.
    const lead = token.slice(0, token.indexOf(word));
    const trail = token.slice(token.indexOf(word) + word.length);
    const prefix = `${before}${before && lead ? ' ' : ''}${lead}`.trim();
    const suffix = `${trail}${after ? ` ${after}` : ''}`.trim();
    directives.push(
      `text=${prefix ? `${encodeDirective(prefix)}-,` : ''}${encodeDirective(word)}${suffix ? `,-${encodeDirective(suffix)}` : ''}`,
    );
  });
  return directives.length > 0 ? `:~:${directives.join('&')}` : '';
}
