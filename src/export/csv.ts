/**
 * Every provision of every instrument as one CSV table (RFC 4180): a header row, one row per
 * record, CRLF line ends, UTF-8 without a byte order mark. The edition is repeated on every row so
 * that the file stays a plain table that any tool reads without a preamble.
 */
import type { Edition } from './edition.ts';
import type { ProvisionRecord } from './provision-records.ts';

/** The columns, in order: the record's fields, then the edition. */
export const CSV_COLUMNS = [
  'instrument',
  'anchor',
  'url',
  'citation',
  'kind',
  'parent',
  'number',
  'heading',
  'text',
  'sha256',
  'corpus_version',
  'build_date',
] as const;

/** A value a CSV field can hold; null and undefined are written as an empty field. */
export type CsvValue = string | number | null | undefined;

/**
 * One field: quoted when it holds a comma, a quote, a line break or nothing at all, with inner
 * quotes doubled. An empty string is written `""`, so that it stays distinct from null (an empty
 * field).
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return text === '' || /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row, without its line end. */
export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',');
}

/** A whole table: every row ends with CRLF, the last one too, as RFC 4180 allows. */
export function csvTable(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => `${csvRow(row)}\r\n`).join('');
}

/** A column of the export. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

// One cell per column, checked by the compiler, so a column and its values cannot drift apart.
const CELLS: Readonly<Record<CsvColumn, (record: ProvisionRecord, edition: Edition) => CsvValue>> = {
  instrument: (record) => record.instrument,
  anchor: (record) => record.anchor,
  url: (record) => record.url,
  citation: (record) => record.citation,
  kind: (record) => record.kind,
  parent: (record) => record.parent,
  number: (record) => record.number,
  heading: (record) => record.heading,
  text: (record) => record.text,
  sha256: (record) => record.sha256,
  corpus_version: (_record, edition) => edition.corpusVersion,
  build_date: (_record, edition) => edition.buildDate,
};

/** The CSV export of `records`, each row naming the edition. */
export function provisionsCsv(records: readonly ProvisionRecord[], edition: Edition): string {
  return csvTable(
    CSV_COLUMNS,
    records.map((record) => CSV_COLUMNS.map((column) => CELLS[column](record, edition))),
  );
}

/**
 * Reads a CSV table written as above back into rows of strings (an empty field reads as ""). Strict:
 * a quote inside an unquoted field, text after a closing quote, a bare line feed or an unclosed
 * quote is an error. The tests read the published file with it, so it is checked by a reader.
 */
export function parseCsv(table: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let at = 0;
  const fail = (reason: string): never => {
    throw new Error(`CSV, row ${rows.length + 1}, character ${at + 1}: ${reason}`);
  };
  while (at < table.length) {
    let field = '';
    const quoted = table[at] === '"';
    if (quoted) {
      at += 1;
      // A quoted field runs to the first quote that is not doubled.
      while (!(table[at] === '"' && table[at + 1] !== '"')) {
        if (at >= table.length) fail('a quoted field is never closed');
        if (table[at] === '"') at += 1;
        field += table[at];
        at += 1;
      }
      at += 1;
    } else {
      while (at < table.length && !',\r\n'.includes(table[at] ?? '')) {
        if (table[at] === '"') fail('a quote inside an unquoted field');
        field += table[at];
        at += 1;
      }
    }
    row.push(field);
    if (table[at] === ',' && at + 1 < table.length) {
      at += 1;
    } else if (table.startsWith('\r\n', at)) {
      rows.push(row);
      row = [];
      at += 2;
    } else {
      fail(
        at + 1 >= table.length
          ? 'the last row does not end with CRLF'
          : quoted
            ? 'text after a closing quote'
            : 'a line break outside quotes that is not CRLF',
      );
    }
  }
  return rows;
}
