/**
 * The checks that no single file's schema can make, each a small function over what the reader
 * has gathered. Each returns one message per problem ("corpus/file:line: what is wrong"), empty
 * when all is well. The reader runs them in order; tests run them one by one.
 */
import { checkDivisions, placeDivisions, type Division } from '../lib/divisions.ts';
import { parsePlace, placeKey } from '../lib/connections.ts';
import type { Relation } from '../schemas/relation.ts';
import type { Theme } from '../schemas/theme.ts';
import type { LineOf } from '../schemas/format-issues.ts';
import { fileAt } from '../schemas/format-issues.ts';
import type { AnchorRegistry } from './anchor-registry.ts';
import type { ReferenceRecord } from './model.ts';

/** What the checks know of one text file. */
export interface TextFacts {
  /** Path from the project root, e.g. "corpus/demo/articles/03.mdx". */
  readonly file: string;
  /** The `instrument` field of its frontmatter. */
  readonly instrument: string;
  /** The `kind` field. */
  readonly kind: 'article' | 'preamble' | 'conclusions';
  /** The article number, for articles. */
  readonly number?: number | undefined;
  /** Its anchors with the line each is defined on; the file's own anchor first. */
  readonly anchors: readonly { readonly eid: string; readonly line: number }[];
}

/** What the checks know of one instrument. */
export interface InstrumentFacts {
  /** Its folder name. */
  readonly slug: string;
  /** Path of its metadata file from the project root. */
  readonly file: string;
  /** Line of a field of the metadata file. */
  readonly lineOf: LineOf;
  /** Official title. */
  readonly title: string;
  /** Citation name. */
  readonly citationName: string;
  /** Declared number of articles. */
  readonly articleCount: number;
  /** Declared divisions. */
  readonly divisions: readonly Division[];
  /** The instrument it supplements, if any. */
  readonly supplements: string | undefined;
  /** Provisions named by facts of its metadata, by field. */
  readonly factProvisions: readonly { readonly field: string; readonly eid: string }[];
}

/** Each text file names an instrument that exists, and stands in that instrument's folder. */
export function checkTextPlacement(
  instruments: readonly InstrumentFacts[],
  texts: readonly TextFacts[],
  unreadable: ReadonlySet<string> = new Set(),
): string[] {
  const known = new Set(instruments.map((instrument) => instrument.slug));
  return texts.flatMap((text) => {
    const folder = text.file.split('/')[1] ?? '';
    // An instrument whose metadata has a problem of its own is reported once, not once per text.
    if (!known.has(text.instrument) && unreadable.has(`corpus/${text.instrument}/instrument.yaml`)) return [];
    if (!known.has(text.instrument))
      return [
        `${text.file}: field "instrument": unknown instrument "${text.instrument}" (expected one of ${[...known].join(', ') || 'none'})`,
      ];
    if (folder !== text.instrument)
      return [`${text.file}: field "instrument": "${text.instrument}" does not match the folder "${folder}" the file is in`];
    return [];
  });
}

/**
 * A file's name agrees with its frontmatter: articles/03.mdx holds article 3, preamble.mdx the
 * preamble. Checked before the body is read, whose errors would only follow from the mismatch.
 */
export function checkFileName(file: string, unit: { readonly kind: TextFacts['kind']; readonly number?: number }): string | undefined {
  const name = file.split('/').slice(2).join('/');
  const article = /^articles\/(\d+)\.mdx$/.exec(name);
  if (article) {
    if (unit.kind !== 'article') return `${file}: field "kind": a file under articles/ holds an article; found "${unit.kind}"`;
    if (Number(article[1]) !== unit.number)
      return `${file}: field "number": the file name says article ${Number(article[1])}; found ${String(unit.number)}`;
    return undefined;
  }
  const kind = name.replace(/\.mdx$/, '');
  return kind === unit.kind ? undefined : `${file}: field "kind": the file name says "${kind}"; found "${unit.kind}"`;
}

/**
 * Every article of an instrument present once, none beyond its count; one preamble and one
 * testimonium at most. An article whose file could not be read (`unreadable`, already reported)
 * is not reported missing as well.
 */
