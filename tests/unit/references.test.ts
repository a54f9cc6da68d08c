import { describe, expect, it } from 'vitest';
import { contextOf, findReferences, resolveTarget, type ReferenceContext, type Target } from '../../src/lib/references.ts';

// A small world of anchors to resolve against.
const ANCHORS: Record<string, string[]> = {
  protocol: [
    'art_3',
    'art_3__point_a',
    'art_5',
    'art_5__para_1',
    'art_5__para_2',
    'art_5__para_2__point_a',
    'art_6',
    'art_7__para_1',
    'art_7__para_2',
  ],
  convention: [
    'art_12',
    'art_13__para_1',
    'art_31__para_2__point_d__point_i',
    'art_31__para_2__point_d__point_iii',
    'art_6__para_1__point_a__point_i',
    'art_6__para_1__point_a__point_ii',
    'art_6__para_1__point_b__point_i',
    'art_2',
    'art_2__point_b',
    'art_5',
    'art_5__para_1__point_a__point_i',
    'art_6',
    'art_6__para_2__point_b',
    'art_8',
    'art_23',
    'art_24',
    'art_25',
    'art_27',
    'art_18__para_1',
    'art_18__para_2',
    'art_18__para_3',
    'art_32__para_3__point_d',
    'art_32__para_3__point_e',
  ],
};
const exists = ({ instrument, eid }: Target) => instrument in ANCHORS && (eid === undefined || (ANCHORS[instrument] ?? []).includes(eid));
const inProtocol = (eid: string): ReferenceContext => contextOf(eid, 'protocol', 'convention');
const inConvention = (eid: string): ReferenceContext => contextOf(eid, 'convention', undefined);

/** Every link of every reference in `text`, resolved: [linked words, target]. */
function links(text: string, context: ReferenceContext): [string, string][] {
  return findReferences(text).flatMap((reference) =>
    reference.links.map((link): [string, string] => {
      const resolution = resolveTarget(link.target, reference.scope, context, exists);
      const words = text.slice(link.start, link.end);
      return [words, resolution.ok ? `${resolution.target.instrument}#${resolution.target.eid ?? ''}` : `✗ ${resolution.reason}`];
    }),
  );
}

describe('references that become links', () => {
  it.each([
    [
      'the conduct set forth in article 3 of this Protocol, when',
      inProtocol('art_5__para_1'),
      [['article 3 of this Protocol', 'protocol#art_3']],
    ],
    [
      'in accordance with paragraph 1 of this article;',
      inProtocol('art_5__para_2__point_a'),
      [['paragraph 1 of this article', 'protocol#art_5__para_1']],
    ],
    [
      'set forth in subparagraph (a) of this article shall',
      inProtocol('art_3__point_b'),
      [['subparagraph (a) of this article', 'protocol#art_3__point_a']],
    ],
    [
      'any of the means set forth in subparagraph (a) have been used',
      inProtocol('art_3__point_b'),
      [['subparagraph (a)', 'protocol#art_3__point_a']],
    ],
    [
      'Without prejudice to article 27 of the Convention, States',
      inProtocol('art_11__para_6'),
      [['article 27 of the Convention', 'convention#art_27']],
    ],
    ['It shall be interpreted together with the Convention.', inProtocol('art_1__para_1'), [['the Convention', 'convention#']]],
    [
      'in accordance with articles 5, 6, 8 and 23 of this Convention; and',
      inConvention('art_3__para_1__point_a'),
      [
        ['5', 'convention#art_5'],
        ['6', 'convention#art_6'],
        ['8', 'convention#art_8'],
        ['23', 'convention#art_23'],
      ],
    ],
    [
      'articles 24 and 25 of this Convention',
      inConvention('art_26__para_1'),
      [
        ['24', 'convention#art_24'],
        ['25', 'convention#art_25'],
      ],
    ],
    [
      'as defined in article 2, subparagraph (b), of this Convention',
      inConvention('art_6__para_2__point_b'),
      [['article 2, subparagraph (b), of this Convention', 'convention#art_2__point_b']],
    ],
    [
      'referred to in paragraph 1 (a) (i) of article 5 of this Convention',
      inConvention('art_9__para_1'),
      [['paragraph 1 (a) (i) of article 5 of this Convention', 'convention#art_5__para_1__point_a__point_i']],
    ],
    [
      'For the purposes of subparagraph (b), predicate offences',
      inConvention('art_6__para_2__point_c'),
      [['subparagraph (b)', 'convention#art_6__para_2__point_b']],
    ],
    [
      'paragraphs 1 to 3 of this article',
      inConvention('art_18__para_4'),
      [
        ['1', 'convention#art_18__para_1'],
        ['3', 'convention#art_18__para_3'],
        ['', 'convention#art_18__para_2'],
      ],
    ],
    [
      'For the purpose of paragraphs 3 (d) and (e) of this article',
      inConvention('art_32__para_4'),
      [
        ['3 (d)', 'convention#art_32__para_3__point_d'],
        ['(e)', 'convention#art_32__para_3__point_e'],
      ],
    ],
    [
      'pursuant to articles 12 or 13, paragraph 1, of this Convention',
      inConvention('art_14__para_1'),
      [
        ['12', 'convention#art_12'],
        ['13', 'convention#art_13__para_1'],
      ],
    ],
    [
      'subparagraphs (d) (i) and (iii) of this paragraph',
      inConvention('art_31__para_2__point_d__point_iv'),
      [
        ['(d) (i)', 'convention#art_31__para_2__point_d__point_i'],
        ['(iii)', 'convention#art_31__para_2__point_d__point_iii'],
      ],
    ],
    [
      'article 6, paragraph 1 (a) (i) or (ii) or (b) (i), of this Convention',
      inConvention('art_15__para_2'),
      [
        ['1 (a) (i)', 'convention#art_6__para_1__point_a__point_i'],
        ['(ii)', 'convention#art_6__para_1__point_a__point_ii'],
        ['(b) (i)', 'convention#art_6__para_1__point_b__point_i'],
      ],
    ],
    [
      'the measures referred to in the preceding paragraph',
      inProtocol('art_7__para_2'),
      [['the preceding paragraph', 'protocol#art_7__para_1']],
    ],
  ] as const)('%j', (text, context, expected) => {
    expect(links(text, context)).toEqual(expected);
  });
});

