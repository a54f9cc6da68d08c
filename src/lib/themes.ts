/**
 * Which comparison themes a text belongs to: a theme holds an article when any of its rows names
 * the article or a provision inside it. Pure; the themes are passed in.
 */
import { parsePlace } from './connections.ts';

/** What this module needs of a theme. */
export interface ThemeCells {
  /** Title, the value of the search filter. */
  readonly title: string;
  /** Rows, each naming provisions as "instrument#anchor". */
  readonly rows: readonly { readonly provisions: readonly string[] }[];
}

/** True when `eid` is `ancestor` or stands inside it ("art_3__point_a" is inside "art_3"). */
export function isWithin(eid: string, ancestor: string): boolean {
  return eid === ancestor || eid.startsWith(`${ancestor}__`);
}

/** Titles of the themes that name the text at `eid` of `instrument` or anything inside it, in theme order. */
export function themesOfText(themes: readonly ThemeCells[], instrument: string, eid: string): string[] {
  return themes
    .filter((theme) =>
      theme.rows.some((row) =>
        row.provisions.some((value) => {
          const place = parsePlace(value);
          return place.instrument === instrument && place.eid !== undefined && isWithin(place.eid, eid);
        }),
      ),
    )
    .map((theme) => theme.title);
}
