/**
 * The nearest indexed words to a word that is found nowhere: what a reader most likely meant by
 * "trafficing" or "reparation". Distances are counted in typing slips (a letter added, dropped,
 * changed, or two letters swapped).
 */

/** The number of slips between two words (optimal string alignment distance), or `limit + 1` once it exceeds `limit`. */
export function slips(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      smallest = Math.min(smallest, value);
    }
    if (smallest > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length] ?? limit + 1, limit + 1);
}

/** How many slips a word of this length may hold and still be recognised: one up to five letters, two beyond. */
export function slipsAllowed(word: string): number {
  return word.length <= 5 ? 1 : 2;
}

/**
 * The indexed words nearest to `word`, fewest slips first and then the most frequent; none when
 * nothing is within the slips its length allows. `vocabulary` pairs each word with how often it occurs.
 */
export function nearestWords(word: string, vocabulary: readonly (readonly [string, number])[], limit = 3): string[] {
  const allowed = slipsAllowed(word);
  return vocabulary
    .map(([candidate, count]) => ({ candidate, count, distance: candidate === word ? Infinity : slips(word, candidate, allowed) }))
    .filter(({ distance }) => distance <= allowed)
    .sort((a, b) => a.distance - b.distance || b.count - a.count || (a.candidate < b.candidate ? -1 : 1))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/** The vocabulary file a word's suggestions are in: its first letter, a to z, or "other". */
export function letterOf(word: string): string {
  const first = word.normalize('NFD')[0]?.toLowerCase() ?? '';
  return /^[a-z]$/.test(first) ? first : 'other';
}
