import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { builtPage, readableText, select, selectAll } from '../helpers/built-site.ts';

// Our guides put the texts' own words, and only those, between curly double quotes.
const GUIDES = ['/reading-a-treaty/', '/glossary/', '/protocol-and-convention/'];
const QUOTE = /“([^”]+)”/g;

/** The smallest blocks of our writing on a page (`within` selects it): paragraphs and list items that hold no further list. */
function proseBlocks(url: string, within: string): Element[] {
  const prose = select(within, builtPage(url).tree);
  if (!prose) throw new Error(`${url} has no ${within}`);
  return selectAll('p:not(.layer-label), li', prose).filter(
    (block) => selectAll('li, p', { type: 'root', children: block.children }).length === 0,
  );
}

/** The text of each provision a block links to, by its anchor on its page. */
function linkedProvisions(block: Element): string[] {
  return selectAll('a[href*="#"]', block).flatMap((link) => {
    const [path = '', fragment = ''] = String(link.properties['href']).split('#');
    if (!path.startsWith('/') || fragment === '') return [];
    const target = select(`[id="${fragment}"]`, builtPage(path).tree);
    return target ? [readableText(target)] : [];
  });
}

const READERS_GUIDES = Array.from({ length: 20 }, (_, index) => `/trafficking-protocol/article-${index + 1}/`);

/** Checks every quotation in our writing on `url` against the provisions its block links to; how many runs of text it checked. */
function checkQuotations(url: string, within: string): number {
  let checked = 0;
  for (const block of proseBlocks(url, within)) {
    const quotes = [...readableText(block).matchAll(QUOTE)].map((match) => match[1] ?? '');
    if (quotes.length === 0) continue;
    const targets = linkedProvisions(block);
    expect(targets.length, `“${quotes[0] ?? ''}” on ${url} has no provision linked beside it`).toBeGreaterThan(0);
    // An ellipsis joins two exact runs of the text.
    for (const run of quotes.flatMap((quote) => quote.split('…').map((part) => part.trim()))) {
      expect(
        targets.some((text) => text.includes(run)),
        `“${run}” on ${url}`,
      ).toBe(true);
      checked += 1;
    }
  }
  return checked;
}

describe('our guides quote the texts exactly', () => {
  it.each(GUIDES)('every quotation on %s stands word for word in a provision its sentence links to', (url) => {
    expect(checkQuotations(url, '.prose')).toBeGreaterThan(0);
  });

  it('so does every quotation in the reader’s guides to the twenty articles of the Protocol', () => {
    const checked = READERS_GUIDES.map((url) => checkQuotations(url, '#readers-guide'));
    expect(checked.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(20);
  });
});

describe('the guide to reading a treaty', () => {
  it('explains each part of a treaty a student meets', () => {
    const headings = selectAll('.prose h2', builtPage('/reading-a-treaty/').tree).map(readableText).join(' | ');
    for (const part of ['preamble', 'Articles', 'Paragraphs and subparagraphs', 'chapeau', 'Closing words', 'testimonium', 'treaty text']) {
      expect(headings).toContain(part);
    }
  });

  it('shows a chapeau and closing words at their own addresses', () => {
    const links = selectAll('.prose a', builtPage('/reading-a-treaty/').tree).map((link) => String(link.properties['href']));
    expect(links).toContain('/trafficking-protocol/article-6/#art_6__para_3__intro');
    expect(links).toContain('/organized-crime-convention/article-3/#art_3__para_1__wrap');
    expect(links).toContain('/trafficking-protocol/conclusions/#conclusions');
  });
});

describe('the glossary', () => {
  it.each([
    ['child', '/trafficking-protocol/article-3/#art_3__point_d'],
    ['organized criminal group', '/organized-crime-convention/article-2/#art_2__point_a'],
    ['serious crime', '/organized-crime-convention/article-2/#art_2__point_b'],
    ['forced or compulsory labour', '/forced-labour-convention/article-2/#art_2__para_1'],
    ['trafficking in human beings', '/council-of-europe-trafficking-convention/article-4/#art_4__point_a'],
  ])('lists “%s”, a term an instrument defines, with a link to its definition', (term, definition) => {
    const entries = selectAll('.defined-terms li', builtPage('/glossary/').tree).filter((entry) =>
      readableText(entry).startsWith(`${term}:`),
    );
    expect(entries.map((entry) => select('a', entry)?.properties['href'])).toContain(definition);
  });

  it('explains the terms of treaty law the final provisions use', () => {
    const entries = selectAll('.prose > ul > li > strong', builtPage('/glossary/').tree).map(readableText);
    for (const term of ['Accession.', 'Depositary.', 'Entry into force.', 'Ratification.', 'Reservation.', 'Denunciation.', 'Signature.']) {
      expect(entries).toContain(term);
    }
  });

  it.each(['/reading-a-treaty/', '/glossary/'])('the guides page lists %s', (url) => {
    expect(select(`.guide-list a[href="${url}"]`, builtPage('/guides/').tree)).toBeDefined();
  });
});
