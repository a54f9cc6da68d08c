/**
 * What a researcher's query asks for, before any index is consulted: the words that must be found,
 * each with the spellings that count as the same word, the exact phrases, the stop words set aside
 * and whether the query asks for a definition. Pure, so that the rules can be read and tested.
 */

/** Words that carry no meaning of their own in a query; a query made only of them searches them as words. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and any are as at be been being but by can could did do does for from had has have how i if in into is it its me my of on ' +
    'or our should so such than that the their them then there these they this those to was we were what when where which while who ' +
    'whom why will with would you your must shall may might also about'
  ).split(' '),
);

/** One thing the results must hold: a word (in any of its spellings) or a quoted phrase. */
export interface QueryTerm {
  /** As the reader wrote it, lower-cased: shown when nothing holds it. */
  readonly text: string;
  /** What the index is asked for, each quoted for an exact match: the word and its other spellings, or the phrase. */
  readonly forms: readonly string[];
  /** True for a phrase the reader quoted. */
  readonly phrase: boolean;
}

/** A query taken apart. */
export interface ParsedQuery {
  /** The terms every full match holds. */
  readonly terms: readonly QueryTerm[];
  /** Stop words left out of the terms, as typed. */
  readonly ignored: readonly string[];
  /** The query's words in order, stop words included, for the phrase bonus ("statute of limitations"). */
  readonly words: readonly string[];
  /** True when the query asks what a term means ("definition of child", "what is forced labour"). */
  readonly asksDefinition: boolean;
}

// Pairs of British and American spellings whose difference no single rule captures.
const SPELLING_PAIRS: readonly (readonly [string, string])[] = [
  ['labour', 'labor'],
  ['harbour', 'harbor'],
  ['favour', 'favor'],
  ['honour', 'honor'],
  ['behaviour', 'behavior'],
  ['endeavour', 'endeavor'],
  ['neighbour', 'neighbor'],
  ['colour', 'color'],
  ['offence', 'offense'],
  ['defence', 'defense'],
  ['licence', 'license'],
  ['programme', 'program'],
  ['centre', 'center'],
  ['judgement', 'judgment'],
  ['acknowledgement', 'acknowledgment'],
  ['instalment', 'installment'],
  ['catalogue', 'catalog'],
  ['dialogue', 'dialog'],
  ['analyse', 'analyze'],
];

const DEFINITION_OPENINGS =
  /^(?:(?:the\s+)?(?:definition|meaning)\s+of|define[sd]?|what\s+(?:is|are|does)|who\s+(?:is|are))\s+(?:(?:a|an|the)\s+)?/;

/** The other spellings of a word: British and American, -ise and -ize, -lled and -led. */
export function spellingVariants(word: string): string[] {
  const found = new Set<string>();
  for (const [british, american] of SPELLING_PAIRS) {
    if (word.startsWith(british)) found.add(american + word.slice(british.length));
    else if (word.startsWith(american) && !word.startsWith(british)) found.add(british + word.slice(american.length));
  }
  // organise/organize, criminalisation/criminalization: only after a stem long enough to be a verb.
  const ise = /^(\w{3,}i)([sz])(e|ed|es|ing|ation|ations|er|ers)$/.exec(word);
  if (ise) found.add(`${ise[1] ?? ''}${ise[2] === 's' ? 'z' : 's'}${ise[3] ?? ''}`);
  // travelled/traveled, counselling/counseling.
  const doubled = /^(\w{3,}[aeiou])ll(ed|ing|er|ers|or|ors)$/.exec(word);
  if (doubled) found.add(`${doubled[1] ?? ''}l${doubled[2] ?? ''}`);
  const single = /^(\w{3,}[aeiou])l(ed|ing|er|ers|or|ors)$/.exec(word);
  if (single && !doubled) found.add(`${single[1] ?? ''}ll${single[2] ?? ''}`);
  found.delete(word);
  return [...found];
}

