/**
 * The terms a provision defines, read from its own words: “Child” shall mean …, the term “forced or
 * compulsory labour” shall mean …, a child means …. The corpus states its definitions in these
 * forms; reading them from the text keeps the list true to it.
 */

// "shall mean" or "means", after the quoted terms it defines: “Freezing” or “seizure” shall mean,
// “Confiscation”, which includes forfeiture where applicable, shall mean.
const MEANS = /\b(?:shall\s+mean|means)\b/g;
const QUOTED = /[“"]([^”"]{1,80})[”"]/g;
// The CRC's unquoted form: "For the purposes of the present Convention, a child means …".
const UNQUOTED = /\bfor the purposes of [^,]{1,60},\s+(?:a|an|the)\s+([a-z][a-z ]{0,40}?)\s+means\b/gi;

/** The terms a text defines, lower-cased, in the order they are defined; none for a text that defines nothing. */
export function definedTerms(text: string): string[] {
  const found: string[] = [];
  for (const means of text.matchAll(MEANS)) {
    // The definiendum stands in the same clause, before the verb.
    const before = text.slice(0, means.index);
    const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('.'), before.lastIndexOf(':')) + 1);
    const quoted = [...clause.matchAll(QUOTED)];
    const last = quoted.at(-1);
    // Only a parenthesis may stand between the term and the verb; "… even if this does not involve any of the means" defines nothing.
    if (!last || !/^\s*(?:,[^,]*,)?\s*$/.test(clause.slice((last.index ?? 0) + last[0].length))) continue;
    for (const match of quoted) found.push(match[1] ?? '');
  }
  for (const match of text.matchAll(UNQUOTED)) found.push(match[1] ?? '');
  return [...new Set(found.map((term) => term.trim().replace(/\s+/g, ' ').toLowerCase()).filter((term) => term.length > 0))];
}
