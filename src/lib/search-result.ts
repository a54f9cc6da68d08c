/**
 * The title of a search result, read from its permanent address: every result is titled the same
 * way, "<instrument's citation name>, <pinpoint>", with the layer named where it is not the
 * authentic text ("Drafting history: Trafficking in Persons Protocol, art. 3").
 */
import { pinpoint } from './citation.ts';
import { LAYERS, type LayerName } from './layers.ts';

/** A result's title and layer. */
export interface ResultTitle {
  /** "Trafficking in Persons Protocol, art. 6(3)(b)". */
  readonly title: string;
  /** Which layer the text belongs to. */
  readonly layer: LayerName;
  /** The instrument's folder name. */
  readonly instrument: string;
}

/** Reads a result's address ("/trafficking-protocol/article-6/#art_6__para_3__point_b") into its title; null for an address that is not a provision, a drafting history, a note or a reader's guide. */
export function resultTitle(url: string, citationNames: Readonly<Record<string, string>>): ResultTitle | null {
  const match = /^\/([a-z0-9-]+)\/(?:article-(\d+)|preamble|conclusions)\/#([\w-]+)$/.exec(url);
  if (!match) return null;
  const [, instrument = '', article, fragment = ''] = match;
  const name = citationNames[instrument];
  if (name === undefined) return null;
  if (fragment === 'drafting-history' && article !== undefined) {
    return { title: `${LAYERS.history.label}: ${name}, art. ${article}`, layer: 'history', instrument };
  }
  if (fragment === 'readers-guide' && article !== undefined) {
    return { title: `Reader's guide: ${name}, art. ${article}`, layer: 'commentary', instrument };
  }
  if (fragment.startsWith('note-') && article !== undefined) {
    return { title: `${LAYERS.notes.label}: ${name}, art. ${article}`, layer: 'notes', instrument };
  }
  try {
    return { title: `${name}, ${pinpoint(fragment)}`, layer: 'authentic', instrument };
  } catch {
    return null;
  }
}
