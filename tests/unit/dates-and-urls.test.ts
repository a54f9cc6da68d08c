import { describe, expect, it } from 'vitest';
import { formatDate, formatOpenPeriod, formatPeriod, ordinal } from '../../src/lib/dates.ts';
import { readingOrder } from '../../src/lib/reading-order.ts';
import { absoluteUrl, articlePageTitle, articlePath, provisionPagePath, provisionPath, publicAddress } from '../../src/lib/urls.ts';
import { isRealDate } from '../../src/schemas/fields.ts';

describe('dates', () => {
  it.each([
    ['2000-11-15', '15 November 2000'],
    ['2003-12-25', '25 December 2003'],
    ['2002-01-01', '1 January 2002'],
  ])('formats %s as %s', (iso, text) => {
    expect(formatDate(iso)).toBe(text);
  });

  it.each([['15/11/2000'], ['2000-13-01'], ['2000-11-00'], ['']])('refuses %j', (iso) => {
    expect(() => formatDate(iso)).toThrow(RangeError);
  });

  it.each([
    ['2000-12-12', '2000-12-15', '12 to 15 December 2000'],
    ['2000-12-12', '2002-12-12', '12 December 2000 to 12 December 2002'],
    ['2000-12-12', '2000-12-12', '12 December 2000'],
  ])('formats the period %s to %s', (from, to, text) => {
    expect(formatPeriod(from, to)).toBe(text);
  });

  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [14, '14th'],
    [21, '21st'],
    [40, '40th'],
    [103, '103rd'],
    [111, '111th'],
  ])('writes session %i as %s', (value, text) => {
    expect(ordinal(value)).toBe(text);
  });

  it.each([[0], [-1], [1.5], [Number.NaN]])('refuses the session number %d', (value) => {
    expect(() => ordinal(value)).toThrow(RangeError);
  });

  it.each([
    ['2005-05-16', undefined, 'from 16 May 2005'],
    [undefined, '2002-12-12', 'until 12 December 2002'],
    ['2000-12-12', '2000-12-15', '12 to 15 December 2000'],
  ])('formats the open period %s to %s', (from, to, text) => {
    expect(formatOpenPeriod(from, to)).toBe(text);
  });

  it('refuses a period with neither end', () => {
    expect(() => formatOpenPeriod(undefined, undefined)).toThrow(RangeError);
  });

  it.each([
    ['2000-02-29', true],
    ['2001-02-29', false],
    ['2000-02-30', false],
    ['2000-4-1', false],
  ])('knows whether %s exists: %s', (iso, real) => {
    expect(isRealDate(iso)).toBe(real);
  });
});

describe('urls', () => {
  it.each([
    ['art_6__para_3__point_b', '/tp/article-6/#art_6__para_3__point_b'],
    ['art_13', '/tp/article-13/#art_13'],
    ['preamble__recital_2', '/tp/preamble/#preamble__recital_2'],
    ['conclusions', '/tp/conclusions/#conclusions'],
    ['chp_II', '/tp/#chp_II'],
  ])('%s lives at %s', (eid, path) => {
    expect(provisionPath('tp', eid)).toBe(path);
  });

  it('refuses an id that is not an anchor', () => {
    expect(() => provisionPagePath('tp', 'heading')).toThrow('unknown element');
  });

  it('builds absolute links from the site origin', () => {
    expect(absoluteUrl('https://example.test', articlePath('tp', 3))).toBe('https://example.test/tp/article-3/');
  });

  it('orders pages preamble, articles, testimonium', () => {
    const order = readingOrder({ slug: 'tp', preamble: true, articles: [{ number: 1, heading: 'One' }, { number: 2 }], conclusions: true });
    expect(order.map((page) => page.label)).toEqual(['Preamble', 'Article 1: One', 'Article 2', 'Testimonium']);
    expect(readingOrder({ slug: 'tp', preamble: undefined, articles: [], conclusions: undefined })).toEqual([]);
  });
});

describe('articlePageTitle', () => {
  it.each([
    [
      6,
      'Assistance to and protection of victims of trafficking in persons',
      'Trafficking in Persons Protocol',
      'Article 6: Assistance to and protection of victims of trafficking in persons · Trafficking in Persons Protocol',
    ],
    [3, undefined, 'ILO Convention No. 105', 'Article 3 · ILO Convention No. 105'],
    [
      39,
      'Relationship with the Protocol to prevent, suppress and punish trafficking in persons, especially women and children, supplementing the United Nations Convention against transnational organised crime',
      'CoE Anti-Trafficking Convention',
      'Article 39: Relationship with the Protocol to prevent, suppress and punish…',
    ],
  ])('article %i', (number, heading, name, expected) => {
    const title = articlePageTitle(number, heading, name);
    expect(title.startsWith(expected)).toBe(true);
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title.endsWith(` · ${name}`)).toBe(true);
  });

  it('keeps at least the article number however small the room', () => {
    expect(articlePageTitle(12, 'A heading', 'A very long instrument name indeed', 20)).toBe(
      'Article 12… · A very long instrument name indeed',
    );
  });
});

describe('publicAddress', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['https://palermo.example.org', 'https://palermo.example.org'],
    ['https://palermo.example.org/', 'https://palermo.example.org'],
    ['http://localhost:4321', 'http://localhost:4321'],
  ])('%j gives %j', (setting, expected) => {
    expect(publicAddress(setting)).toBe(expected);
  });

  it.each([
    ['palermo.example.org', 'must be an absolute address'],
    ['ftp://palermo.example.org', 'must start with https:// or http://'],
    ['https://example.org/corpus/', "must be the site's origin only"],
    ['https://example.org/?q=1', "must be the site's origin only"],
  ])('refuses %j', (setting, message) => {
    expect(() => publicAddress(setting)).toThrow(message);
  });

  it('without an address, permanent links stay site-relative', () => {
    expect(absoluteUrl(undefined, '/tp/article-3/')).toBe('/tp/article-3/');
  });
});