export function checkArticleSet(
  instrument: InstrumentFacts,
  texts: readonly TextFacts[],
  unreadable: ReadonlySet<string> = new Set(),
): string[] {
  const problems: string[] = [];
  const own = texts.filter((text) => text.instrument === instrument.slug);
  for (const kind of ['preamble', 'conclusions'] as const) {
    const files = own.filter((text) => text.kind === kind);
    if (files.length > 1)
      problems.push(`${files[1]?.file ?? ''}: a second ${kind} for "${instrument.slug}" (the first is ${files[0]?.file ?? ''})`);
  }
  const byNumber = new Map<number, string>();
  for (const text of own) {
    if (text.kind !== 'article' || text.number === undefined) continue;
    const other = byNumber.get(text.number);
    if (other) problems.push(`${text.file}: field "number": article ${text.number} is already in ${other}`);
    else byNumber.set(text.number, text.file);
    if (text.number > instrument.articleCount)
      problems.push(
        `${text.file}: field "number": article ${text.number} is beyond articleCount ${instrument.articleCount} of "${instrument.slug}"`,
      );
  }
  const reported = new Set(
    [...unreadable].flatMap((file) => {
      const match = new RegExp(`^corpus/${instrument.slug}/articles/(\\d+)\\.mdx$`).exec(file);
      return match ? [Number(match[1])] : [];
    }),
  );
  for (let number = 1; number <= instrument.articleCount; number += 1) {
    if (!byNumber.has(number) && !reported.has(number))
      problems.push(`${instrument.file}: article ${number} is missing (articleCount is ${instrument.articleCount})`);
  }
  return problems;
}

/** Divisions cover the articles in order without gap or overlap, and no two share a number (and so an anchor). */
export function checkDivisionSet(instrument: InstrumentFacts): string[] {
  const at = fileAt(instrument.file, instrument.lineOf(['divisions']));
  const seen = new Set<string>();
  const duplicates = placeDivisions(instrument.divisions).flatMap(({ division, eid }) => {
    if (!seen.has(eid)) {
      seen.add(eid);
      return [];
    }
    return [
      `${at}: field "divisions": ${division.type} ${division.num} is declared twice (its anchor "${eid}" would stand twice on the page)`,
    ];
  });
  return [
    ...duplicates,
    ...checkDivisions(instrument.divisions, instrument.articleCount).map((problem) => `${at}: field "divisions": ${problem}`),
  ];
}

/** No anchor is defined twice in an instrument; the second place names the first. */
export function checkAnchorsUnique(texts: readonly TextFacts[]): string[] {
  const sites = new Map<string, string>();
  return texts.flatMap((text) =>
    text.anchors.flatMap(({ eid, line }) => {
      const key = `${text.instrument}#${eid}`;
      const earlier = sites.get(key);
      if (earlier) return [`${text.file}:${line}: anchor "${eid}" is already defined at ${earlier}`];
      sites.set(key, `${text.file}:${line}`);
      return [];
    }),
  );
}

/** Provisions named in an instrument's metadata exist; the instrument it supplements exists. */
export function checkMetadataTargets(instrument: InstrumentFacts, anchors: ReadonlySet<string>, slugs: ReadonlySet<string>): string[] {
  const facts = instrument.factProvisions.flatMap(({ field, eid }) =>
    anchors.has(eid)
      ? []
      : [
          `${fileAt(instrument.file, instrument.lineOf([field, 'provision']))}: field "${field}.provision": no provision "${eid}" in "${instrument.slug}"`,
        ],
  );
  const parent = instrument.supplements;
  const supplements =
    parent !== undefined && !slugs.has(parent)
      ? [`${fileAt(instrument.file, instrument.lineOf(['supplements']))}: field "supplements": no instrument "${parent}" in the corpus`]
      : [];
  return [...facts, ...supplements];
}

/**
 * Each doubtful reading names a provision of its instrument, and its words stand in that
 * provision's own text, so that the flag sits where the doubt is.
 */
export function checkReadings(
  instrument: Pick<InstrumentFacts, 'file' | 'lineOf' | 'slug'>,
  readings: readonly { readonly provision: string; readonly reading?: string | undefined }[],
  ownText: (eid: string) => string | undefined,
): string[] {
  return readings.flatMap((entry, index) => {
    const at = (field: string) =>
      `${fileAt(instrument.file, instrument.lineOf(['readings', index, field]))}: field "readings.${index}.${field}"`;
    const text = ownText(entry.provision);
    if (text === undefined) return [`${at('provision')}: no provision "${entry.provision}" in "${instrument.slug}"`];
    if (entry.reading === undefined) return [];
    const times = text.split(entry.reading).length - 1;
    if (times === 0) return [`${at('reading')}: “${entry.reading}” does not stand in the words of ${entry.provision}`];
    // The flag quotes the reading: it must point the reader to one place, not to any of several.
    if (times > 1)
      return [`${at('reading')}: “${entry.reading}” stands ${times} times in ${entry.provision}; quote enough words to name one`];
    return [];
  });
}

