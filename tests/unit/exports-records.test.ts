import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article, InlineNode, InstrumentModel, Provision, TextFile } from '../../src/corpus/model.ts';
import { readCorpus } from '../../src/corpus/read-corpus.ts';
import type { Division, PlacedDivision } from '../../src/lib/divisions.ts';
import { ExportError } from '../../src/export/edition.ts';
import { corpusRecords, instrumentRecords, plainTextOf, sha256, type ProvisionRecord } from '../../src/export/provision-records.ts';
import type { Instrument } from '../../src/schemas/instrument.ts';

const ORIGIN = 'https://example.test';
const ROOT = path.join(import.meta.dirname, '..', '..');
const VALID = path.join(ROOT, 'tests', 'fixtures', 'corpus-valid');

// Hand-made models: the smallest pieces that exercise each rule.
const text = (value: string): InlineNode => ({ type: 'text', value, line: 1, links: [] });
const words = (value: string): InlineNode[] => [text(value)];
const node = (
  role: Provision['role'],
  eid: string | undefined,
  label: string | undefined,
  inline: InlineNode[] | undefined,
  children: Provision[] = [],
): Provision => ({ role, eid, label, inline, children, line: 1 });
const article = (
  number: number,
  provisions: Provision[],
  divisions: PlacedDivision[] = [],
  heading: string | null = `Heading ${number}`,
): Article => ({
  file: `corpus/demo/articles/0${number}.mdx`,
  kind: 'article',
  eid: `art_${number}`,
  number,
  heading: heading ?? undefined,
  divisions,
  provisions,
});
const part = (kind: 'preamble' | 'conclusions', provisions: Provision[]): TextFile => ({
  file: `corpus/demo/${kind}.mdx`,
  kind,
  eid: kind,
  provisions,
});
const chapter = (num: string, first: number, last: number, divisions?: Division[]): Division => ({
  type: 'chapter',
  num,
  label: `${num}.`,
  heading: `Chapter heading ${num}`,
  firstArticle: first,
  lastArticle: last,
  divisions,
});

const META: Instrument = {
  organization: 'un',
  title: 'Demonstration Protocol',
  shortTitles: ['Demo Protocol'],
  citationName: 'Demo Protocol',
  namedInTextsAs: [],
  type: 'protocol',
  adoption: { date: '2000-11-15', by: 'United Nations General Assembly', act: 'resolution 1/1', source: 'a test' },
  signature: { periods: [{ place: 'Palermo, Italy', to: '2000-12-15' }], source: 'a test' },
  entryIntoForce: { date: '2003-12-25', source: 'a test' },
  depositary: { name: 'Secretary-General of the United Nations', source: 'a test' },
  authenticLanguages: { languages: ['English'], source: 'a test' },
  officialSource: { title: 'a test' },
  verification: [{ date: '2026-11-23', method: 'none', sources: [{ title: 'a test' }], result: 'none' }],
  unconfirmed: [],
  articleCount: 1,
  divisions: [],
  readings: [],
};

function instrument(texts: {
  preamble?: TextFile;
  articles?: Article[];
  conclusions?: TextFile;
  divisions?: PlacedDivision[];
}): InstrumentModel {
  return {
    slug: 'demo',
    file: 'corpus/demo/instrument.yaml',
    meta: META,
    divisions: texts.divisions ?? [],
    preamble: texts.preamble,
    articles: texts.articles ?? [],
    conclusions: texts.conclusions,
  };
}

/** The fields a case cares about: everything but the derived url, citation and hash, which have tests of their own. */
function brief(records: readonly ProvisionRecord[]): string[] {
  return records.map((record) =>
    [record.anchor, record.kind, record.parent ?? '-', record.number ?? '-', record.heading ?? '-', record.text ?? '-'].join(' | '),
  );
}

