import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { writeExports } from '../../scripts/exports.ts';
import { loadCorpusModel } from '../../src/corpus/load.ts';
import type { CorpusModel } from '../../src/corpus/model.ts';
import { parseCsv } from '../../src/export/csv.ts';
import { buildDateFrom, corpusVersion, editionOf, ExportError, type Edition } from '../../src/export/edition.ts';
import { FORMATS } from '../../src/export/formats.ts';
import { corpusExport, instrumentExport } from '../../src/export/json.ts';
import { exportSchema } from '../../src/export/json-schema.ts';
import { instrumentPlainText, textLines } from '../../src/export/plain-text.ts';
import { corpusRecords, instrumentRecords, sha256 } from '../../src/export/provision-records.ts';
import { pageAlternates, perInstrument, WRITERS, wholeCorpus, writtenFiles, type ExportWriter } from '../../src/export/writers.ts';

const ROOT = path.join(import.meta.dirname, '..', '..');
const ORIGIN = 'https://example.test';
const EDITION: Edition = { ...editionOf({ digest: '0'.repeat(64) }, ORIGIN, '2026-01-02') };
const real = await loadCorpusModel(path.join(ROOT, 'corpus'));
const fixture = await loadCorpusModel(path.join(ROOT, 'tests', 'fixtures', 'corpus-valid'));
const CORPORA: [string, CorpusModel][] = [
  ['the real corpus', real],
  ['the fixture corpus', fixture],
];

/** A validator of the published schema; formats checked as a careful consumer would. */
function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'https://site.invalid/'));
  ajv.addFormat('date', (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)));
  return ajv.compile(exportSchema(ORIGIN));
}
const validate = validator();
const errorsOf = (value: unknown): string[] =>
  validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);

describe('the JSON exports match the published JSON Schema', () => {
  it.each(CORPORA)('%s, one file per instrument', (_name, model) => {
    for (const instrument of model.instruments) expect(errorsOf(instrumentExport(instrument, EDITION)), instrument.slug).toEqual([]);
  });

  it.each(CORPORA)('%s, the whole corpus in one file', (_name, model) => {
    expect(errorsOf(corpusExport(model, EDITION))).toEqual([]);
  });

  const good = instrumentExport(
    fixture.instruments[0] ??
      (() => {
        throw new Error('no fixture instrument');
      })(),
    EDITION,
  );
  const [first] = good.provisions;
  it.each<[string, unknown]>([
    ['a record without its hash', { ...good, provisions: [{ ...first, sha256: undefined }] }],
    ['a hash without a text', { ...good, provisions: [{ ...first, text: null, sha256: 'a'.repeat(64) }] }],
    ['a text without a hash', { ...good, provisions: [{ ...first, text: 'Words.', sha256: null }] }],
    ['a kind outside the vocabulary', { ...good, provisions: [{ ...first, kind: 'clause' }] }],
    ['a field the schema does not name', { ...good, provisions: [{ ...first, note: 'ours' }] }],
    [
      'a metadata fact without its source',
      { ...good, instrument: { ...good.instrument, adoption: { ...good.instrument.adoption, source: undefined } } },
    ],
    ['a corpus version without the digest', { ...good, corpusVersion: '0.1.0' }],
    ['a build date that is not a date', { ...good, buildDate: '2 January 2026' }],
    ['no edition at all', { instrument: good.instrument, provisions: good.provisions }],
  ])('refuses %s', (_name, value) => {
    expect(errorsOf(JSON.parse(JSON.stringify(value)))).not.toEqual([]);
  });

  it('names its own address', () => {
    expect(exportSchema(ORIGIN)['$id']).toBe('https://example.test/data/schema.json');
  });
});

