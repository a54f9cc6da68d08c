import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, parseCsv } from '../../src/export/csv.ts';
import type { CorpusExport, InstrumentExport } from '../../src/export/json.ts';
import { RECORD_FIELDS, sha256, type ProvisionRecord } from '../../src/export/provision-records.ts';
import { pageAlternates, writtenFiles, writtenFormats } from '../../src/export/writers.ts';
import { SITE } from '../../src/site.ts';
import { builtPage, builtPages, DIST, readableText, select, selectAll } from '../helpers/built-site.ts';

const DATA = path.join(DIST, 'data');
const read = (name: string): string => readFileSync(path.join(DATA, name), 'utf8');
const corpus = JSON.parse(read('corpus.json')) as CorpusExport;
const slugs = corpus.instruments.map((entry) => entry.instrument.slug);
const files = writtenFiles(slugs);
const dataPage = builtPage('/data/');

describe('the exports in dist/data/', () => {
  it('are exactly the files the Data page lists, beside the page itself', () => {
    expect(readdirSync(DATA).sort()).toEqual([...files.map((file) => file.name), 'index.html'].sort());
    const linked = selectAll('main a[href^="/data/"]', dataPage.tree).map((link) => String(link.properties['href']));
    expect(linked).toEqual(files.map((file) => file.path));
  });

  it('are UTF-8 without a byte order mark', () => {
    for (const file of files)
      expect(
        readFileSync(path.join(DATA, file.name))
          .subarray(0, 3)
          .equals(Buffer.from([0xef, 0xbb, 0xbf])),
        file.name,
      ).toBe(false);
  });

  it('match the published JSON Schema', () => {
    const schema = JSON.parse(read('schema.json')) as { $id: string };
    expect(schema.$id).toBe(`${SITE.origin ?? ''}/data/schema.json`);
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.addFormat('uri', (value: string) => URL.canParse(value));
    ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'https://site.invalid/'));
    ajv.addFormat('date', (value: string) => !Number.isNaN(Date.parse(value)));
    const validate = ajv.compile(schema);
    for (const name of ['corpus.json', ...slugs.map((slug) => `${slug}.json`)]) {
      validate(JSON.parse(read(name)));
      expect(validate.errors ?? [], name).toEqual([]);
    }
  });

  it('hold the same records in the whole-corpus file, in each instrument’s file and in the CSV', () => {
    for (const entry of corpus.instruments) {
      const own = JSON.parse(read(`${entry.instrument.slug}.json`)) as InstrumentExport;
      expect(own.instrument).toEqual(entry.instrument);
      expect(own.provisions).toEqual(entry.provisions);
    }
    const table = read('provisions.csv');
    expect(table.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(table);
    expect(header).toEqual([...CSV_COLUMNS]);
    const fields = Object.keys(RECORD_FIELDS) as (keyof ProvisionRecord)[];
    const expected = corpus.instruments
      .flatMap((entry) => entry.provisions)
      .map((record) => [...fields.map((field) => record[field] ?? ''), corpus.corpusVersion, corpus.buildDate]);
    expect(rows).toEqual(expected);
  });

  it('hash each provision’s own text', () => {
    const records = corpus.instruments.flatMap((entry) => entry.provisions);
    expect(records.filter((record) => record.text !== null).length).toBeGreaterThan(400);
    for (const record of records) expect(record.sha256, record.anchor).toBe(record.text === null ? null : sha256(record.text));
  });

  it.each(slugs)('%s.txt reads, after its header, line by line exactly as the verified text', (slug) => {
    const verified = readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'verified-text', `${slug}.txt`), 'utf8')
      .trimEnd()
      .split('\n');
    const file = read(`${slug}.txt`);
    const blank = file.indexOf('\n\n');
    expect(
      file
        .slice(blank + 2)
        .trimEnd()
        .split('\n'),
    ).toEqual(verified);
    expect(file.slice(0, blank).split('\n').slice(1, 3)).toEqual([
      `Corpus version: ${corpus.corpusVersion}`,
      `Build date: ${corpus.buildDate}`,
    ]);
  });

  it('all name the edition the Data page shows', () => {
    const shown = selectAll('main dd', dataPage.tree).slice(0, 2).map(readableText);
    expect(shown[0]).toBe(corpus.corpusVersion);
    expect(select('main time', dataPage.tree)?.properties['dateTime']).toBe(corpus.buildDate);
    for (const slug of slugs) {
      const own = JSON.parse(read(`${slug}.json`)) as InstrumentExport;
      expect([own.corpusVersion, own.buildDate]).toEqual([corpus.corpusVersion, corpus.buildDate]);
    }
  });
});

describe('the Data page', () => {
  it('shows how to load every format in Python, JavaScript and R', () => {
    for (const format of writtenFormats()) {
      const section = select(`section[aria-labelledby="format-${format.id}"]`, dataPage.tree);
      expect(section, format.id).toBeTruthy();
      const terms = section ? selectAll('dt', section).map(readableText) : [];
      expect(terms, format.id).toEqual(['Python', 'JavaScript', 'R']);
      const code = section ? selectAll('dd code', section).map(readableText) : [];
      expect(
        code.every((line) => line.includes(`${SITE.origin ?? ''}/data/`)),
        format.id,
      ).toBe(true);
    }
  });

  it('states both licences', () => {
    const main = select('main', dataPage.tree);
    if (!main) throw new Error('the Data page has no main');
    const text = readableText(main);
    expect(text).toContain('no rights are claimed in them');
    expect(text).toContain('CC BY 4.0');
  });

  it('is linked from the header of every page', () => {
    for (const page of builtPages()) expect(select('header nav a[href="/data/"]', page.tree), page.url).toBeTruthy();
  });
});

describe('alternate links', () => {
  const textPage = /^\/([^/]+)\/(article-\d+\/|preamble\/|conclusions\/)?$/;
  const pages = builtPages().filter((page) => textPage.test(page.url) && slugs.includes(textPage.exec(page.url)?.[1] ?? ''));

  it('cover every instrument, article, preamble and testimonium page', () => {
    expect(pages.length).toBe(
      slugs.length +
        corpus.instruments.reduce(
          (sum, entry) => sum + entry.provisions.filter((record) => ['article', 'preamble', 'conclusions'].includes(record.kind)).length,
          0,
        ),
    );
  });

  it.each(pages.map((page) => [page.url, page] as const))('%s names its instrument’s files', (url, page) => {
    const slug = textPage.exec(url)?.[1] ?? '';
    const entry = corpus.instruments.find((candidate) => candidate.instrument.slug === slug);
    const links = selectAll('head link[rel=alternate]', page.tree).map((link) => ({
      href: link.properties['href'],
      type: link.properties['type'],
      title: link.properties['title'],
    }));
    expect(links).toEqual(pageAlternates(slug, entry?.instrument.shortTitles[0] ?? ''));
    expect(links.map((link) => link.type)).toEqual(expect.arrayContaining(['application/json', 'text/plain']));
  });

  it('appear on no other page', () => {
    const others = builtPages().filter((page) => !pages.includes(page));
    for (const page of others) expect(selectAll('link[rel=alternate]', page.tree), page.url).toEqual([]);
  });
});