/** The phrase in its spellings: "forced labor" is also asked as "forced labour"; at most four forms. */
export function phraseForms(words: readonly string[]): string[] {
  let forms = [''];
  for (const word of words) {
    const spellings = [word, ...spellingVariants(word)];
    forms = forms.flatMap((start) => spellings.map((spelling) => (start ? `${start} ${spelling}` : spelling))).slice(0, 4);
  }
  return forms;
}

/** Lower-cases and folds typographic quotes and apostrophes, so that pasted text parses as typed text. */
function normalise(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‛′]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits text into words: letters and digits, with inner hyphens and apostrophes kept; other marks dropped. */
export function wordsOf(text: string): string[] {
  return [...normalise(text).matchAll(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu)].map((match) => match[0].replace(/'s$/, ''));
}

/** Takes a query apart into its terms. */
export function parseQuery(raw: string): ParsedQuery {
  let text = normalise(raw);
  const opening = DEFINITION_OPENINGS.exec(text);
  const asksDefinition = opening !== null && opening[0].length < text.length;
  if (asksDefinition) text = text.slice(opening[0].length);
  text = text.replace(/\?+$/, '');

  const terms: QueryTerm[] = [];
  const words: string[] = [];
  const ignored: string[] = [];
  const loose: string[] = [];
  // Quoted phrases first; an unmatched quote is read as if it were not there.
  const rest = text.replace(/"([^"]*)"/g, (_, inner: string) => {
    const phraseWords = wordsOf(inner);
    if (phraseWords.length === 1) loose.push(...phraseWords);
    else if (phraseWords.length > 1) {
      const phrase = phraseWords.join(' ');
      terms.push({ text: phrase, forms: [`"${phrase}"`], phrase: true });
    }
    words.push(...phraseWords);
    return ' ';
  });
  const unquoted = wordsOf(rest.replace(/"/g, ' '));
  words.push(...unquoted);
  loose.push(...unquoted);

  const significant = loose.filter((word) => !STOP_WORDS.has(word));
  const kept = significant.length > 0 || terms.length > 0 ? significant : loose;
  for (const word of loose) if (!kept.includes(word)) ignored.push(word);
  const seen = new Set(terms.map((term) => term.text));
  for (const word of kept) {
    if (seen.has(word)) continue;
    seen.add(word);
    terms.push({ text: word, forms: [word, ...spellingVariants(word)].map((form) => `"${form}"`), phrase: false });
  }
  return { terms, ignored: [...new Set(ignored)], words, asksDefinition };
}

const IRREGULAR_PLURALS: Readonly<Record<string, string>> = { children: 'child', women: 'woman', men: 'man' };

/** A crude common stem for comparing a query with a defined term: lower case, a plural dropped. */
function looseStem(word: string): string {
  const irregular = IRREGULAR_PLURALS[word];
  if (irregular !== undefined) return irregular;
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/**
 * Whether a query names a defined term: every word of the query is a word of the term (in any of its
 * spellings), and the query holds at least half of the term's words. "trafficking in persons" and
 * "forced labour" name their terms; "child trafficking" names none.
 */
export function namesTerm(query: ParsedQuery, term: string): boolean {
  const termWords = wordsOf(term).filter((word) => !STOP_WORDS.has(word));
  const queryWords = query.terms.flatMap((queryTerm) => (queryTerm.phrase ? wordsOf(queryTerm.text) : [queryTerm.text]));
  const significant = queryWords.filter((word) => !STOP_WORDS.has(word));
  if (significant.length === 0 || termWords.length === 0) return false;
  const spellings = (word: string): string[] => [word, ...spellingVariants(word)].map(looseStem);
  const termStems = new Set(termWords.map(looseStem));
  const inTerm = significant.every((word) => spellings(word).some((form) => termStems.has(form)));
  return inTerm && significant.length * 2 >= termWords.length;
}
