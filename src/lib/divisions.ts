/**
 * The table of contents of an instrument: which division (part, chapter, section) each article
 * belongs to, and the check that divisions cover the articles once each, in order.
 */
import { childEid, type StepKind } from './eid.ts';

/** A division of an instrument (part, chapter, section) and the articles it holds. */
export interface Division {
  /** Part, chapter or section. */
  readonly type: 'part' | 'chapter' | 'section';
  /** Its number as printed, e.g. "I" or "2". */
  readonly num: string;
  /** Its number exactly as printed above the heading, e.g. "I." or "Chapter I". */
  readonly label: string;
  /** Its heading as printed; absent where the text prints only the label (the CRC's "PART I"). */
  readonly heading?: string | undefined;
  /** First article in it. */
  readonly firstArticle: number;
  /** Last article in it. */
  readonly lastArticle: number;
  /** Divisions inside it, if any. */
  readonly divisions?: readonly Division[] | undefined;
}

/** A division with its anchor id and the path of divisions above it. */
export interface PlacedDivision {
  /** The division as declared. */
  readonly division: Division;
  /** Its anchor id, e.g. "chp_II". */
  readonly eid: string;
  /** How deep it is: 0 for a top-level division. */
  readonly depth: number;
}

const STEP: Readonly<Record<Division['type'], StepKind>> = { part: 'part', chapter: 'chp', section: 'sec' };

/** Lists divisions depth-first with their anchor ids (nested divisions extend the parent's id). */
export function placeDivisions(divisions: readonly Division[], parent?: string, depth = 0): PlacedDivision[] {
  return divisions.flatMap((division) => {
    const eid = childEid(parent, { kind: STEP[division.type], token: division.num });
    return [{ division, eid, depth }, ...placeDivisions(division.divisions ?? [], eid, depth + 1)];
  });
}

/**
 * Checks that each level of divisions covers its articles in order with no gap and no overlap.
 * Returns one message per problem, empty when all is well.
 */
export function checkDivisions(divisions: readonly Division[], articleCount: number): string[] {
  if (divisions.length === 0) return [];
  const problems: string[] = [];
  const checkLevel = (level: readonly Division[], first: number, last: number, where: string): void => {
    let expected = first;
    let previous: string | undefined;
    for (const division of level) {
      const name = `${division.type} ${division.num}`;
      if (division.firstArticle < expected && previous !== undefined) {
        problems.push(
          `${where}${name} starts at article ${division.firstArticle}, which ${previous} already holds (divisions overlap); expected article ${expected}`,
        );
      } else if (division.firstArticle !== expected) {
        problems.push(`${where}${name} starts at article ${division.firstArticle}, expected article ${expected}`);
      }
      previous = name;
      if (division.lastArticle < division.firstArticle) {
        problems.push(`${where}${name} ends (article ${division.lastArticle}) before it starts (article ${division.firstArticle})`);
      }
      if (division.divisions?.length) {
        checkLevel(division.divisions, division.firstArticle, division.lastArticle, `${where}${name}: `);
      }
      expected = division.lastArticle + 1;
    }
    if (expected !== last + 1) problems.push(`${where}divisions end at article ${expected - 1}, expected article ${last}`);
  };
  checkLevel(divisions, 1, articleCount, '');
  return problems;
}

/** The divisions an article stands in, outermost first, with their anchor ids. */
export function divisionsOf(divisions: readonly Division[], article: number, parent?: string, depth = 0): PlacedDivision[] {
  const found = divisions.find((division) => article >= division.firstArticle && article <= division.lastArticle);
  if (!found) return [];
  const eid = childEid(parent, { kind: STEP[found.type], token: found.num });
  return [{ division: found, eid, depth }, ...divisionsOf(found.divisions ?? [], article, eid, depth + 1)];
}

/** How a division is named in running text and breadcrumbs, e.g. "Chapter II". */
export function divisionLabel(division: Division): string {
  return `${division.type.charAt(0).toUpperCase()}${division.type.slice(1)} ${division.num}`;
}

/** A division's name with its heading where it has one, e.g. "Chapter II: Protection of victims" or "Part I". */
export function divisionTitle(division: Division): string {
  return division.heading === undefined ? divisionLabel(division) : `${divisionLabel(division)}: ${division.heading}`;
}
