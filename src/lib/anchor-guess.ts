/**
 * What a broken link most likely meant. A link to an anchor a page does not have (a paragraph that
 * does not exist, a hand-written "#art6-3-b") is answered with the nearest provision the page has.
 */
import { isEid, parseEid } from './eid.ts';

// Words people write before numbers; the numbers and letters are what identify a provision.
const NOISE = new Set([
  'art',
  'arts',
  'article',
  'articles',
  'para',
  'paras',
  'paragraph',
  'paragraphs',
  'point',
  'sub',
  'subparagraph',
  'p',
  'pt',
  'no',
  'n',
]);

/** The numbers and letters of a hand-written anchor: "#Art.6-para3(b)" gives ["6", "3", "b"]. */
export function anchorTokens(written: string): string[] {
  return (written.toLowerCase().match(/\d+|[a-z]+/g) ?? [])
    .filter((token) => !NOISE.has(token))
    .map((token) => token.replace(/^0+(?=\d)/, ''));
}

function eidTokens(eid: string): string[] {
  return parseEid(eid)
    .filter((step) => step.kind !== 'intro' && step.kind !== 'wrap')
    .map((step) => (step.token ?? step.kind).toLowerCase());
}

/** The article number an anchor id or a hand-written anchor names first, if any. */
export function articleOfAnchor(written: string): number | undefined {
  if (isEid(written)) {
    const first = parseEid(written)[0];
    return first?.kind === 'art' ? Number(first.token) : undefined;
  }
  const first = anchorTokens(written)[0];
  return first !== undefined && /^\d+$/.test(first) ? Number(first) : undefined;
}

/**
 * The anchor among `ids` that `written` most likely meant: for an anchor id, its nearest ancestor
 * that exists; otherwise the provision whose numbers and letters share the longest start with it,
 * the broader on a tie. None when nothing shares even the first.
 */
export function likelyAnchor(written: string, ids: readonly string[]): string | undefined {
  const wanted = written.replace(/^#/, '');
  const known = new Set(ids);
  if (isEid(wanted)) {
    const steps = wanted.split('__');
    for (let length = steps.length - 1; length > 0; length -= 1) {
      const ancestor = steps.slice(0, length).join('__');
      if (known.has(ancestor)) return ancestor;
    }
  }
  const tokens = anchorTokens(wanted);
  let best: { id: string; shared: number; length: number } | undefined;
  for (const id of ids) {
    if (!isEid(id)) continue;
    const candidate = eidTokens(id);
    let shared = 0;
    while (shared < tokens.length && shared < candidate.length && tokens[shared] === candidate[shared]) shared += 1;
    if (shared === 0) continue;
    // Shorter ids win ties: the article rather than one of its points, a point rather than its chapeau.
    const better =
      !best ||
      shared > best.shared ||
      (shared === best.shared && (candidate.length < best.length || (candidate.length === best.length && id.length < best.id.length)));
    if (better) best = { id, shared, length: candidate.length };
  }
  return best?.id;
}
