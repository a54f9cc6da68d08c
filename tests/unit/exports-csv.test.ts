import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, csvRow, csvTable, parseCsv, provisionsCsv, type CsvValue } from '../../src/export/csv.ts';
import type { Edition } from '../../src/export/edition.ts';
import { RECORD_FIELDS, type ProvisionRecord } from '../../src/export/provision-records.ts';

describe('csvField quotes exactly what RFC 4180 requires', () => {
  it.each<[string, CsvValue, string]>([
    ['plain words', 'Article 5', 'Article 5'],
    ['a comma', 'art. 3(a), (b)', '"art. 3(a), (b)"'],
    ['inner quotes, doubled', 'the "Convention"', '"the ""Convention"""'],
    ['only a quote', '"', '""""'],
    ['a line feed', 'one\ntwo', '"one\ntwo"'],
    ['a carriage return alone', 'one\rtwo', '"one\rtwo"'],
    ['CRLF', 'one\r\ntwo', '"one\r\ntwo"'],
    ['an empty string, kept apart from null', '', '""'],
    ['null: an empty field', null, ''],
    ['undefined: an empty field', undefined, ''],
    ['a number', 13, '13'],
    ['leading and trailing spaces, kept as they are', '  spaced  ', '  spaced  '],
    ['typographic quotes need no quoting', '“Child” shall mean', '“Child” shall mean'],
    ['a semicolon or tab needs none', 'a;b\tc', 'a;b\tc'],
    ['everything at once', ', "\r\n', '", ""\r\n"'],
  ])('%s', (_name, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('rows and tables', () => {
  it('joins fields with commas and ends every row, the last too, with CRLF', () => {
    expect(csvRow(['a', null, 'b,c'])).toBe('a,,"b,c"');
    expect(
      csvTable(
        ['x', 'y'],
        [
          ['1', '2'],
          [null, 'three\nlines'],
        ],
      ),
    ).toBe('x,y\r\n1,2\r\n,"three\nlines"\r\n');
  });

  it('reads back to the same values, whatever the fields hold', () => {
    const rows: string[][] = [
      ['quote " inside', 'comma, inside', 'line\nbreak', 'crlf\r\ninside'],
      ['', '""', ',', '\r'],
      ['plain', '“typographic”', 'trailing space ', ' leading space'],
    ];
    expect(parseCsv(csvTable(['a', 'b', 'c', 'd'], rows))).toEqual([['a', 'b', 'c', 'd'], ...rows]);
  });
});

describe('parseCsv, the strict reader the tests use', () => {
  it.each<[string, string, string[][]]>([
    ['nothing', '', []],
    ['an empty last field', 'a,\r\n', [['a', '']]],
    ['an empty quoted field', '"",x\r\n', [['', 'x']]],
  ])('reads %s', (_name, table, rows) => {
    expect(parseCsv(table)).toEqual(rows);
  });

  it.each([
    ['an unclosed quote', '"open\r\n', 'a quoted field is never closed'],
    ['a quote inside an unquoted field', 'a"b\r\n', 'a quote inside an unquoted field'],
    ['text after a closing quote', '"a"b\r\n', 'text after a closing quote'],
    ['a bare line feed', 'a\nb\r\n', 'a line break outside quotes that is not CRLF'],
    ['no line end after the last row', 'a,b', 'the last row does not end with CRLF'],
    ['a comma at the very end', 'a,', 'the last row does not end with CRLF'],
  ])('refuses %s', (_name, table, reason) => {
    expect(() => parseCsv(table)).toThrow(reason);
  });
});

describe('provisionsCsv', () => {
  const edition: Edition = {
    corpusVersion: '0.1.0+0123456789ab',
    buildDate: '2026-01-02',
    origin: 'https://example.test',
    source: 'test',
    licence: { texts: 't', data: 'd' },
  };
  const record: ProvisionRecord = {
    instrument: 'demo',
    anchor: 'art_2__point_a',
    url: 'https://example.test/demo/article-2/#art_2__point_a',
    citation: 'Demo Protocol, art. 2(a)',
    kind: 'point',
    parent: 'art_2',
    number: '(a)',
    heading: null,
    text: '“Organized criminal group” shall mean a group, "structured",\nof three',
    sha256: 'f'.repeat(64),
  };

  it('has the record’s fields as columns, in order, then the edition', () => {
    expect(CSV_COLUMNS).toEqual([...Object.keys(RECORD_FIELDS), 'corpus_version', 'build_date']);
  });

  it('writes one row per record with the edition on every row; null is an empty field', () => {
    const table = provisionsCsv(
      [
        record,
        { ...record, anchor: 'art_2', kind: 'article', parent: null, number: '2', heading: 'Use, of terms', text: null, sha256: null },
      ],
      edition,
    );
    expect(table.startsWith('\uFEFF')).toBe(false);
    expect(table.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(parseCsv(table)).toEqual([
      [...CSV_COLUMNS],
      [
        'demo',
        'art_2__point_a',
        record.url,
        'Demo Protocol, art. 2(a)',
        'point',
        'art_2',
        '(a)',
        '',
        record.text,
        record.sha256,
        '0.1.0+0123456789ab',
        '2026-01-02',
      ],
      [
        'demo',
        'art_2',
        record.url,
        'Demo Protocol, art. 2(a)',
        'article',
        '',
        '2',
        'Use, of terms',
        '',
        '',
        '0.1.0+0123456789ab',
        '2026-01-02',
      ],
    ]);
  });
});
