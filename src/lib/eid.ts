/**
 * Anchor ids in Akoma Ntoso naming: a path of steps from the top of the instrument, joined by
 * "__", each step a short element name and, when the element is numbered, "_" and its number
 * token, e.g. "art_5__para_2__point_a". This is the only module that builds or reads them.
 */

/** Element names that may appear in an anchor id. */
export const STEP_KINDS = [
  'preamble',
  'recital',
  'part',
  'chp',
  'sec',
  'art',
  'para',
  'point',
  'indent',
  'intro',
  'wrap',
  'conclusions',
] as const;

/** One element name of an anchor id. */
export type StepKind = (typeof STEP_KINDS)[number];

/** One step of an anchor id; `token` is absent for unnumbered elements (preamble, intro, ...). */
export interface EidStep {
  readonly kind: StepKind;
  readonly token?: string;
}

/** Thrown when a string is not an anchor id of this scheme. */
export class EidError extends Error {
  override name = 'EidError';
}

const NUMBERED: ReadonlySet<StepKind> = new Set(['recital', 'part', 'chp', 'sec', 'art', 'para', 'point', 'indent']);
const TOKEN = /^[0-9A-Za-z]+$/;

function isStepKind(value: string): value is StepKind {
  return (STEP_KINDS as readonly string[]).includes(value);
}

/** Writes one step, checking that numbered elements have a token and others do not. */
function formatStep(step: EidStep): string {
  if (NUMBERED.has(step.kind)) {
    if (step.token === undefined || !TOKEN.test(step.token)) {
      throw new EidError(`a "${step.kind}" step needs a number token of letters or digits, found "${step.token ?? ''}"`);
    }
    return `${step.kind}_${step.token}`;
  }
  if (step.token !== undefined) throw new EidError(`a "${step.kind}" step takes no number`);
  return step.kind;
}

/** Builds the anchor id for a path of steps. */
export function formatEid(steps: readonly EidStep[]): string {
  if (steps.length === 0) throw new EidError('an anchor id needs at least one step');
  return steps.map(formatStep).join('__');
}

/** Reads an anchor id back into its steps; throws EidError for anything not of this scheme. */
export function parseEid(eid: string): EidStep[] {
  if (eid === '') throw new EidError('an empty string is not an anchor id');
  return eid.split('__').map((part) => {
    const underscore = part.indexOf('_');
    const kind = underscore === -1 ? part : part.slice(0, underscore);
    if (!isStepKind(kind)) throw new EidError(`"${eid}": unknown element "${kind}"`);
    const step: EidStep = underscore === -1 ? { kind } : { kind, token: part.slice(underscore + 1) };
    // Round-tripping rejects a missing or surplus number in one place.
    formatStep(step);
    return step;
  });
}

/** True when the string is an anchor id of this scheme. */
export function isEid(value: string): boolean {
  try {
    parseEid(value);
    return true;
  } catch {
    return false;
  }
}

/** Appends one step to a parent id (or starts a new id when there is no parent). */
export function childEid(parent: string | undefined, step: EidStep): string {
  return parent === undefined ? formatStep(step) : `${parent}__${formatStep(step)}`;
}
