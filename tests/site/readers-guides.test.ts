import { describe, expect, it } from 'vitest';
import { builtPage, readableText, select, selectAll } from '../helpers/built-site.ts';

const ARTICLES = Array.from({ length: 20 }, (_, index) => index + 1);

describe('a reader’s guide to each article of the Protocol', () => {
  it.each(ARTICLES)('article %i: after the text, labelled as our commentary, every statement with what it rests on', (number) => {
    const page = builtPage(`/trafficking-protocol/article-${number}/`);
    const guide = select('#readers-guide', page.tree);
    expect(guide).toBeDefined();
    const label = select('.layer-label', guide ?? page.tree);
    expect(label && readableText(label)).toContain("Reader's guide: our commentary");
    const headings = selectAll('h3', guide ?? page.tree).map(readableText);
    expect(headings[0]).toBe('What it requires');
    expect(headings.at(-1)).toBe('How it connects');
    const statements = selectAll('p:not(.layer-label):not(.guide-summary)', guide ?? page.tree);
    expect(statements.length).toBeGreaterThan(3);
    for (const statement of statements) expect(selectAll('.guide-cites a', statement).length, readableText(statement)).toBeGreaterThan(0);
    // The guide is our layer: it stands apart from the authentic text, never inside it.
    expect(select('#readers-guide', select(`#art_${number}`, page.tree) ?? page.tree)).toBeUndefined();
  });

  it('article 3 explains the act, the means, the purpose and why consent is irrelevant', () => {
    const guide = select('#readers-guide', builtPage('/trafficking-protocol/article-3/').tree);
    const headings = selectAll('h3', guide ?? builtPage('/').tree).map(readableText);
    expect(headings).toEqual(expect.arrayContaining(['The act, the means and the purpose', 'Why consent is irrelevant']));
  });

  it('the guides page lists all twenty', () => {
    expect(selectAll('.guide-articles a', builtPage('/guides/').tree)).toHaveLength(20);
  });
});

describe('the guide on how the Protocol and the Convention fit together', () => {
  it.each(['/trafficking-protocol/article-1/', '/organized-crime-convention/article-37/'])(
    'is reachable from %s, an article it explains',
    (url) => {
      const links = selectAll('.guide-links a', builtPage(url).tree).map((link) => link.properties['href']);
      expect(links).toContain('/protocol-and-convention/');
    },
  );

  it('is in the main navigation of every page', () => {
    expect(select('header nav a[href="/protocol-and-convention/"]', builtPage('/trafficking-protocol/article-9/').tree)).toBeDefined();
  });

  it('has styled tables: our own pages wrap them in the prose block the stylesheet rules', () => {
    expect(selectAll('.prose table', builtPage('/protocol-and-convention/').tree).length).toBeGreaterThan(0);
  });
});
