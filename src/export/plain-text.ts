/**
 * An instrument as plain text: a short header naming the edition, a blank line, then one line per
 * title, division heading, article heading and provision, in document order, exactly as the site
 * prints them (the form of tests/fixtures/verified-text/). Built from the provision records, so the
 * text file and the JSON cannot differ in a word.
 */
import type { InstrumentModel } from '../corpus/model.ts';
import { instrumentPath, absoluteUrl } from '../lib/urls.ts';
import { ExportError, type Edition } from './edition.ts';
import { instrumentRecords, type ProvisionRecord } from './provision-records.ts';

function joined(number: string | null, text: string): string {
  return number === null ? text : `${number} ${text}`;
}

/** The line or lines one record prints as, given the records of its instrument by anchor and the record after it. */
function linesOf(record: ProvisionRecord, byAnchor: ReadonlyMap<string, ProvisionRecord>, next: ProvisionRecord | undefined): string[] {
  switch (record.kind) {
    case 'part':
    case 'chapter':
    case 'section':
      return [[record.number, record.heading].filter((part) => part !== null).join(' ')];
    case 'article':
      return [
        `Article ${record.number ?? ''}${record.heading === null ? '' : ` ${record.heading}`}`,
        ...(record.text === null ? [] : [record.text]),
      ];
    case 'intro': {
      // Rule (as on the site): a paragraph's or point's label stands on its introductory words.
      const owner = record.parent === null ? undefined : byAnchor.get(record.parent);
      const label = owner?.kind === 'paragraph' || owner?.kind === 'point' ? owner.number : null;
      return record.text === null ? [] : [joined(label, record.text)];
    }
    default: {
      if (record.text !== null) return [joined(record.number, record.text)];
      // A numbered list without introductory words: the label stands on a line of its own.
      const opensOnIntro = next?.parent === record.anchor && next.kind === 'intro';
      return record.number !== null && !opensOnIntro ? [record.number] : [];
    }
  }
}

/** The lines of an instrument's text: its title, then every heading and provision as the site prints them. */
export function textLines(title: string, records: readonly ProvisionRecord[]): string[] {
  const byAnchor = new Map(records.map((record) => [record.anchor, record]));
  return [title, ...records.flatMap((record, index) => linesOf(record, byAnchor, records[index + 1]))];
}

/** The header that names what the file is and which edition it belongs to. */
export function plainTextHeader(instrument: InstrumentModel, edition: Edition): string[] {
  return [
    `${instrument.meta.citationName}: authentic English text, one line per heading and provision`,
    `Corpus version: ${edition.corpusVersion}`,
    `Build date: ${edition.buildDate}`,
    `Web page: ${absoluteUrl(edition.origin, instrumentPath(instrument.slug))}`,
    `Source: ${edition.source}`,
    `Licence: ${edition.licence.texts} ${edition.licence.data}`,
  ];
}

/** The plain-text export of an instrument: header, blank line, text; LF line ends, final newline. */
export function instrumentPlainText(instrument: InstrumentModel, edition: Edition): string {
  const lines = textLines(instrument.meta.title, instrumentRecords(instrument, edition.origin));
  // The blank line is the only separator between header and text: a text line may never be empty.
  const empty = lines.findIndex((line) => line.trim() === '');
  if (empty !== -1) throw new ExportError(`${instrument.file}: line ${empty + 1} of the plain text would be empty`);
  return `${[...plainTextHeader(instrument, edition), '', ...lines].join('\n')}\n`;
}
