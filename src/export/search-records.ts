/**
 * The history layers as search records of their own: one per article's drafting history and one
 * per interpretative note, each filtered by its layer and instrument, so that a researcher can
 * search the notes or the history alone and land on the section.
 */
import type { CorpusModel } from '../corpus/model.ts';
import { pinpoint, shortTitle } from '../lib/citation.ts';
import { LAYERS } from '../lib/layers.ts';
import { articlePath } from '../lib/urls.ts';
import { noteAnchor } from '../schemas/history.ts';

/** A record for the search index. */
export interface HistorySearchRecord {
  readonly url: string;
  readonly content: string;
  readonly title: string;
  readonly filters: Readonly<Record<string, string[]>>;
}

/** The search records of the drafting histories and the interpretative notes. */
export function historySearchRecords(model: CorpusModel): HistorySearchRecord[] {
  const names = new Map(model.instruments.map((instrument) => [instrument.slug, instrument.meta]));
  const instrumentOf = (slug: string): string => {
    const meta = names.get(slug);
    return meta ? shortTitle(meta) : slug;
  };
  const articleOf = (eid: string): string => /^art_(\d+)/.exec(eid)?.[1] ?? '';
  const histories = Object.entries(model.history.articles).map(([key, entry]): HistorySearchRecord => {
    const [slug = '', eid = ''] = key.split('#');
    return {
      url: `${articlePath(slug, articleOf(eid))}#drafting-history`,
      content: [...entry.statements.map((statement) => statement.text), ...entry.negotiationTexts.map((text) => text.text)].join('\n'),
      title: `${LAYERS.history.label}: ${instrumentOf(slug)}, ${pinpoint(eid)}`,
      filters: { layer: [LAYERS.history.label], instrument: [instrumentOf(slug)] },
    };
  });
  const notes = Object.entries(model.history.notes).flatMap(([key, list]) => {
    const [slug = '', eid = ''] = key.split('#');
    return list.map((note, index): HistorySearchRecord => ({
      url: `${articlePath(slug, articleOf(eid))}#${noteAnchor(note, index)}`,
      content: note.wording ?? note.summary,
      title: `${LAYERS.notes.label} on ${instrumentOf(slug)}, ${pinpoint(eid)} (${note.document}${note.paragraph === undefined ? '' : `, para. ${note.paragraph}`})`,
      filters: { layer: [LAYERS.notes.label], instrument: [instrumentOf(slug)] },
    }));
  });
  return [...histories, ...notes];
}
