import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, builtPages, leafBlocks, readableText, select, selectAll } from '../helpers/built-site.ts';

const instrument = builtPage('/trafficking-protocol/');

describe('the Trafficking in Persons Protocol', () => {
  it('has a preamble and exactly 20 articles in 4 chapters', () => {
    expect(select('#preamble', instrument.tree)).toBeDefined();
    const chapters = selectAll('section.division', instrument.tree);
    expect(chapters.map((chapter) => chapter.properties['id'])).toEqual(['chp_I', 'chp_II', 'chp_III', 'chp_IV']);
    const articles = selectAll('section.article', instrument.tree).map((article) => article.properties['id']);
    expect(articles).toEqual(Array.from({ length: 20 }, (_, index) => `art_${index + 1}`));
    expect(chapters.map((chapter) => selectAll('section.article', chapter).length)).toEqual([5, 3, 5, 7]);
  });

  it('has a page for each article, the preamble and the testimonium', () => {
    const urls = new Set(builtPages().map((page) => page.url));
    for (let number = 1; number <= 20; number += 1) expect(urls).toContain(`/trafficking-protocol/article-${number}/`);
    expect(urls).toContain('/trafficking-protocol/preamble/');
    expect(urls).toContain('/trafficking-protocol/conclusions/');
  });

  it('reads, line by line, exactly as the verified text', () => {
    // The verified text (tests/fixtures/verified-text) is the one compared with the sources; see
    // the instrument's verification record. Any change to the corpus or to rendering shows here.
    const verified = readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'verified-text', 'trafficking-protocol.txt'), 'utf8').trimEnd().split('\n');
    const leaves = leafBlocks(instrument, 'h1.instrument-title, .division-heading, .article-heading, .provision').map(readableText);
    expect(leaves).toEqual(verified);
  });

  it('keeps headings readable as text: words never run together', () => {
    const article = builtPage('/trafficking-protocol/article-6/');
    expect(readableText(select('h1', article.tree) ?? { type: 'element', tagName: 'x', properties: {}, children: [] })).toBe(
      'Article 6 Assistance to and protection of victims of trafficking in persons',
    );
  });
});