describe('provision records from hand-made models', () => {
  const chapterI: PlacedDivision = { division: chapter('I', 1, 2), eid: 'chp_I', depth: 0 };
  const partOne: PlacedDivision = {
    division: { ...chapter('1', 1, 1, [chapter('A', 1, 1)]), type: 'part', label: 'Part 1' },
    eid: 'part_1',
    depth: 0,
  };
  const sectionA: PlacedDivision = {
    division: { ...chapter('A', 1, 1), type: 'section', label: 'Section A' },
    eid: 'part_1__sec_A',
    depth: 1,
  };

  it.each<[string, InstrumentModel, string[]]>([
    [
      'numbered paragraphs: the article holds no words of its own',
      instrument({
        articles: [article(1, [node('para', 'art_1__para_1', '1.', words('One.')), node('para', 'art_1__para_2', '2.', words('Two.'))])],
      }),
      [
        'art_1 | article | - | 1 | Heading 1 | -',
        'art_1__para_1 | paragraph | art_1 | 1. | - | One.',
        'art_1__para_2 | paragraph | art_1 | 2. | - | Two.',
      ],
    ],
    [
      'one unnumbered paragraph: its words are the article’s own',
      instrument({ articles: [article(13, [node('para', undefined, undefined, words('The whole article.'))], [], null)] }),
      ['art_13 | article | - | 13 | - | The whole article.'],
    ],
    [
      'a paragraph with a list: the paragraph is a container, the words are in its intro, points and wrap',
      instrument({
        articles: [
          article(5, [
            node('para', 'art_5__para_2', '2.', undefined, [
              node('intro', 'art_5__para_2__intro', undefined, words('Each State shall:')),
              node('point', 'art_5__para_2__point_a', '(a)', words('Act;')),
              node('point', 'art_5__para_2__point_b', '(b)', undefined, [
                node('point', 'art_5__para_2__point_b__point_i', '(i)', words('Deeper.')),
              ]),
              node('wrap', 'art_5__para_2__wrap', undefined, words('And so on.')),
            ]),
          ]),
        ],
      }),
      [
        'art_5 | article | - | 5 | Heading 5 | -',
        'art_5__para_2 | paragraph | art_5 | 2. | - | -',
        'art_5__para_2__intro | intro | art_5__para_2 | - | - | Each State shall:',
        'art_5__para_2__point_a | point | art_5__para_2 | (a) | - | Act;',
        'art_5__para_2__point_b | point | art_5__para_2 | (b) | - | -',
        'art_5__para_2__point_b__point_i | point | art_5__para_2__point_b | (i) | - | Deeper.',
        'art_5__para_2__wrap | wrap | art_5__para_2 | - | - | And so on.',
      ],
    ],
    [
      'preamble, chapter and testimonium, in document order',
      instrument({
        divisions: [chapterI],
        preamble: part('preamble', [
          node('intro', 'preamble__intro', undefined, words('The States,')),
          node('recital', 'preamble__recital_1', undefined, words('Considering,')),
          node('wrap', 'preamble__wrap', undefined, words('Have agreed:')),
        ]),
        articles: [
          article(1, [node('para', undefined, undefined, words('One.'))], [chapterI]),
          article(2, [node('para', undefined, undefined, words('Two.'))], [chapterI]),
        ],
        conclusions: part('conclusions', [node('para', undefined, undefined, words('IN WITNESS WHEREOF.'))]),
      }),
      [
        'preamble | preamble | - | - | - | -',
        'preamble__intro | intro | preamble | - | - | The States,',
        'preamble__recital_1 | recital | preamble | - | - | Considering,',
        'preamble__wrap | wrap | preamble | - | - | Have agreed:',
        'chp_I | chapter | - | I. | Chapter heading I | -',
        'art_1 | article | chp_I | 1 | Heading 1 | One.',
        'art_2 | article | chp_I | 2 | Heading 2 | Two.',
        'conclusions | conclusions | - | - | - | IN WITNESS WHEREOF.',
      ],
    ],
    [
      'nested divisions: each opens where its first article begins, inside its parent',
      instrument({
        divisions: [partOne, sectionA],
        articles: [article(1, [node('para', undefined, undefined, words('One.'))], [partOne, sectionA])],
      }),
      [
        'part_1 | part | - | Part 1 | Chapter heading 1 | -',
        'part_1__sec_A | section | part_1 | Section A | Chapter heading A | -',
        'art_1 | article | part_1__sec_A | 1 | Heading 1 | One.',
      ],
    ],
    [
      'italics markers are dropped and the source’s line breaks fold as on the page',
      instrument({
        articles: [
          article(1, [
            node('para', undefined, undefined, [
              text('  The '),
              { type: 'emphasis', children: [text('travaux\npréparatoires')] },
              text(' apply,\n  and\tso\u00a0on. '),
            ]),
          ]),
        ],
      }),
      ['art_1 | article | - | 1 | Heading 1 | The travaux préparatoires apply, and so\u00a0on.'],
    ],
  ])('%s', (_name, model, expected) => {
    expect(brief(instrumentRecords(model, ORIGIN))).toEqual(expected);
  });

  it('gives each record its permanent URL, its citation and the hash of its own words', () => {
    const model = instrument({
      articles: [
        article(3, [
          node('intro', 'art_3__intro', undefined, words('For the purposes:')),
          node('point', 'art_3__point_a', '(a)', words('“Trafficking”;')),
        ]),
      ],
    });
    const [head, intro, point] = instrumentRecords(model, ORIGIN);
    expect(head).toMatchObject({
      url: 'https://example.test/demo/article-3/#art_3',
      citation: 'Demo Protocol, art. 3',
      sha256: null,
      text: null,
    });
    expect(intro).toMatchObject({
      url: 'https://example.test/demo/article-3/#art_3__intro',
      citation: 'Demo Protocol, art. 3 (chapeau)',
      sha256: sha256('For the purposes:'),
    });
    expect(point).toMatchObject({
      instrument: 'demo',
      url: 'https://example.test/demo/article-3/#art_3__point_a',
      citation: 'Demo Protocol, art. 3(a)',
      sha256: sha256('“Trafficking”;'),
    });
  });

  it('hashes the UTF-8 bytes of the text', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    // “ is three bytes in UTF-8 (E2 80 9C): the hash is of those bytes, not of UTF-16 code units.
    expect(sha256('“')).toBe(
      createHash('sha256')
        .update(Buffer.from([0xe2, 0x80, 0x9c]))
        .digest('hex'),
    );
    expect(plainTextOf([])).toBe('');
  });

  it.each<[string, InstrumentModel, RegExp]>([
    [
      'an anchor that cannot be cited',
      instrument({
        articles: [article(1, [node('para', undefined, undefined, undefined, [node('point', 'point_a', '(a)', words('Lost.'))])])],
      }),
      /^corpus\/demo\/articles\/01\.mdx: the anchor "point_a" cannot be cited, so it cannot be exported: "point_a" does not start at an article, preamble or division$/,
    ],
    [
      'a provision without an anchor below the top of a text',
      instrument({
        articles: [article(1, [node('para', 'art_1__para_1', '1.', undefined, [node('point', undefined, '(a)', words('Nameless.'))])])],
      }),
      /^corpus\/demo\/articles\/01\.mdx:1: a point without an anchor stands below art_1__para_1; only the single unnumbered paragraph of a text may lack one$/,
    ],
    [
      'an unnumbered paragraph beside numbered ones',
      instrument({
        articles: [article(1, [node('para', 'art_1__para_1', '1.', words('One.')), node('para', undefined, undefined, words('Stray.'))])],
      }),
      /^corpus\/demo\/articles\/01\.mdx: a provision without an anchor stands beside others/,
    ],
    [
      'a division that holds none of the articles',
      instrument({
        divisions: [{ division: chapter('IX', 9, 9), eid: 'chp_IX', depth: 0 }],
        articles: [article(1, [node('para', undefined, undefined, words('One.'))])],
      }),
      /^corpus\/demo\/instrument\.yaml: chp_IX holds none of the instrument's articles, so it has no place in the text$/,
    ],
  ])('stops with a clear error on %s', (_name, model, message) => {
    expect(() => instrumentRecords(model, ORIGIN)).toThrow(ExportError);
    expect(() => instrumentRecords(model, ORIGIN)).toThrow(message);
  });
});

