import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, builtPages, leafBlocks, readableText, select, selectAll } from '../helpers/built-site.ts';

const INSTRUMENTS = [
  {
    slug: 'trafficking-protocol',
    articles: 20,
    chapters: ['chp_I', 'chp_II', 'chp_III', 'chp_IV'],
    articlesPerChapter: [5, 3, 5, 7],
    preamble: true,
    registration: '25 December 2003, No. 39574; United Nations Treaty Series, vol. 2237, p. 319',
  },
  {
    slug: 'organized-crime-convention',
    articles: 41,
    chapters: [],
    articlesPerChapter: [],
    preamble: false,
    registration: '29 September 2003, No. 39574; United Nations Treaty Series, vol. 2225, p. 209',
  },
] as const;

describe.each(INSTRUMENTS)('$slug', ({ slug, articles, chapters, articlesPerChapter, preamble, registration }) => {
  const instrument = builtPage(`/${slug}/`);

  it(`has ${preamble ? 'a preamble' : 'no preamble'} and exactly ${articles} articles${chapters.length ? ` in ${chapters.length} chapters` : ''}`, () => {
    expect(Boolean(select('#preamble', instrument.tree))).toBe(preamble);
    const divisions = selectAll('section.division', instrument.tree);
    expect(divisions.map((division) => division.properties['id'])).toEqual(chapters);
    expect(divisions.map((division) => selectAll('section.article', division).length)).toEqual(articlesPerChapter);
    const ids = selectAll('section.article', instrument.tree).map((article) => article.properties['id']);
    expect(ids).toEqual(Array.from({ length: articles }, (_, index) => `art_${index + 1}`));
  });

  it('has a page for each article and each unnumbered part', () => {
    const urls = new Set(builtPages().map((page) => page.url));
    for (let number = 1; number <= articles; number += 1) expect(urls).toContain(`/${slug}/article-${number}/`);
    expect(urls.has(`/${slug}/preamble/`)).toBe(preamble);
    expect(urls).toContain(`/${slug}/conclusions/`);
  });

  it('states its registration as the United Nations Treaty Collection gives it, with the source', () => {
    const terms = selectAll('.facts dt', instrument.tree);
    const index = terms.findIndex((term) => readableText(term) === 'Registration');
    const definition = selectAll('.facts dd', instrument.tree)[index];
    const expected = `${registration} Source: United Nations Treaty Collection`;
    expect(definition && readableText(definition).slice(0, expected.length)).toBe(expected);
  });

  it('sets every fact apart from its source', () => {
    const facts = selectAll('.facts dd', instrument.tree).map(readableText);
    expect(facts.filter((fact) => / Source: /.test(fact)).length).toBeGreaterThanOrEqual(5);
    expect(facts.filter((fact) => /\SSource: /.test(fact))).toEqual([]);
  });

  it('reads, line by line, exactly as the verified text', () => {
    // The verified text (tests/fixtures/verified-text) is the one compared with the sources; see
    // the instrument's verification record. Any change to the corpus or to rendering shows here.
    const verified = readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'verified-text', `${slug}.txt`), 'utf8')
      .trimEnd()
      .split('\n');
    const leaves = leafBlocks(instrument, 'h1.instrument-title, .division-heading, .article-heading, .provision, .label-only').map(
      readableText,
    );
    expect(leaves).toEqual(verified);
  });
});

describe('headings', () => {
  it('stay readable as text: words never run together', () => {
    const article = builtPage('/trafficking-protocol/article-6/');
    const h1 = select('h1', article.tree);
    expect(h1 && readableText(h1)).toBe('Article 6 Assistance to and protection of victims of trafficking in persons');
  });
});
