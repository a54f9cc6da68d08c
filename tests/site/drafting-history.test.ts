import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { loadCorpusModel } from '../../src/corpus/load.ts';
import { findMentions } from '../../src/lib/mentions.ts';
import { noteAnchor } from '../../src/schemas/history.ts';
import { articlePath, documentPath, historyPath } from '../../src/lib/urls.ts';
import { builtPage, builtPages, DIST, select, selectAll } from '../helpers/built-site.ts';

const model = await loadCorpusModel('corpus');
const { history } = model;

/** The text nodes of a tree that stand outside any link, with the text of each. */
function unlinkedTexts(node: Root | Element, inLink = false): string[] {
  return node.children.flatMap((child) => {
    if (child.type === 'text') return inLink ? [] : [child.value];
    if (child.type !== 'element') return [];
    if (['script', 'style', 'code', 'title'].includes(child.tagName)) return [];
    return unlinkedTexts(child, inLink || child.tagName === 'a');
  });
}

describe('the timeline and the register', () => {
  it('has a page for every event and every registered document, each listed', () => {
    const urls = new Set(builtPages().map((page) => page.url));
    for (const event of history.events) expect(urls, event.id).toContain(historyPath(event.id));
    for (const document of history.documents) expect(urls, document.symbol).toContain(documentPath(document.symbol));
    const listed = selectAll('.timeline li', builtPage('/history/').tree).map((item) => select('a', item)?.properties['href']);
    expect(listed).toEqual(history.events.map((event) => historyPath(event.id)));
    const registered = selectAll('.document-list li', builtPage('/documents/').tree).map((item) => select('a', item)?.properties['href']);
    expect(registered).toEqual(history.documents.map((document) => documentPath(document.symbol)));
  });

  it('groups the timeline by year, earliest first, and offers a filter by body and kind', () => {
    const page = builtPage('/history/');
    const years = selectAll('section.timeline-year', page.tree).map((section) => section.properties['dataYear']);
    expect(years).toEqual([...years].sort());
    const filter = select('#timeline-filters', page.tree);
    expect(filter && selectAll('select', filter).map((field) => field.properties['name'])).toEqual(['body', 'kind']);
  });

  it('labels every page of the history as its layer, and every fact on an event page with its sources', () => {
    for (const event of history.events) {
      const page = builtPage(historyPath(event.id));
      expect(select('.layer-history', page.tree), event.id).toBeDefined();
      expect(selectAll('.history-sources li', page.tree).length, event.id).toBe(event.sources.length);
    }
  });
});

describe('mentions of registered documents', () => {
  it('are links on every page of the site, in the treaty texts too, and never change the words', () => {
    if (history.documents.length === 0) return;
    for (const page of builtPages()) {
      const main = select('main', page.tree);
      if (!main) continue;
      // A document's own page names it in its heading and breadcrumbs without linking to itself.
      const own = history.documents.filter((document) => documentPath(document.symbol) !== page.url);
      for (const text of unlinkedTexts(main)) expect(findMentions(text, own), `${page.url}: ${text}`).toEqual([]);
    }
  });
});

describe('the article pages', () => {
  it('show the drafting history and the interpretative notes in sections of their own, labelled, after the text', () => {
    for (const key of Object.keys(history.articles)) {
      const [instrument = '', eid = ''] = key.split('#');
      const page = builtPage(articlePath(instrument, eid.replace('art_', '')));
      const section = select('#drafting-history', page.tree);
      expect(section, key).toBeDefined();
      expect(section && select('.layer-history', section), key).toBeDefined();
    }
    for (const [key, notes] of Object.entries(history.notes)) {
      const [instrument = '', eid = ''] = key.split('#');
      const article = /^art_(\d+)/.exec(eid)?.[1] ?? '';
      const page = builtPage(articlePath(instrument, article));
      for (const [index, note] of notes.entries()) {
        const block = select(`#${noteAnchor(note, index)}`, page.tree);
        expect(block, `${key} ${noteAnchor(note, index)}`).toBeDefined();
        // Pinned to its provision: the note links up to the provision it interprets, which is on the page.
        expect(block && selectAll('a', block).map((link) => link.properties['href'])).toContain(`#${eid}`);
        expect(select(`[id="${eid}"]`, page.tree)).toBeDefined();
      }
    }
  });
});

describe('the open data', () => {
  it('publishes the history layers as JSON, with ISO dates', () => {
    const data = JSON.parse(readFileSync(path.join(DIST, 'data', 'history.json'), 'utf8')) as {
      events: { date?: string; from?: string; to?: string }[];
      documents: { symbol: string; date?: string }[];
    };
    expect(data.events).toHaveLength(history.events.length);
    expect(data.documents.map((document) => document.symbol)).toEqual(history.documents.map((document) => document.symbol));
    const dates = [
      ...data.events.flatMap((event) => [event.date, event.from, event.to]),
      ...data.documents.map((document) => document.date),
    ];
    for (const date of dates) if (date !== undefined) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
