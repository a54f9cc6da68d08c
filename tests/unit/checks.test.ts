import { describe, expect, it } from 'vitest';
import {
  checkReadings,
  checkAnchorsUnique,
  checkArticleSet,
  checkDanglingReferences,
  checkDivisionSet,
  checkFileName,
  checkMetadataTargets,
  checkNamesUnique,
  checkRegistry,
  checkRelations,
  checkTextPlacement,
  type InstrumentFacts,
  type TextFacts,
} from '../../src/corpus/checks.ts';
import type { Division } from '../../src/lib/divisions.ts';
import type { ReferenceRecord } from '../../src/corpus/model.ts';

const lineOf = (path: readonly PropertyKey[]): number | undefined =>
  path[0] === 'divisions' ? 30 : path[0] === 'title' ? 1 : path[0] === 'citationName' ? 3 : undefined;

function instrument(overrides: Partial<InstrumentFacts> = {}): InstrumentFacts {
  return {
    slug: 'demo',
    file: 'corpus/demo/instrument.yaml',
    lineOf,
    title: 'Demo',
    citationName: 'Demo',
    articleCount: 2,
    divisions: [],
    supplements: undefined,
    factProvisions: [],
    ...overrides,
  };
}

function text(number: number | undefined, overrides: Partial<TextFacts> = {}): TextFacts {
  const kind = number === undefined ? 'preamble' : 'article';
  const file = number === undefined ? 'corpus/demo/preamble.mdx' : `corpus/demo/articles/0${number}.mdx`;
  return {
    file,
    instrument: 'demo',
    kind,
    number,
    anchors: [{ eid: number === undefined ? 'preamble' : `art_${number}`, line: 1 }],
    ...overrides,
  };
}

const chapter = (num: string, first: number, last: number): Division => ({
  type: 'chapter',
  num,
  label: `${num}.`,
  heading: 'Heading',
  firstArticle: first,
  lastArticle: last,
});

describe('checkTextPlacement', () => {
  it.each([
    ['a text in its own folder', [text(1)], []],
    [
      'an unknown instrument',
      [text(1, { instrument: 'other' })],
      ['corpus/demo/articles/01.mdx: field "instrument": unknown instrument "other" (expected one of demo)'],
    ],
    [
      'a text in another folder',
      [text(1, { file: 'corpus/else/articles/01.mdx' })],
      ['corpus/else/articles/01.mdx: field "instrument": "demo" does not match the folder "else" the file is in'],
    ],
  ])('%s', (_name, texts, expected) => {
    expect(checkTextPlacement([instrument()], texts)).toEqual(expected);
  });
});

describe('checkFileName', () => {
  it.each([
    ['corpus/demo/articles/03.mdx', { kind: 'article', number: 3 }, undefined],
    ['corpus/demo/articles/003.mdx', { kind: 'article', number: 3 }, undefined],
    ['corpus/demo/preamble.mdx', { kind: 'preamble' }, undefined],
    ['corpus/demo/conclusions.mdx', { kind: 'conclusions' }, undefined],
    [
      'corpus/demo/articles/03.mdx',
      { kind: 'article', number: 4 },
      'corpus/demo/articles/03.mdx: field "number": the file name says article 3; found 4',
    ],
    [
      'corpus/demo/articles/03.mdx',
      { kind: 'conclusions' },
      'corpus/demo/articles/03.mdx: field "kind": a file under articles/ holds an article; found "conclusions"',
    ],
    [
      'corpus/demo/conclusions.mdx',
      { kind: 'preamble' },
      'corpus/demo/conclusions.mdx: field "kind": the file name says "conclusions"; found "preamble"',
    ],
  ] as const)('%s with %o', (file, unit, expected) => {
    expect(checkFileName(file, unit)).toBe(expected);
  });
});

describe('checkArticleSet', () => {
  it.each([
    ['a complete instrument', [text(1), text(2), text(undefined)], []],
    ['a missing article', [text(1)], ['corpus/demo/instrument.yaml: article 2 is missing (articleCount is 2)']],
    [
      'a duplicate article',
      [text(1), text(2), text(2, { file: 'corpus/demo/articles/002.mdx' })],
      ['corpus/demo/articles/002.mdx: field "number": article 2 is already in corpus/demo/articles/02.mdx'],
    ],
    [
      'an article beyond the count',
      [text(1), text(2), text(3)],
      ['corpus/demo/articles/03.mdx: field "number": article 3 is beyond articleCount 2 of "demo"'],
    ],
    [
      'two preambles',
      [text(1), text(2), text(undefined), text(undefined, { file: 'corpus/demo/articles/00.mdx' })],
      ['corpus/demo/articles/00.mdx: a second preamble for "demo" (the first is corpus/demo/preamble.mdx)'],
    ],
  ])('%s', (_name, texts, expected) => {
    expect(checkArticleSet(instrument(), texts)).toEqual(expected);
  });

  it('does not report an article missing when its file could not be read (that is reported already)', () => {
    expect(checkArticleSet(instrument(), [text(1)], new Set(['corpus/demo/articles/02.mdx']))).toEqual([]);
    expect(checkArticleSet(instrument(), [text(1)], new Set(['corpus/other/articles/02.mdx']))).toEqual([
      'corpus/demo/instrument.yaml: article 2 is missing (articleCount is 2)',
    ]);
  });
});