// The hash contract: one changed word of authentic text changes that provision's hash and nothing else.
const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function recordsOf(dir: string): Promise<ProvisionRecord[]> {
  const reading = await readCorpus(dir);
  if (!reading.model) throw new Error(reading.problems.join('\n'));
  return corpusRecords(reading.model.instruments, ORIGIN);
}

/** Copies a corpus, changes one word in one file, and returns the records before and after. */
async function beforeAndAfter(
  source: string,
  file: string,
  from: string,
  to: string,
): Promise<{ before: ProvisionRecord[]; after: ProvisionRecord[] }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'exports-'));
  made.push(dir);
  await cp(source, dir, { recursive: true });
  const before = await recordsOf(dir);
  const target = path.join(dir, file);
  const original = await readFile(target, 'utf8');
  const changed = original.replace(from, to);
  if (changed === original) throw new Error(`the change did not apply to ${file}`);
  await writeFile(target, changed);
  return { before, after: await recordsOf(dir) };
}

function expectOnlyChange(before: readonly ProvisionRecord[], after: readonly ProvisionRecord[], anchor: string, text: string): void {
  const key = (record: ProvisionRecord): string => `${record.instrument}#${record.anchor}`;
  expect(after.map(key)).toEqual(before.map(key));
  const changed = after.flatMap((record, index) => (JSON.stringify(record) === JSON.stringify(before[index]) ? [] : [index]));
  expect(changed.map((index) => after[index]?.anchor)).toEqual([anchor]);
  const [was, now] = [before[changed[0] ?? -1], after[changed[0] ?? -1]];
  expect(now?.text).toBe(text);
  expect(now?.sha256).toBe(sha256(text));
  expect(now?.sha256).not.toBe(was?.sha256);
  // Nothing but the words and their hash moved.
  expect({ ...now, text: null, sha256: null }).toEqual({ ...was, text: null, sha256: null });
}

