/**
 * Writes the open-data exports into <site>/data/: every file of every writer, each checked against
 * the names its format gives, so the Data page and the alternate links never point at a file that
 * was not written. The build runs it on the staging folder, so a failed export leaves the previous
 * site in place.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CorpusModel } from '../src/corpus/model.ts';
import { editionOf, ExportError, type Edition } from '../src/export/edition.ts';
import { DATA_DIR, exportFiles } from '../src/export/formats.ts';
import { WRITERS, type ExportWriter } from '../src/export/writers.ts';
import { citationFiles } from '../src/export/citation-files.ts';
import { redirectPage, redirects } from '../src/export/redirects.ts';
import { SITE } from '../src/site.ts';
import { existsSync } from 'node:fs';

/** A file written: its path on the site and its size. */
export interface WrittenFile {
  /** Path on the site, e.g. "/data/trafficking-protocol.json". */
  readonly path: string;
  /** Size in bytes. */
  readonly bytes: number;
}

/** Options of writeExports. */
export interface ExportOptions {
  /** The writers to run; the project's list by default. */
  readonly writers?: readonly ExportWriter[];
  /** The edition; that of the model at the site's origin, built today (or at SOURCE_DATE_EPOCH), by default. */
  readonly edition?: Edition;
}

/** Renders every export of `model` and writes it into `siteDir`/data/; returns the files written, in the Data page's order. */
export async function writeExports(
  model: Pick<CorpusModel, 'digest' | 'instruments'>,
  siteDir: string,
  options: ExportOptions = {},
): Promise<WrittenFile[]> {
  const writers = options.writers ?? WRITERS;
  const edition = options.edition ?? editionOf(model);
  const slugs = model.instruments.map((instrument) => instrument.slug);
  // Render everything before writing anything: a writer that fails leaves no half-written folder.
  const rendered = (await Promise.all(writers.map((writer) => writer.render({ model, edition })))).flat();
  const expected = exportFiles(
    writers.map((writer) => writer.format),
    slugs,
  ).map((entry) => entry.name);
  const names = rendered.map((entry) => entry.name);
  const unexpected = names.filter((name) => !expected.includes(name));
  const missing = expected.filter((name) => !names.includes(name));
  const doubled = names.filter((name, index) => names.indexOf(name) !== index);
  if (unexpected.length > 0 || missing.length > 0 || doubled.length > 0) {
    const problems = [
      ...unexpected.map((name) => `${name} is written but no format names it`),
      ...missing.map((name) => `${name} is named by its format but not written`),
      ...doubled.map((name) => `${name} is written twice`),
    ];
    throw new ExportError(`the exports do not match their formats: ${problems.join('; ')}`);
  }
  const dir = path.join(siteDir, DATA_DIR);
  await mkdir(dir, { recursive: true });
  const byName = new Map(rendered.map((entry) => [entry.name, entry.text]));
  const written: WrittenFile[] = [];
  for (const name of expected) {
    const bytes = Buffer.from(byName.get(name) ?? '', 'utf8');
    await writeFile(path.join(dir, name), bytes);
    written.push({ path: `/${DATA_DIR}/${name}`, bytes: bytes.length });
  }
  return written;
}

/** Writes the reference files (BibTeX, RIS, CSL-JSON) of every instrument and article into `siteDir`/cite/. */
export async function writeCitationFiles(
  model: Pick<CorpusModel, 'instruments'>,
  siteDir: string,
  origin: string | undefined,
): Promise<number> {
  const files = citationFiles(model.instruments, origin);
  for (const file of files) {
    const target = path.join(siteDir, ...file.path.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.text);
  }
  return files.length;
}

/** Writes the pages of the other addresses of articles, each leading to its permanent address; never over a page of the site. */
export async function writeRedirects(model: Pick<CorpusModel, 'instruments'>, siteDir: string): Promise<number> {
  const list = redirects(model.instruments, SITE.primaryInstrument);
  for (const redirect of list) {
    const target = path.join(siteDir, ...redirect.from.split('/'), 'index.html');
    if (existsSync(target)) throw new ExportError(`the other address ${redirect.from} is already a page of the site`);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, redirectPage(redirect, SITE.name));
  }
  return list.length;
}
