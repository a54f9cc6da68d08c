import { describe, expect, it } from 'vitest';
import { loadCorpusModel } from '../../src/corpus/load.ts';
import { placePath, provisionPagePath } from '../../src/lib/urls.ts';
import { builtPage, readableText, select, selectAll } from '../helpers/built-site.ts';

const index = await loadCorpusModel('corpus');

describe('in-text references', () => {
  it('are linked unless they name their own instrument, one outside the corpus, or an article from a preamble', () => {
    expect(index.references.length).toBeGreaterThan(200);
    const reasons = index.references.flatMap((record) =>
      record.links.filter((link) => link.target === undefined).map((link) => link.reason),
    );
    for (const reason of reasons)
      expect(reason).toMatch(
        /^(names the instrument it stands in|refers to the [A-Z][^,]+, which is not in the corpus|stands in a preamble and does not say which instrument it names)$/,
      );
    const linked = index.references.filter((record) => record.links.every((link) => link.target !== undefined));
    expect(linked.length / index.references.length).toBeGreaterThan(0.8);
  });

  it.each([
    [
      '/council-of-europe-trafficking-convention/article-19/',
      'Article 4 paragraph a of this Convention',
      '/council-of-europe-trafficking-convention/article-4/#art_4__point_a',
    ],
    ['/forced-labour-protocol/article-9/', 'Article 30', '/forced-labour-convention/article-30/#art_30'],
    ['/forced-labour-protocol/preamble/', 'Forced Labour Convention, 1930', '/forced-labour-convention/'],
    [
      '/council-of-europe-trafficking-convention/article-39/',
      'Protocol to prevent, suppress and punish trafficking in persons, especially women and children',
      '/trafficking-protocol/',
    ],
    ['/council-of-europe-trafficking-convention/article-13/', '2', '/council-of-europe-trafficking-convention/article-12/#art_12__para_2'],
  ])('on %s, “%s” links to %s', (page, words, href) => {
    const links = selectAll('a.ref', builtPage(page).tree).filter((link) => readableText(link) === words);
    expect(links.map((link) => link.properties['href'])).toContain(href);
  });

  it('the Protocol links “article 27 of the Convention” to that article of the Convention', () => {
    const link = select('#art_11__para_6 a.ref', builtPage('/trafficking-protocol/article-11/').tree);
    expect(link?.properties['href']).toBe('/organized-crime-convention/article-27/#art_27');
  });

  it('every resolved reference is a link on the page of the provision that makes it', () => {
    for (const record of index.references) {
      const page = builtPage(provisionPagePath(record.instrument, record.source));
      const hrefs = new Set(selectAll('a.ref', page.tree).map((link) => String(link.properties['href'])));
      for (const link of record.links) {
        if (link.target && link.words !== '')
          expect(hrefs, `${record.instrument} ${record.source}: ${record.text}`).toContain(placePath(link.target));
      }
    }
  });
});

describe('connections: "Referred to by" and declared relations', () => {
  it('show on every provision that has one, from both ends', () => {
    expect(Object.keys(index.connections).length).toBeGreaterThan(50);
    for (const [key, connections] of Object.entries(index.connections)) {
      const [instrument = '', eid] = key.split('#');
      const page = builtPage(eid ? provisionPagePath(instrument, eid) : `/${instrument}/`);
      const holder = eid ? select(`[id="${eid}"]`, page.tree) : select('main', page.tree);
      expect(holder, key).toBeDefined();
      // Sibling points with the same connections share one box, under their list in the parent provision.
      const parent = eid?.split('__').slice(0, -1).join('__');
      const merged = parent ? selectAll(`[id="${parent}"] > small.connections a`, page.tree) : [];
      const shown = new Set(
        [...selectAll('.connections a', holder ?? page.tree), ...merged].map((link) => String(link.properties['href'])),
      );
      for (const connection of connections) expect(shown, `${key} ← ${connection.label}`).toContain(placePath(connection.other));
    }
  });

  it('the Convention’s article 37 shows that the Protocol supplements it', () => {
    const article = builtPage('/organized-crime-convention/article-37/');
    const text = selectAll('.connections', article.tree)
      .map((node) => JSON.stringify(node))
      .join(' ');
    expect(text).toContain('Supplemented by');
    expect(text).toContain('/trafficking-protocol/article-1/#art_1__para_1');
  });
});