describe('one changed word changes one hash and nothing else', () => {
  it.each([
    ['a recital', 'demo/preamble.mdx', 'Considering a fixture,', 'Considering the fixture,', 'preamble__recital_1'],
    ['an article of one unnumbered paragraph', 'demo/articles/01.mdx', 'One.', 'Uno.', 'art_1'],
    ['the other article', 'demo/articles/02.mdx', 'Two.', 'Deux.', 'art_2'],
  ])('in the fixture corpus: %s', async (_name, file, from, to, anchor) => {
    const { before, after } = await beforeAndAfter(VALID, file, from, to);
    expectOnlyChange(before, after, anchor, to);
  });

  it.each([
    [
      'a subparagraph',
      'trafficking-protocol/articles/03.mdx',
      'under eighteen years',
      'under nineteen years',
      'art_3__point_d',
      '“Child” shall mean any person under nineteen years of age.',
    ],
    [
      'an article of one unnumbered paragraph',
      'trafficking-protocol/articles/13.mdx',
      'within a reasonable time',
      'within a short time',
      'art_13',
      'At the request of another State Party, a State Party shall, in accordance with its domestic law, verify within a short time the legitimacy and validity of travel or identity documents issued or purported to have been issued in its name and suspected of being used for trafficking in persons.',
    ],
    [
      'introductory words of a Convention paragraph',
      'organized-crime-convention/articles/06.mdx',
      'For purposes of implementing',
      'For purposes of executing',
      'art_6__para_2__intro',
      'For purposes of executing or applying paragraph 1 of this article:',
    ],
  ])(
    'in the real corpus: %s',
    async (_name, file, from, to, anchor, text) => {
      const { before, after } = await beforeAndAfter(path.join(ROOT, 'corpus'), file, from, to);
      expectOnlyChange(before, after, anchor, text);
    },
    20_000,
  );
});