describe('words that look like references but are not', () => {
  it.each([
    ['the 1951 Convention and the 1967 Protocol relating to the Status of Refugees'],
    ['This article shall be without prejudice to any right'],
    ['For the purpose of this paragraph, any instrument deposited'],
    ['the provisions of this Protocol'],
    ['in accordance with the Statute of the Court'],
    ['paragraph-long text with no number'],
  ])('%j', (text) => {
    expect(findReferences(text)).toEqual([]);
  });
});

describe('references that cannot be linked', () => {
  it('a provision that does not exist is dangling (the build stops)', () => {
    const [reference] = findReferences('article 99 of this Protocol');
    const link = reference?.links[0];
    expect(link && reference && resolveTarget(link.target, reference.scope, inProtocol('art_5__para_1'), exists)).toEqual({
      ok: false,
      dangling: true,
      reason: 'points to art_99 in "protocol", which does not exist',
    });
  });

  it('"the Convention" in the Convention itself has no parent to point at', () => {
    expect(links('the Convention', inConvention('art_3__para_1'))).toEqual([['the Convention', '✗ names the instrument it stands in']]);
    expect(links('article 27 of the Convention', inConvention('art_3__para_1'))).toEqual([
      ['article 27 of the Convention', '✗ refers to a parent instrument, but this instrument supplements none'],
    ]);
  });

  it('a parent instrument missing from the corpus is reported, not an error', () => {
    const context = contextOf('art_1__para_1', 'protocol', 'absent');
    const [reference] = findReferences('article 27 of the Convention');
    const link = reference?.links[0];
    expect(link && reference && resolveTarget(link.target, reference.scope, context, exists)).toEqual({
      ok: false,
      dangling: false,
      reason: 'the instrument "absent" is not in the corpus',
    });
  });

  it('"the preceding paragraph" in a first paragraph is dangling', () => {
    expect(links('the preceding paragraph', inProtocol('art_7__para_1'))).toEqual([
      ['the preceding paragraph', '✗ there is no preceding paragraph'],
    ]);
  });
});

describe('contextOf', () => {
  it.each([
    ['art_5__para_2__point_a', undefined, { article: '5', paragraph: '2' }],
    ['art_3__point_b', undefined, { article: '3', paragraph: undefined }],
    [undefined, 13, { article: '13', paragraph: undefined }],
    [undefined, undefined, { article: undefined, paragraph: undefined }],
  ] as const)('%s (article %s)', (eid, article, expected) => {
    expect(contextOf(eid, 'x', undefined, article)).toEqual({ instrument: 'x', parent: undefined, ...expected });
  });
});