describe('records of the real corpus', () => {
  const records = corpusRecords(real.instruments, ORIGIN);
  const registry = JSON.parse(readFileSync(path.join(ROOT, 'corpus', 'anchors.json'), 'utf8')) as { pages: Record<string, string[]> };

  it.each(real.instruments.map((instrument) => [instrument.slug, instrument] as const))(
    '%s: one record for every anchor of the whole-text page, each once',
    (slug, instrument) => {
      const anchors = instrumentRecords(instrument, ORIGIN).map((record) => record.anchor);
      expect(new Set(anchors).size).toBe(anchors.length);
      expect([...anchors].sort()).toEqual([...(registry.pages[`/${slug}/`] ?? [])].sort());
    },
  );

  it('each parent comes before its children, in the same instrument', () => {
    const seen = new Set<string>();
    for (const record of records) {
      if (record.parent !== null) expect(seen, `${record.instrument}#${record.anchor}`).toContain(`${record.instrument}#${record.parent}`);
      seen.add(`${record.instrument}#${record.anchor}`);
    }
  });

  it('each hash is the SHA-256 of its text, and each URL ends at its anchor', () => {
    for (const record of records) {
      expect(record.sha256).toBe(record.text === null ? null : sha256(record.text));
      expect(record.url.startsWith(`${ORIGIN}/${record.instrument}/`) && record.url.endsWith(`#${record.anchor}`)).toBe(true);
    }
  });
});

describe('the plain text', () => {
  it.each(real.instruments.map((instrument) => [instrument.slug, instrument] as const))(
    '%s reads, line by line, exactly as the verified text',
    (slug, instrument) => {
      const verified = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'verified-text', `${slug}.txt`), 'utf8')
        .trimEnd()
        .split('\n');
      const file = instrumentPlainText(instrument, EDITION);
      const body = file.slice(file.indexOf('\n\n') + 2).split('\n');
      expect(body.pop()).toBe('');
      expect(body).toEqual(verified);
    },
  );

  it('opens with a header that names the edition, then one blank line', () => {
    const [instrument] = fixture.instruments;
    if (!instrument) throw new Error('no fixture instrument');
    const file = instrumentPlainText(instrument, EDITION);
    const [header = '', body = ''] = file.split('\n\n');
    expect(header.split('\n')).toEqual([
      'Demo Protocol: authentic English text, one line per heading and provision',
      `Corpus version: ${EDITION.corpusVersion}`,
      'Build date: 2026-01-02',
      'Web page: https://example.test/demo/',
      'Source: Palermo Corpus, https://example.test/data/',
      `Licence: ${EDITION.licence.texts} ${EDITION.licence.data}`,
    ]);
    expect(body).toBe(
      'Demonstration Protocol\nConsidering a fixture,\nI. General provisions\nArticle 1 First\nOne.\nArticle 2 Second\nTwo.\n',
    );
    expect(file).not.toContain('\r');
  });

  it('prints a label on a line of its own only when no introductory words carry it', () => {
    const record = (
      anchor: string,
      kind: 'article' | 'paragraph' | 'point' | 'intro',
      parent: string | null,
      number: string | null,
      text: string | null,
    ) => ({ instrument: 'demo', anchor, url: '', citation: '', kind, parent, number, heading: null, text, sha256: null });
    expect(
      textLines('Title', [
        record('art_6', 'article', null, '6', null),
        record('art_6__para_1', 'paragraph', 'art_6', '1.', null),
        record('art_6__para_1__intro', 'intro', 'art_6__para_1', null, 'Each State:'),
        record('art_6__para_1__point_a', 'point', 'art_6__para_1', '(a)', null),
        record('art_6__para_1__point_a__point_i', 'point', 'art_6__para_1__point_a', '(i)', 'The conversion;'),
      ]),
    ).toEqual(['Title', 'Article 6', '1. Each State:', '(a)', '(i) The conversion;']);
  });
});

describe('the edition', () => {
  it.each<[string, string | undefined, string]>([
    ['unset: today', undefined, '2026-05-17'],
    ['empty: today', '', '2026-05-17'],
    ['the epoch', '0', '1970-01-01'],
    ['a reproducible build', '1700000000', '2023-11-14'],
    ['the last second of a day, in UTC', '1700006399', '2023-11-14'],
  ])('build date, SOURCE_DATE_EPOCH %s', (_name, epoch, expected) => {
    expect(buildDateFrom(epoch, new Date('2026-05-17T23:59:59Z'))).toBe(expected);
  });

  it.each(['abc', '1.5', '-1', ' 1700000000', '1e9'])('refuses SOURCE_DATE_EPOCH "%s"', (epoch) => {
    expect(() => buildDateFrom(epoch, new Date())).toThrow(
      `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, found "${epoch}"`,
    );
  });

  it('names the corpus version from the package version and the corpus digest', () => {
    expect(corpusVersion('0.1.0', `d0852412f5ea${'0'.repeat(52)}`)).toBe('0.1.0+d0852412f5ea');
    expect(() => corpusVersion('0.1.0', 'd0852412f5ea')).toThrow(ExportError);
    expect(editionOf(real).corpusVersion).toMatch(new RegExp(`^\\d+\\.\\d+\\.\\d+\\+${real.digest.slice(0, 12)}$`));
  });
});