describe('checkDivisionSet', () => {
  it.each([
    ['divisions that cover the articles', [chapter('I', 1, 1), chapter('II', 2, 2)], []],
    [
      'two divisions numbered alike',
      [chapter('I', 1, 1), chapter('I', 2, 2)],
      ['corpus/demo/instrument.yaml:30: field "divisions": chapter I is declared twice (its anchor "chp_I" would stand twice on the page)'],
    ],
    [
      'overlapping divisions',
      [chapter('I', 1, 2), chapter('II', 2, 2)],
      [
        'corpus/demo/instrument.yaml:30: field "divisions": chapter II starts at article 2, which chapter I already holds (divisions overlap); expected article 3',
      ],
    ],
    ['a gap', [chapter('I', 1, 1)], ['corpus/demo/instrument.yaml:30: field "divisions": divisions end at article 1, expected article 2']],
  ])('%s', (_name, divisions, expected) => {
    expect(checkDivisionSet(instrument({ divisions }))).toEqual(expect.arrayContaining(expected));
    if (expected.length === 0) expect(checkDivisionSet(instrument({ divisions }))).toEqual([]);
  });
});

describe('checkAnchorsUnique', () => {
  it('accepts anchors defined once', () => {
    expect(checkAnchorsUnique([text(1), text(2)])).toEqual([]);
  });

  it('names both places of an anchor defined twice', () => {
    const twice = text(1, { file: 'corpus/demo/articles/001.mdx', anchors: [{ eid: 'art_1', line: 7 }] });
    expect(checkAnchorsUnique([text(1), twice])).toEqual([
      'corpus/demo/articles/001.mdx:7: anchor "art_1" is already defined at corpus/demo/articles/01.mdx:1',
    ]);
  });

  it('allows the same anchor in two instruments', () => {
    expect(checkAnchorsUnique([text(1), text(1, { instrument: 'other', file: 'corpus/other/articles/01.mdx' })])).toEqual([]);
  });
});

describe('checkMetadataTargets', () => {
  it.each([
    ['facts that name existing provisions', instrument({ factProvisions: [{ field: 'depositary', eid: 'art_2' }] }), []],
    [
      'a fact that names a missing provision',
      instrument({ factProvisions: [{ field: 'depositary', eid: 'art_9' }] }),
      ['corpus/demo/instrument.yaml: field "depositary.provision": no provision "art_9" in "demo"'],
    ],
    [
      'a parent that is not in the corpus',
      instrument({ supplements: 'gone' }),
      ['corpus/demo/instrument.yaml: field "supplements": no instrument "gone" in the corpus'],
    ],
  ])('%s', (_name, facts, expected) => {
    expect(checkMetadataTargets(facts, new Set(['art_1', 'art_2']), new Set(['demo']))).toEqual(expected);
  });
});

describe('checkNamesUnique', () => {
  it.each([
    ['distinct names', [instrument(), instrument({ slug: 'other', title: 'Other', citationName: 'Other' })], []],
    [
      'a shared title',
      [instrument(), instrument({ slug: 'other', file: 'corpus/other/instrument.yaml', citationName: 'Other' })],
      ['corpus/other/instrument.yaml:1: field "title": "Demo" is already the title of "demo"'],
    ],
    [
      'a shared citation name',
      [instrument(), instrument({ slug: 'other', file: 'corpus/other/instrument.yaml', title: 'Other' })],
      ['corpus/other/instrument.yaml:3: field "citationName": "Demo" is already the citation name of "demo"'],
    ],
  ])('%s', (_name, instruments, expected) => {
    expect(checkNamesUnique(instruments)).toEqual(expected);
  });
});

