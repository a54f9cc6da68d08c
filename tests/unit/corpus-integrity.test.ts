import { describe, expect, it } from 'vitest';
import { checkCorpus, type TextFileFacts } from '../../src/lib/corpus-integrity.ts';

const demo = { slug: 'demo', articleCount: 2, divisions: [] };
const article = (number: number, file = `demo/articles/0${number}.mdx`, instrument = 'demo'): TextFileFacts => ({ file, instrument, kind: 'article', number });

describe('checkCorpus', () => {
  it('accepts a complete instrument', () => {
    expect(checkCorpus([demo], [article(1), article(2), { file: 'demo/preamble.mdx', instrument: 'demo', kind: 'preamble' }])).toEqual([]);
  });

  it.each([
    ['a missing article', [article(1)], ['demo/instrument.yaml: article 2 is missing (articleCount is 2)']],
    ['a duplicate article', [article(1), article(2), article(2, 'demo/articles/03.mdx')], ['demo/articles/03.mdx: field "number": article 2 is already in demo/articles/02.mdx']],
    ['an article beyond the count', [article(1), article(2), article(3)], ['demo/articles/03.mdx: field "number": article 3 is beyond articleCount 2 of "demo"']],
    ['a file in the wrong folder', [article(1), article(2, 'other/articles/02.mdx')], ['other/articles/02.mdx: field "instrument": "demo" does not match the folder "other" the file is in']],
    ['an unknown instrument', [article(1), article(2), article(1, 'demo/articles/09.mdx', 'nope')], ['demo/articles/09.mdx: field "instrument": unknown instrument "nope" (expected one of demo)']],
    [
      'two preambles',
      [article(1), article(2), { file: 'demo/preamble.mdx', instrument: 'demo', kind: 'preamble' as const }, { file: 'demo/articles/00.mdx', instrument: 'demo', kind: 'preamble' as const }],
      ['demo/articles/00.mdx: a second preamble for "demo" (the first is demo/preamble.mdx)'],
    ],
  ])('reports %s', (_name, texts, expected) => {
    expect(checkCorpus([demo], texts)).toEqual(expected);
  });
});