/** No two instruments share a title or a citation name: a citation must name one instrument. */
export function checkNamesUnique(instruments: readonly InstrumentFacts[]): string[] {
  return (['title', 'citationName'] as const).flatMap((field) => {
    const first = new Map<string, InstrumentFacts>();
    return instruments.flatMap((instrument) => {
      const other = first.get(instrument[field]);
      if (!other) {
        first.set(instrument[field], instrument);
        return [];
      }
      return [
        `${fileAt(instrument.file, instrument.lineOf([field]))}: field "${field}": "${instrument[field]}" is already the ${field === 'title' ? 'title' : 'citation name'} of "${other.slug}"`,
      ];
    });
  });
}

/** Relations join places that exist, never a place to itself, and each pair is declared once in either direction. */
export function checkRelations(file: string, relations: readonly Relation[], lineOf: LineOf, exists: (place: string) => boolean): string[] {
  const seen = new Map<string, number>();
  return relations.flatMap((relation, index) => {
    const problems: string[] = [];
    for (const field of ['from', 'to', 'statedIn'] as const) {
      const value = relation[field];
      if (value !== undefined && !exists(value))
        problems.push(`${fileAt(file, lineOf([index, field]))}: field "${index}.${field}": no provision "${value}" in the corpus`);
    }
    const [from, to] = [placeKey(parsePlace(relation.from)), placeKey(parsePlace(relation.to))];
    if (from === to) problems.push(`${fileAt(file, lineOf([index]))}: relation ${relation.type} ${from} ${to} joins a provision to itself`);
    const key = `${relation.type} ${from} ${to}`;
    const earlier = seen.get(key) ?? seen.get(`${relation.type} ${to} ${from}`);
    if (earlier !== undefined)
      problems.push(
        `${fileAt(file, lineOf([index]))}: relation ${key} is declared twice (first as item ${earlier}); a relation is declared once and shown from both ends`,
      );
    else seen.set(key, index);
    return problems;
  });
}

/**
 * Every cell of a comparison names a provision that exists (a whole instrument is no cell), no
 * provision stands twice in a row, and no two themes share a slug.
 */
export function checkThemes(file: string, themes: readonly Theme[], lineOf: LineOf, exists: (place: string) => boolean): string[] {
  const slugs = new Set<string>();
  return themes.flatMap((theme, index) => {
    const problems: string[] = [];
    if (slugs.has(theme.slug))
      problems.push(`${fileAt(file, lineOf([index, 'slug']))}: field "${index}.slug": the theme "${theme.slug}" is declared twice`);
    slugs.add(theme.slug);
    theme.rows.forEach((row, rowIndex) => {
      const seen = new Set<string>();
      row.provisions.forEach((value, cell) => {
        const where = `${fileAt(file, lineOf([index, 'rows', rowIndex, 'provisions', cell]))}: field "${index}.rows.${rowIndex}.provisions.${cell}"`;
        if (parsePlace(value).eid === undefined) problems.push(`${where}: "${value}" names a whole instrument; a cell needs a provision`);
        else if (!exists(value)) problems.push(`${where}: no provision "${value}" in the corpus`);
        if (seen.has(value)) problems.push(`${where}: "${value}" stands twice in this row`);
        seen.add(value);
      });
    });
    return problems;
  });
}

/** A reference in the text to a provision that does not exist stops the build. */
export function checkDanglingReferences(records: readonly ReferenceRecord[]): string[] {
  return records.flatMap((record) =>
    record.links.flatMap((link) =>
      link.dangling ? [`${record.file}:${record.line}: the reference “${record.text}” ${link.reason ?? ''}`] : [],
    ),
  );
}

/** Every registered page and anchor is still published; published anchors are never withdrawn. */
export function checkRegistry(file: string, registry: AnchorRegistry, published: Readonly<Record<string, readonly string[]>>): string[] {
  return Object.entries(registry.pages).flatMap(([page, registered]) => {
    const present = published[page];
    if (!present)
      return [`${file}: page ${page} is registered but the corpus publishes no such page; published anchors are never withdrawn`];
    const set = new Set(present);
    return registered
      .filter((anchor) => !set.has(anchor))
      .map(
        (anchor) => `${file}: registered anchor ${page}#${anchor} no longer exists in the corpus; published anchors are never withdrawn`,
      );
  });
}
