/**
 * Mentions of registered documents in a run of text: their symbols ("A/AC.254/4/Add.3") and the
 * other words texts use for them ("General Assembly resolution 53/111"). Pure: the caller passes
 * the register; the words are never changed, only located.
 */

/** A registered document as this module needs it. */
export interface Mentionable {
  /** Its symbol. */
  readonly symbol: string;
  /** Other words by which texts mention it. */
  readonly mentionedAs: readonly string[];
}

/** One mention: where it stands in the text, and the symbol of the document it names. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly symbol: string;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every mention of a registered document in `text`, in order, longest first where two overlap, so
 * that "A/AC.254/4/Add.3/Rev.1" is not read as "A/AC.254/4/Add.3" followed by "/Rev.1".
 */
export function findMentions(text: string, documents: readonly Mentionable[]): Mention[] {
  const words = documents.flatMap((document) =>
    [document.symbol, ...document.mentionedAs].map((phrase) => ({ phrase, symbol: document.symbol })),
  );
  if (words.length === 0) return [];
  words.sort((a, b) => b.phrase.length - a.phrase.length);
  // A symbol ends where no further symbol character follows ("A/55/383" is not the start of "A/55/383/Add.1").
  const pattern = new RegExp(`(?<![\\w/.])(?:${words.map((word) => escape(word.phrase)).join('|')})(?![\\w/]|\\.\\w)`, 'g');
  const bySymbol = new Map(words.map((word) => [word.phrase, word.symbol]));
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    symbol: bySymbol.get(match[0]) ?? match[0],
  }));
}

/** The text cut into runs, each either plain or a mention of a document. */
export function splitMentions(text: string, documents: readonly Mentionable[]): ({ text: string } | { text: string; symbol: string })[] {
  const out: ({ text: string } | { text: string; symbol: string })[] = [];
  let at = 0;
  for (const mention of findMentions(text, documents)) {
    if (mention.start > at) out.push({ text: text.slice(at, mention.start) });
    out.push({ text: text.slice(mention.start, mention.end), symbol: mention.symbol });
    at = mention.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at) });
  return out;
}
