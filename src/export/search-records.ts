/**
 * What search indexes, from the corpus model: one record per provision of the authentic texts (its
 * own words, so that a hit is the provision that holds the words), one per article's drafting
 * history and one per interpretative note. Each is filtered by instrument, layer and theme, and a
 * provision that defines a term carries it, so that a query naming the term ranks its definition
 * first. Titles are not indexed: the search page reads them from the record's address.
 */
import type { CorpusModel } from '../corpus/model.ts';
import { shortTitle } from '../lib/citation.ts';
import { definedTerms } from '../lib/definitions.ts';
import { LAYERS } from '../lib/layers.ts';
import { themesOfText } from '../lib/themes.ts';
import { articlePath } from '../lib/urls.ts';
import { noteAnchor } from '../schemas/history.ts';
import { corpusRecords } from './provision-records.ts';

/** A record for the search index. */
export interface SearchRecord {
  /** Site-relative address of the provision or section, unique. */
  readonly url: string;
  /** The words searched and shown in excerpts. */
  readonly content: string;
  /** Filter values by facet: instrument, layer, theme, defines. */
  readonly filters: Readonly<Record<string, string[]>>;
}

/** The facets a reader filters by, in the order the search page shows them. */
export const SEARCH_FACETS = ['instrument', 'layer', 'theme'] as const;

/** The search records of the authentic texts: every provision that has words of its own, and every article heading. */
export function provisionSearchRecords(model: CorpusModel): SearchRecord[] {
  const names = new Map(model.instruments.map((instrument) => [instrument.slug, shortTitle(instrument.meta)]));
  return corpusRecords(model.instruments, undefined).flatMap((record): SearchRecord[] => {
    const content = [record.heading, record.text].filter((part): part is string => part !== null && part.length > 0).join('\n');
    // Divisions are found through their articles; their pages are the whole text, not a provision.
    if (content.length === 0 || ['part', 'chapter', 'section'].includes(record.kind)) return [];
    const text = /^(art_\d+|preamble|conclusions)/.exec(record.anchor)?.[1] ?? record.anchor;
    const themes = themesOfText(model.themes, record.instrument, text);
    const defines = definedTerms(record.text ?? '');
    return [
      {
        url: record.url,
        content,
        filters: {
          instrument: [names.get(record.instrument) ?? record.instrument],
          layer: [LAYERS.authentic.label],
          ...(themes.length > 0 ? { theme: themes } : {}),
          ...(defines.length > 0 ? { defines } : {}),
        },
      },
    ];
  });
}

/** The search records of the drafting histories and the interpretative notes, each filtered by its layer and instrument. */
export function historySearchRecords(model: CorpusModel): SearchRecord[] {
  const names = new Map(model.instruments.map((instrument) => [instrument.slug, shortTitle(instrument.meta)]));
  const instrumentOf = (slug: string): string => names.get(slug) ?? slug;
  const articleOf = (eid: string): string => /^art_(\d+)/.exec(eid)?.[1] ?? '';
  const histories = Object.entries(model.history.articles).map(([key, entry]): SearchRecord => {
    const [slug = '', eid = ''] = key.split('#');
    return {
      url: `${articlePath(slug, articleOf(eid))}#drafting-history`,
      content: [...entry.statements.map((statement) => statement.text), ...entry.negotiationTexts.map((text) => text.text)].join('\n'),
      filters: { layer: [LAYERS.history.label], instrument: [instrumentOf(slug)] },
    };
  });
  const notes = Object.entries(model.history.notes).flatMap(([key, list]) => {
    const [slug = '', eid = ''] = key.split('#');
    return list.map((note, index): SearchRecord => ({
      url: `${articlePath(slug, articleOf(eid))}#${noteAnchor(note, index)}`,
      content: note.wording ?? note.summary,
      filters: { layer: [LAYERS.notes.label], instrument: [instrumentOf(slug)] },
    }));
  });
  return [...histories, ...notes];
}

/** The search records of the reader's guides: one per article's guide, landing on it, filtered as the commentary layer. */
export function commentarySearchRecords(model: CorpusModel): SearchRecord[] {
  const names = new Map(model.instruments.map((instrument) => [instrument.slug, shortTitle(instrument.meta)]));
  return Object.entries(model.commentary).map(([key, guide]): SearchRecord => {
    const [slug = '', eid = ''] = key.split('#');
    return {
      url: `${articlePath(slug, /^art_(\d+)/.exec(eid)?.[1] ?? '')}#readers-guide`,
      content: [
        guide.summary,
        ...guide.sections.flatMap((section) => [section.heading, ...section.statements.map((statement) => statement.text)]),
      ].join('\n'),
      filters: { layer: [LAYERS.commentary.label], instrument: [names.get(slug) ?? slug] },
    };
  });
}

/**
 * Every search record in the order that breaks ties between equal scores: the authentic texts of
 * `primary` and of the instrument it supplements first, then the other instruments in the corpus's
 * order, then the history layers, then our commentary.
 */
export function searchRecords(model: CorpusModel, primary: string): SearchRecord[] {
  const main = model.instruments.find((instrument) => instrument.slug === primary);
  const first = [primary, main?.meta.supplements].filter((slug): slug is string => slug !== undefined);
  const weight = (url: string): number => {
    const index = first.indexOf(url.split('/')[1] ?? '');
    return index < 0 ? first.length : index;
  };
  const provisions = provisionSearchRecords(model)
    .map((record, index) => ({ record, index }))
    .sort((a, b) => weight(a.record.url) - weight(b.record.url) || a.index - b.index)
    .map(({ record }) => record);
  return [...provisions, ...historySearchRecords(model), ...commentarySearchRecords(model)];
}
