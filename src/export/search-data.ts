/**
 * The small files the search page reads beside Pagefind's index, from the corpus model: the table
 * a typed citation is resolved against, the citation names that title results, and the list of
 * indexed words from which a word found nowhere gets its suggestions (split by first letter, so
 * that a suggestion fetches one small file).
 */
import type { CorpusModel } from '../corpus/model.ts';
import type { CitationTable } from '../lib/citation-query.ts';
import { wordsOf } from '../lib/search-query.ts';
import { letterOf } from '../lib/suggest.ts';
import { corpusRecords } from './provision-records.ts';
import type { SearchRecord } from './search-records.ts';

/** Folder of these files, below the site's root. */
export const SEARCH_DATA_DIR = 'search/data';

const ORIGIN = 'https://records.invalid';

/** Each instrument's citation name by folder name, for result titles. */
export function citationNames(model: CorpusModel): Record<string, string> {
  return Object.fromEntries(model.instruments.map((instrument) => [instrument.slug, instrument.meta.citationName]));
}

/**
 * The names a reader may type for an instrument: its short titles and citation name, for ILO texts
 * the code with and without zeros ("C029", "C29", "ILO 29"), and for the first instrument and the
 * one it supplements, "Protocol" and "Convention", as the Protocol's own text says. A citation
 * without an instrument's name means `primary`, or in a corpus without it, the first instrument.
 */
export function citationTable(model: CorpusModel, primary: string): CitationTable {
  const main = model.instruments.find((instrument) => instrument.slug === primary) ?? model.instruments[0];
  if (!main) throw new Error('the corpus holds no instrument to cite');
  const anchors = new Map<string, string[]>();
  for (const record of corpusRecords(model.instruments, ORIGIN)) {
    const list = anchors.get(record.instrument) ?? [];
    list.push(record.anchor);
    anchors.set(record.instrument, list);
  }
  return {
    defaultInstrument: main.slug,
    documents: model.history.documents.map((document) => document.symbol),
    instruments: model.instruments.map((instrument) => {
      const { meta } = instrument;
      const names = [...meta.shortTitles];
      if (meta.organization === 'ilo') {
        const number = String(Number(meta.iloCode.slice(1)));
        names.push(meta.iloCode, `${meta.iloCode[0] ?? ''}${number}`, `ILO ${meta.iloCode[0] === 'P' ? 'Protocol ' : ''}${number}`);
      }
      if (instrument === main) names.push('Protocol');
      if (main.meta.supplements === instrument.slug) names.push('Convention');
      return { slug: instrument.slug, citationName: meta.citationName, names, anchors: anchors.get(instrument.slug) ?? [] };
    }),
  };
}

/** The indexed words with how often each occurs, grouped by first letter; only words of letters, two or more. */
export function vocabulary(records: readonly SearchRecord[]): Map<string, [string, number][]> {
  const counts = new Map<string, number>();
  for (const record of records) {
    for (const word of wordsOf(record.content)) {
      for (const part of word.split(/[-']/)) {
        if (/^\p{L}{2,}$/u.test(part)) counts.set(part, (counts.get(part) ?? 0) + 1);
      }
    }
  }
  const byLetter = new Map<string, [string, number][]>();
  for (const [word, count] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    const letter = letterOf(word);
    const list = byLetter.get(letter) ?? [];
    list.push([word, count]);
    byLetter.set(letter, list);
  }
  return byLetter;
}
