import { toText } from 'hast-util-to-text';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, builtPages, DIST, readableText, select, selectAll } from '../helpers/built-site.ts';

const TEXT_FILES = /\.(html|json|xml|txt|csv|bib|ris|js|css)$/;

function siteFiles(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => TEXT_FILES.test(file))
    .map((file) => path.join(DIST, file));
}

describe('no address that can never work', () => {
  it('no file of the site names a placeholder host', () => {
    const offending = siteFiles().filter((file) =>
      /https?:\/\/[\w.-]*\.(example|invalid|test|localhost)\b|palermo-corpus\.example/.test(readFileSync(file, 'utf8')),
    );
    expect(offending.map((file) => path.relative(DIST, file))).toEqual([]);
  });
});

describe('every article offers its citation and its reference files', () => {
  const articles = builtPages().filter((page) => /^\/[^/]+\/article-\d+\/$/.test(page.url));

  it.each(articles.map((page) => [page.url, page] as const))('%s', (url, page) => {
    const styles = selectAll('.cite .cite-text', page.tree).map((node) => node.properties['dataStyle']);
    expect(styles).toEqual(['short', 'oscola', 'bluebook', 'link']);
    const files = selectAll('.cite-files a[download]', page.tree).map((link) => String(link.properties['href']));
    const [, instrument, article] = /^\/([^/]+)\/article-(\d+)\/$/.exec(url) ?? [];
    expect(files).toEqual(
      ['bib', 'ris', 'csl.json', 'bib', 'ris', 'csl.json'].map((extension, index) =>
        index < 3 ? `/cite/${instrument}/article-${article}.${extension}` : `/cite/${instrument}.${extension}`,
      ),
    );
    for (const file of files) expect(readFileSync(path.join(DIST, file), 'utf8').length, file).toBeGreaterThan(100);
  });
});

describe('the reference files hold the full citation', () => {
  const oscola =
    'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime (adopted 15 November 2000, entered into force 25 December 2003) 2237 UNTS 319, art 3';

  it('BibTeX', () => {
    const bib = readFileSync(path.join(DIST, 'cite/trafficking-protocol/article-3.bib'), 'utf8');
    expect(bib.startsWith('@')).toBe(true);
    expect(bib).toContain('{trafficking-protocol-art-3,');
    expect(bib).toContain(`note = {${oscola}}`);
    // Every brace opened is closed: a reference manager can read the entry whole.
    expect([...bib].filter((mark) => mark === '{').length).toBe([...bib].filter((mark) => mark === '}').length);
  });

  it('RIS', () => {
    const ris = readFileSync(path.join(DIST, 'cite/trafficking-protocol/article-3.ris'), 'utf8');
    const lines = ris.split('\r\n').filter((line) => line !== '');
    expect(lines[0]).toMatch(/^TY {2}- \w+$/);
    expect(lines.at(-1)).toBe('ER  - ');
    expect(lines.every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
    expect(lines).toContain('DA  - 2000/11/15');
  });

  it('CSL-JSON', () => {
    const [item] = JSON.parse(readFileSync(path.join(DIST, 'cite/organized-crime-convention.csl.json'), 'utf8')) as Record<
      string,
      unknown
    >[];
    expect(item).toMatchObject({
      title: 'United Nations Convention against Transnational Organized Crime',
      issued: { 'date-parts': [[2000, 11, 15]] },
      volume: '2225',
      page: '209',
    });
  });

  it('the Cite block of the whole text cites the instrument', () => {
    const page = builtPage('/council-of-europe-trafficking-convention/');
    const texts = selectAll('.cite .cite-text', page.tree).map(readableText);
    expect(texts.slice(1, 3)).toEqual([
      'Council of Europe Convention on Action against Trafficking in Human Beings (adopted 3 May 2005, entered into force 1 February 2008) CETS No 197',
      'Council of Europe Convention on Action Against Trafficking in Human Beings, May 16, 2005, C.E.T.S. No. 197.',
    ]);
  });
});

describe('what reference managers read in the page head', () => {
  const metaOf = (url: string) =>
    Object.fromEntries(
      selectAll('head meta[name]', builtPage(url).tree).map((meta) => [
        String(meta.properties['name']),
        String(meta.properties['content']),
      ]),
    );

  it.each([
    [
      '/trafficking-protocol/article-6/',
      'Trafficking in Persons Protocol, art. 6: Assistance to and protection of victims of trafficking in persons',
    ],
    ['/council-of-europe-trafficking-convention/', 'Council of Europe Convention on Action against Trafficking in Human Beings'],
  ])('%s: Dublin Core and citation_* tags that make a Zotero Statute, and schema.org Legislation', (url, name) => {
    const meta = metaOf(url);
    // Zotero's RDF translator takes a DC.type that names one of its item types as the item type.
    expect(meta['DC.type']).toBe('statute');
    expect(meta['DC.title']).toBe(meta['citation_title']);
    expect(meta['DC.date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(meta['citation_date']).toBe(meta['DC.date']?.replaceAll('-', '/'));
    expect(meta['DC.language']).toBe('en');
    const [block] = selectAll('script[type="application/ld+json"]', builtPage(url).tree);
    const data = JSON.parse(block ? toText(block) : '{}') as { '@type': string; name: string; isPartOf?: { name: string } };
    expect(data['@type']).toBe('Legislation');
    expect(data.name).toBe(name);
    if (url.includes('/article-')) expect(data.isPartOf?.name).toBe(meta['DC.title']);
  });

  it('every instrument and article page has them', () => {
    const pages = builtPages().filter((page) => /^\/[^/]+\/(article-\d+\/)?$/.test(page.url) && select('aside.cite', page.tree));
    expect(pages.length).toBeGreaterThan(250);
    for (const page of pages) expect(select('head meta[name="DC.type"]', page.tree), page.url).toBeDefined();
  });
});
