import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, builtPages, leafBlocks, readableText, select, selectAll } from '../helpers/built-site.ts';

const INSTRUMENTS = [
  {
    slug: 'trafficking-protocol',
    articles: 20,
    divisions: ['chp_I', 'chp_II', 'chp_III', 'chp_IV'],
    articlesPerDivision: [5, 3, 5, 7],
    preamble: true,
    conclusions: true,
    registration: '25 December 2003, No. 39574; United Nations Treaty Series, vol. 2237, p. 319 Source: United Nations Treaty Collection',
  },
  {
    slug: 'organized-crime-convention',
    articles: 41,
    divisions: [],
    articlesPerDivision: [],
    preamble: false,
    conclusions: true,
    registration: '29 September 2003, No. 39574; United Nations Treaty Series, vol. 2225, p. 209 Source: United Nations Treaty Collection',
  },
  {
    slug: 'rights-of-the-child-convention',
    articles: 54,
    divisions: ['part_I', 'part_II', 'part_III'],
    articlesPerDivision: [41, 4, 9],
    preamble: true,
    conclusions: true,
    registration: undefined,
  },
  {
    slug: 'discrimination-against-women-convention',
    articles: 30,
    divisions: ['part_I', 'part_II', 'part_III', 'part_IV', 'part_V', 'part_VI'],
    articlesPerDivision: [6, 3, 5, 2, 6, 8],
    preamble: true,
    conclusions: true,
    registration: '3 September 1981, No. 20378; United Nations Treaty Series, vol. 1249, p. 13 Source: United Nations Treaty Collection',
  },
  {
    slug: 'forced-labour-convention',
    articles: 33,
    divisions: [],
    articlesPerDivision: [],
    preamble: true,
    conclusions: false,
    registration: undefined,
  },
  {
    slug: 'abolition-of-forced-labour-convention',
    articles: 10,
    divisions: [],
    articlesPerDivision: [],
    preamble: true,
    conclusions: false,
    registration: '28 January 1959, No. 4648 Source: United Nations Treaty Series reprint',
  },
  {
    slug: 'forced-labour-protocol',
    articles: 12,
    divisions: [],
    articlesPerDivision: [],
    preamble: true,
    conclusions: false,
    registration: undefined,
  },
  {
    slug: 'council-of-europe-trafficking-convention',
    articles: 47,
    divisions: ['chp_I', 'chp_II', 'chp_III', 'chp_IV', 'chp_V', 'chp_VI', 'chp_VII', 'chp_VIII', 'chp_IX', 'chp_X'],
    articlesPerDivision: [4, 5, 8, 9, 5, 4, 3, 2, 1, 6],
    preamble: true,
    conclusions: true,
    registration: undefined,
  },
] as const;

describe.each(INSTRUMENTS)(
  '$slug',
  ({ slug, articles, divisions: expectedDivisions, articlesPerDivision, preamble, conclusions, registration }) => {
    const instrument = builtPage(`/${slug}/`);
    const about = builtPage(`/${slug}/about/`);

    it(`has ${preamble ? 'a preamble' : 'no preamble'} and exactly ${articles} articles${expectedDivisions.length ? ` in ${expectedDivisions.length} divisions` : ''}`, () => {
      expect(Boolean(select('#preamble', instrument.tree))).toBe(preamble);
      const divisions = selectAll('section.division', instrument.tree);
      expect(divisions.map((division) => division.properties['id'])).toEqual(expectedDivisions);
      expect(divisions.map((division) => selectAll('section.article', division).length)).toEqual(articlesPerDivision);
      const ids = selectAll('section.article', instrument.tree).map((article) => article.properties['id']);
      expect(ids).toEqual(Array.from({ length: articles }, (_, index) => `art_${index + 1}`));
    });

    it('has a page for each article and each unnumbered part', () => {
      const urls = new Set(builtPages().map((page) => page.url));
      for (let number = 1; number <= articles; number += 1) expect(urls).toContain(`/${slug}/article-${number}/`);
      expect(urls.has(`/${slug}/preamble/`)).toBe(preamble);
      expect(urls.has(`/${slug}/conclusions/`)).toBe(conclusions);
    });

    it(`states ${registration ? 'its registration with the source' : 'no registration, none being confirmed'}`, () => {
      const terms = selectAll('.facts dt', about.tree);
      const index = terms.findIndex((term) => readableText(term) === 'Registration');
      const definition = index < 0 ? undefined : selectAll('.facts dd', about.tree)[index];
      expect(definition && readableText(definition).slice(0, registration?.length)).toBe(registration);
    });

    it('sets every fact apart from its source', () => {
      const facts = selectAll('.facts dd', about.tree).map(readableText);
      // Adoption, entry into force, depositary and languages at least; signature and registration where the kind has them.
      expect(facts.filter((fact) => / Source: /.test(fact)).length).toBeGreaterThanOrEqual(4);
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
  },
);

describe('headings', () => {
  it('stay readable as text: words never run together', () => {
    const article = builtPage('/trafficking-protocol/article-6/');
    const h1 = select('h1', article.tree);
    expect(h1 && readableText(h1)).toBe('Article 6 Assistance to and protection of victims of trafficking in persons');
  });
});
