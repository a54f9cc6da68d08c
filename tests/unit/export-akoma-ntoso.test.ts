import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { publishedAnchors } from '../../src/corpus/anchor-registry.ts';
import { isEid } from '../../src/lib/eid.ts';
import { loadCorpusModel } from '../../src/corpus/load.ts';
import type { InstrumentModel } from '../../src/corpus/model.ts';
import { akomaNtoso, workParts } from '../../src/export/akoma-ntoso.ts';
import { editionOf } from '../../src/export/edition.ts';
import { instrumentRecords } from '../../src/export/provision-records.ts';

const SCHEMA_DIR = path.join(import.meta.dirname, '..', '..', 'src', 'export', 'akoma-ntoso-schema');
const schema = [{ fileName: 'akomantoso30.xsd', contents: readFileSync(path.join(SCHEMA_DIR, 'akomantoso30.xsd'), 'utf8') }];
// The official schema imports xml.xsd from beside it; handing it over keeps validation offline.
const preload = [{ fileName: 'xml.xsd', contents: readFileSync(path.join(SCHEMA_DIR, 'xml.xsd'), 'utf8') }];
const ORIGIN = 'https://example.test';

const real = await loadCorpusModel('corpus');
const fixture = await loadCorpusModel(path.join(import.meta.dirname, '..', 'fixtures', 'corpus-valid'));
const edition = editionOf(real, ORIGIN, '2026-12-02');

async function validate(xml: string) {
  return validateXML({ xml: [{ fileName: 'export.akn.xml', contents: xml }], schema, preload });
}

/** Every attribute value of one name in a document, in order. */
function attributes(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((match) => match[1] ?? '');
}

/** The text of the document's body, preamble and conclusions, tags dropped and entities read. */
function wordsOf(xml: string): string {
  // Inline elements join their words to the text around them; block elements separate lines.
  const text = xml
    .slice(xml.indexOf('</meta>'))
    .replace(/<\/?(ref|i)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return text.replace(/\s+/g, ' ').trim();
}

const instruments: InstrumentModel[] = [...real.instruments, ...fixture.instruments];

describe.each(instruments.map((instrument) => [instrument.slug, instrument] as const))('Akoma Ntoso of %s', (_slug, instrument) => {
  const xml = akomaNtoso(instrument, edition);

  it('is valid against the official Akoma Ntoso 3.0 schema', async () => {
    const result = await validate(xml);
    expect(result.errors.map((error) => error.message)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('uses exactly the anchors the site publishes as its eIds', () => {
    // The others are the long title and the organisations of the references block.
    const eIds = attributes(xml, 'eId').filter(isEid);
    expect([...eIds].sort()).toEqual(publishedAnchors([instrument])[`/${instrument.slug}/`]);
  });

  it('holds every word of the authentic text, in order', () => {
    const words = wordsOf(xml);
    let at = 0;
    for (const record of instrumentRecords(instrument, ORIGIN)) {
      if (record.text === null) continue;
      const found = words.indexOf(record.text.replace(/\s+/g, ' '), at);
      expect(found, `${record.anchor}: ${record.text}`).toBeGreaterThanOrEqual(at);
      at = found;
    }
  });

  it('names the corpus version and the build date', () => {
    expect(xml).toContain(`corpusVersion="${edition.corpusVersion}"`);
    expect(xml).toContain('buildDate="2026-12-02"');
    expect(xml).toContain('<FRBRdate date="2026-12-02" name="generation"/>');
  });
});

describe('FRBR URIs of the UN instruments (AKN4UN)', () => {
  it.each([
    ['trafficking-protocol', '/akn/un/act/provision/un-ga/2000-11-15/A-RES-55-25-annex-II'],
    ['organized-crime-convention', '/akn/un/act/provision/un-ga/2000-11-15/A-RES-55-25-annex-I'],
  ])('%s is the work %s', (slug, work) => {
    const instrument = real.instruments.find((candidate) => candidate.slug === slug);
    expect(instrument).toBeDefined();
    if (!instrument) return;
    const xml = akomaNtoso(instrument, edition);
    expect(xml).toContain(`<FRBRuri value="${work}"/>`);
    expect(xml).toContain(`<FRBRuri value="${work}/eng@2000-11-15"/>`);
    expect(xml).toContain(`<FRBRuri value="${work}/eng@2000-11-15.xml"/>`);
  });

  it('refuses an adopting body it has no naming for', () => {
    const first = real.instruments.find((instrument) => instrument.meta.organization === 'un');
    if (first?.meta.organization !== 'un') throw new Error('no UN treaty in the corpus');
    const odd = { ...first, meta: { ...first.meta, adoption: { ...first.meta.adoption, by: 'Some Assembly' } } };
    expect(() => workParts(odd)).toThrow('no Akoma Ntoso naming is known for adoption by "Some Assembly"');
  });
});

describe('the schema check', () => {
  it.each([
    ['akomantoso30.xsd', '6f61fe84cbb6f8cb0e8418cd67b74a63da9990e6573b5a3491f623184f45c4fd'],
    ['xml.xsd', '61960fb3131e38022caad5360e2f33a3382578ab3c80cd58bd74320ede61b20c'],
  ])('uses %s exactly as published (the checksum in its NOTICE.md)', (file, checksum) => {
    expect(
      createHash('sha256')
        .update(readFileSync(path.join(SCHEMA_DIR, file)))
        .digest('hex'),
    ).toBe(checksum);
    expect(readFileSync(path.join(SCHEMA_DIR, 'NOTICE.md'), 'utf8')).toContain(checksum);
  });

  it('rejects a document that is not valid Akoma Ntoso', async () => {
    const [first] = real.instruments;
    if (!first) throw new Error('no instrument');
    const broken = akomaNtoso(first, edition).replace('<FRBRcountry value="un"/>', '');
    expect((await validate(broken)).valid).toBe(false);
  });
});
