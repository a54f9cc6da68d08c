/**
 * Legal numbering: reading the printed label of a provision ("1.", "(a)", "(iv)") and checking
 * that labels follow each other as the text's own numbering requires.
 */

/** The numbering styles a list of provisions can use. */
export type NumberingStyle = 'arabic' | 'alpha' | 'roman' | 'indent';

/** A printed label reduced to the token used in anchors, with its style. */
export interface Numbering {
  /** The label exactly as printed, e.g. "(a)". */
  readonly label: string;
  /** The bare token, e.g. "a"; this is what anchors are made of. */
  readonly token: string;
  /** How the token counts. */
  readonly style: NumberingStyle;
}

/** Thrown when a label or a sequence of labels is not legal numbering. */
export class NumberingError extends Error {
  override name = 'NumberingError';
}

// "1." (UN style), "1" (Council of Europe style), "(a)", "a.", "a)" and "(iv)" are all printed forms.
// A dash ("–" or "—") marks an indent: an item of a list printed without numbers, counted in order.
const DASHES = new Set(['–', '—']);
const LABEL = /^\(?([0-9]+|[a-z]{1,4})[.)]?$/;
const ROMAN = /^(?=[ivxlc])c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;

const ROMAN_VALUES: ReadonlyArray<readonly [string, number]> = [
  ['c', 100],
  ['xc', 90],
  ['l', 50],
  ['xl', 40],
  ['x', 10],
  ['ix', 9],
  ['v', 5],
  ['iv', 4],
  ['i', 1],
];

/** Writes a positive integer as a lower-case Roman numeral. */
export function toRoman(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 399) {
    throw new NumberingError(`cannot write ${value} as a Roman numeral (expected 1 to 399)`);
  }
  let rest = value;
  let out = '';
  for (const [numeral, amount] of ROMAN_VALUES) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
}

/** Reads a lower-case Roman numeral, or returns undefined when the token is not one. */
export function fromRoman(token: string): number | undefined {
  if (!ROMAN.test(token)) return undefined;
  let rest = token;
  let value = 0;
  for (const [numeral, amount] of ROMAN_VALUES) {
    while (rest.startsWith(numeral)) {
      value += amount;
      rest = rest.slice(numeral.length);
    }
  }
  return value;
}

/**
 * Reads a printed label. `previous` is the label before it in the same list, which decides
 * whether "(i)" is the ninth letter or the first Roman numeral.
 */
export function parseLabel(label: string, previous?: Numbering): Numbering {
  if (DASHES.has(label)) {
    return { label, token: previous?.style === 'indent' ? String(Number(previous.token) + 1) : '1', style: 'indent' };
  }
  const match = LABEL.exec(label);
  if (!match?.[1]) {
    throw new NumberingError(`"${label}" is not a provision label (expected e.g. "1.", "(a)" or "(iv)")`);
  }
  const token = match[1];
  if (/^[0-9]+$/.test(token)) {
    if (token.startsWith('0')) throw new NumberingError(`"${label}" has a leading zero`);
    return { label, token, style: 'arabic' };
  }
  if (previous?.style === 'alpha') return { label, token, style: 'alpha' };
  if (previous?.style === 'roman' || (previous === undefined && token === 'i')) {
    if (fromRoman(token) === undefined) {
      throw new NumberingError(`"${label}" is not a Roman numeral`);
    }
    return { label, token, style: 'roman' };
  }
  if (token.length !== 1) {
    throw new NumberingError(`"${label}" is neither a single letter nor a Roman numeral starting a list at (i)`);
  }
  return { label, token, style: 'alpha' };
}

/** The token that must follow `previous` in its list. */
export function nextToken(previous: Numbering): string {
  switch (previous.style) {
    case 'arabic':
    case 'indent':
      return String(Number(previous.token) + 1);
    case 'roman':
      return toRoman((fromRoman(previous.token) ?? 0) + 1);
    case 'alpha': {
      if (previous.token === 'z') throw new NumberingError('a lettered list cannot go beyond (z)');
      return String.fromCharCode(previous.token.charCodeAt(0) + 1);
    }
  }
}

/** The token a list in the given style starts with. */
export function firstToken(style: NumberingStyle): string {
  return style === 'arabic' || style === 'indent' ? '1' : style === 'alpha' ? 'a' : 'i';
}

/**
 * Reads every label of one list in order and checks that none is skipped, repeated or out of
 * order. Returns the parsed labels.
 */
export function parseSequence(labels: readonly string[]): Numbering[] {
  const out: Numbering[] = [];
  for (const label of labels) {
    const previous = out.at(-1);
    const current = parseLabel(label, previous);
    const expected = previous ? nextToken(previous) : firstToken(current.style);
    if (previous && previous.style !== current.style) {
      throw new NumberingError(`"${label}" follows "${previous.label}" but is numbered in another style`);
    }
    if (current.token !== expected) {
      const where = previous ? `after "${previous.label}"` : 'at the start of the list';
      throw new NumberingError(`expected ${expected} ${where}, found "${label}"`);
    }
    out.push(current);
  }
  return out;
}