describe('checkRelations', () => {
  const exists = (place: string): boolean => ['demo', 'demo#art_1', 'demo#art_2'].includes(place);
  const at = (path: readonly PropertyKey[]): number => Number(path[0]) * 3 + 1;
  it.each([
    ['a sound relation', [{ type: 'compare' as const, from: 'demo#art_1', to: 'demo#art_2' }], []],
    [
      'an end that does not exist',
      [{ type: 'compare' as const, from: 'demo#art_1', to: 'demo#art_9' }],
      ['relations.yaml:1: field "0.to": no provision "demo#art_9" in the corpus'],
    ],
    [
      'a provision related to itself',
      [{ type: 'compare' as const, from: 'demo#art_1', to: 'demo#art_1' }],
      ['relations.yaml:1: relation compare demo#art_1 demo#art_1 joins a provision to itself'],
    ],
    [
      'a relation declared again from the other end',
      [
        { type: 'compare' as const, from: 'demo#art_1', to: 'demo#art_2' },
        { type: 'compare' as const, from: 'demo#art_2', to: 'demo#art_1' },
      ],
      [
        'relations.yaml:4: relation compare demo#art_2 demo#art_1 is declared twice (first as item 0); a relation is declared once and shown from both ends',
      ],
    ],
    [
      'two relations of different types between the same ends',
      [
        { type: 'compare' as const, from: 'demo#art_1', to: 'demo#art_2' },
        { type: 'supplements' as const, from: 'demo#art_1', to: 'demo#art_2' },
      ],
      [],
    ],
  ])('%s', (_name, relations, expected) => {
    expect(checkRelations('relations.yaml', relations, at, exists)).toEqual(expected);
  });
});

describe('checkDanglingReferences', () => {
  const record = (dangling: boolean): ReferenceRecord => ({
    instrument: 'demo',
    file: 'corpus/demo/articles/02.mdx',
    source: 'art_2',
    line: 8,
    text: 'article 9',
    links: [{ words: 'article 9', target: undefined, reason: 'points to art_9 in "demo", which does not exist', dangling }],
  });
  it('stops on a reference to a provision that does not exist', () => {
    expect(checkDanglingReferences([record(true)])).toEqual([
      'corpus/demo/articles/02.mdx:8: the reference “article 9” points to art_9 in "demo", which does not exist',
    ]);
  });
  it('lets a reference that is only left unlinked pass', () => {
    expect(checkDanglingReferences([record(false)])).toEqual([]);
  });
});

describe('checkRegistry', () => {
  const published = { '/demo/': ['art_1', 'art_2'], '/demo/article-1/': ['art_1'] };
  it.each([
    ['a registry that the corpus still publishes', { '/demo/': ['art_1'] }, []],
    ['an empty registry', {}, []],
    [
      'a withdrawn anchor',
      { '/demo/article-1/': ['art_1', 'art_1__para_2'] },
      [
        'anchors.json: registered anchor /demo/article-1/#art_1__para_2 no longer exists in the corpus; published anchors are never withdrawn',
      ],
    ],
    [
      'a withdrawn page',
      { '/demo/article-3/': ['art_3'] },
      ['anchors.json: page /demo/article-3/ is registered but the corpus publishes no such page; published anchors are never withdrawn'],
    ],
  ])('%s', (_name, pages, expected) => {
    expect(checkRegistry('anchors.json', { about: '', pages }, published)).toEqual(expected);
  });
});

describe('checkReadings', () => {
  const instrument = {
    file: 'corpus/demo/instrument.yaml',
    slug: 'demo',
    lineOf: (path: readonly PropertyKey[]) => 40 + Number(path[1] ?? 0),
  };
  const words: Record<string, string> = { art_8__para_2: 'speedily re-establishing the identity', art_47__point_f: 'to that end' };
  const ownText = (eid: string): string | undefined => words[eid];

  it.each([
    [[{ provision: 'art_8__para_2', reading: 'speedily re-establishing' }], []],
    [[{ provision: 'art_47__point_f' }], []],
    [
      [{ provision: 'art_8__para_2', reading: 'speedily reestablishing' }],
      [
        'corpus/demo/instrument.yaml:40: field "readings.0.reading": “speedily reestablishing” does not stand in the words of art_8__para_2',
      ],
    ],
    [
      [{ provision: 'art_8__para_9', reading: 'x' }],
      ['corpus/demo/instrument.yaml:40: field "readings.0.provision": no provision "art_8__para_9" in "demo"'],
    ],
    [
      [
        { provision: 'art_8__para_2', reading: 'the identity' },
        { provision: 'art_8__para_2', reading: 'e' },
      ],
      ['corpus/demo/instrument.yaml:41: field "readings.1.reading": “e” stands 6 times in art_8__para_2; quote enough words to name one'],
    ],
  ])('%j', (readings, expected) => {
    expect(checkReadings(instrument, readings, ownText)).toEqual(expected);
  });
});
