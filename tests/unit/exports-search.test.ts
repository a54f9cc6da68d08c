import { describe, expect, it } from 'vitest';
import { loadCorpusModel } from '../../src/corpus/load.ts';
import { corpusRecords } from '../../src/export/provision-records.ts';
import { citationTable, vocabulary } from '../../src/export/search-data.ts';
import { searchRecords } from '../../src/export/search-records.ts';
import { resolveCitation } from '../../src/lib/citation-query.ts';
import { LAYERS } from '../../src/lib/layers.ts';
import { resultTitle } from '../../src/lib/search-result.ts';
import { citationNames } from '../../src/export/search-data.ts';

const model = await loadCorpusModel('corpus');
const records = searchRecords(model, 'trafficking-protocol');
const authentic = records.filter((record) => record.filters['layer']?.includes(LAYERS.authentic.label));

describe('the search records', () => {
  it('hold one record per provision with words of its own, each at a unique permanent address with a title', () => {
    const withWords = corpusRecords(model.instruments, 'https://x.test').filter(
      (record) => (record.text ?? record.heading) !== null && !['part', 'chapter', 'section'].includes(record.kind),
    );
    expect(authentic).toHaveLength(withWords.length);
    expect(new Set(records.map((record) => record.url)).size).toBe(records.length);
    const names = citationNames(model);
    for (const record of records) expect(resultTitle(record.url, names), record.url).not.toBeNull();
  });

  it('index each reader’s guide as the commentary layer, landing on the guide', () => {
    const guides = records.filter((record) => record.filters['layer']?.includes(LAYERS.commentary.label));
    expect(guides.map((record) => record.url)).toEqual(
      Array.from({ length: 20 }, (_, index) => `/trafficking-protocol/article-${index + 1}/#readers-guide`),
    );
    expect(guides.find((record) => record.url.includes('article-3/'))?.content).toContain('consent');
  });

  it('put the primary instrument and the convention it supplements first, the history layers last', () => {
    expect(records[0]?.url).toMatch(/^\/trafficking-protocol\//);
    const firstOther = authentic.findIndex((record) => !/^\/(trafficking-protocol|organized-crime-convention)\//.test(record.url));
    expect(authentic.slice(firstOther).every((record) => !/^\/(trafficking-protocol|organized-crime-convention)\//.test(record.url))).toBe(
      true,
    );
    expect(records.at(-1)?.filters['layer']?.[0]).not.toBe(LAYERS.authentic.label);
  });

  it("hold only the words of the text: a provision's record is its own words, its article's heading the article's", () => {
    const byUrl = new Map(records.map((record) => [record.url, record]));
    expect(byUrl.get('/trafficking-protocol/article-6/#art_6__para_3__point_a')?.content).toBe('Appropriate housing;');
    expect(byUrl.get('/trafficking-protocol/article-6/#art_6')?.content).toBe(
      'Assistance to and protection of victims of trafficking in persons',
    );
  });

  it('mark the definitions the texts give, with their terms', () => {
    const defining = authentic.filter((record) => record.filters['defines'] !== undefined);
    expect(defining.map((record) => `${record.url} ${record.filters['defines']?.join('|') ?? ''}`)).toEqual(
      expect.arrayContaining([
        '/trafficking-protocol/article-3/#art_3__point_a trafficking in persons',
        '/trafficking-protocol/article-3/#art_3__point_d child',
        '/organized-crime-convention/article-2/#art_2__point_a organized criminal group',
        '/rights-of-the-child-convention/article-1/#art_1 child',
        '/forced-labour-convention/article-2/#art_2__para_1 forced or compulsory labour',
        '/council-of-europe-trafficking-convention/article-4/#art_4__point_a trafficking in human beings',
        '/discrimination-against-women-convention/article-1/#art_1 discrimination against women',
      ]),
    );
    expect(defining.some((record) => record.url === '/trafficking-protocol/article-3/#art_3__point_c')).toBe(false);
  });

  it('filter every record by instrument and layer, and the compared articles by theme', () => {
    for (const record of records) {
      expect(record.filters['instrument']?.length, record.url).toBe(1);
      expect(record.filters['layer']?.length, record.url).toBe(1);
    }
    const themes = (url: string): string[] | undefined => records.find((record) => record.url === url)?.filters['theme'];
    expect(themes('/rights-of-the-child-convention/article-1/#art_1')).toEqual(['The child']);
    expect(themes('/trafficking-protocol/article-3/#art_3__point_a')).toEqual([
      'The definition of trafficking',
      'Forced or compulsory labour',
      'The child',
    ]);
    expect(themes('/rights-of-the-child-convention/article-2/#art_2__para_1')).toBeUndefined();
  });
});

describe('the search data', () => {
  const table = citationTable(model, 'trafficking-protocol');

  it('resolves every published anchor of every instrument by its citation', () => {
    for (const instrument of table.instruments) {
      for (const eid of instrument.anchors.filter((anchor) => /^art_\d+(__(para|point)_\w+)*$/.test(anchor))) {
        const cited =
          resultTitle(`/${instrument.slug}/article-${/^art_(\d+)/.exec(eid)?.[1] ?? ''}/#${eid}`, citationNames(model))?.title ?? '';
        expect(resolveCitation(`${instrument.slug}#${eid}`, table), cited).toMatchObject({ kind: 'provision', eid });
      }
    }
  });

  it("names the Protocol and the Convention as the Protocol's text does, and every ILO code", () => {
    expect(resolveCitation('Protocol art. 5', table)).toMatchObject({ instrument: 'trafficking-protocol', eid: 'art_5' });
    expect(resolveCitation('Convention art. 5', table)).toMatchObject({ instrument: 'organized-crime-convention', eid: 'art_5' });
    expect(resolveCitation('C105 art. 1(a)', table)).toMatchObject({
      instrument: 'abolition-of-forced-labour-convention',
      eid: 'art_1__point_a',
    });
    expect(resolveCitation('P029 art. 1(1)', table)).toMatchObject({ instrument: 'forced-labour-protocol', eid: 'art_1__para_1' });
    expect(resolveCitation('A/55/383', table)).toMatchObject({ kind: 'document', path: '/documents/a-55-383/' });
  });

  it('lists the words of the texts by first letter, most frequent first', () => {
    const letters = vocabulary(records);
    const t = letters.get('t') ?? [];
    expect(t.find(([word]) => word === 'trafficking')?.[1]).toBeGreaterThan(100);
    expect(t.map(([, count]) => count)).toEqual([...t.map(([, count]) => count)].sort((a, b) => b - a));
    expect([...letters.keys()].every((letter) => /^([a-z]|other)$/.test(letter))).toBe(true);
    expect([...letters.values()].flat().every(([word]) => /^\p{L}{2,}$/u.test(word))).toBe(true);
  });
});