describe('writeExports', () => {
  const dirs: string[] = [];
  const site = async (): Promise<string> => {
    const dir = await mkdtemp(path.join(tmpdir(), 'site-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('writes every file its formats name into data/, and returns them with their sizes', async () => {
    const dir = await site();
    const written = await writeExports(real, dir, { edition: EDITION });
    const slugs = real.instruments.map((instrument) => instrument.slug);
    expect(written.map((file) => file.path)).toEqual(writtenFiles(slugs).map((file) => file.path));
    // One file per instrument and format, instruments oldest first, then the files of the whole corpus.
    const each = (extension: string): string[] => slugs.map((slug) => `/data/${slug}${extension}`);
    expect(slugs.slice(0, 2)).toEqual(['forced-labour-convention', 'abolition-of-forced-labour-convention']);
    expect(written.map((file) => file.path)).toEqual([
      ...each('.json'),
      '/data/corpus.json',
      '/data/provisions.csv',
      ...each('.txt'),
      ...each('.akn.xml'),
      '/data/history.json',
      '/data/schema.json',
    ]);
    for (const file of written) expect((await readFile(path.join(dir, file.path))).length).toBe(file.bytes);
    const csv = parseCsv(await readFile(path.join(dir, 'data', 'provisions.csv'), 'utf8'));
    expect(csv.length - 1).toBe(corpusRecords(real.instruments, ORIGIN).length);
  });

  // The writers as they were before Akoma Ntoso joined them, to show how a format joins.
  const withoutXml = WRITERS.filter((writer) => writer.format !== FORMATS.akomaNtoso);

  it('takes a new format with one more writer, which the alternates and the file list then name', async () => {
    const akn: ExportWriter = perInstrument(FORMATS.akomaNtoso, (instrument) => `<akomaNtoso name="${instrument.slug}"/>\n`);
    const writers = [...withoutXml, akn];
    const written = await writeExports(fixture, await site(), { edition: EDITION, writers });
    expect(written.map((file) => file.path)).toContain('/data/demo.akn.xml');
    expect(pageAlternates('demo', 'Demo Protocol', writers)).toEqual([
      { href: '/data/demo.json', type: 'application/json', title: 'Demo Protocol as JSON' },
      { href: '/data/demo.txt', type: 'text/plain', title: 'Demo Protocol as plain text' },
      { href: '/data/demo.akn.xml', type: 'application/akn+xml', title: 'Demo Protocol as Akoma Ntoso XML' },
    ]);
    expect(pageAlternates('demo', 'Demo Protocol', withoutXml)).toHaveLength(2);
  });

  it.each<[string, ExportWriter[], string]>([
    [
      'two writers of one file',
      [...WRITERS, wholeCorpus(FORMATS.csv, () => 'x')],
      'the exports do not match their formats: provisions.csv is written twice',
    ],
    [
      'a writer that renders under another name than its format gives',
      [{ format: FORMATS.corpusJson, render: async () => [{ name: 'other.json', text: '{}' }] }],
      'the exports do not match their formats: other.json is written but no format names it; corpus.json is named by its format but not written',
    ],
    [
      'a writer that fails',
      [
        ...withoutXml,
        perInstrument(FORMATS.akomaNtoso, () => {
          throw new ExportError('no XML today');
        }),
      ],
      'no XML today',
    ],
  ])('stops on %s, and writes nothing', async (_name, writers, message) => {
    const dir = await site();
    await expect(writeExports(fixture, dir, { edition: EDITION, writers })).rejects.toThrow(message);
    expect(existsSync(path.join(dir, 'data'))).toBe(false);
    expect(await readdir(dir)).toEqual([]);
  });
});
