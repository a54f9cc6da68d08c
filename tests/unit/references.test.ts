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
  coe: ['art_4__point_a', 'art_12__para_1', 'art_12__para_2', 'art_13__para_1', 'art_20__point_d', 'art_18', 'art_20__point_a'],
  c029: ['art_1__para_2', 'art_1__para_3', 'art_2', ...Array.from({ length: 22 }, (_, index) => `art_${index + 3}`), 'art_30', 'art_32'],
  p029: ['art_1__para_2', 'art_1__para_3', 'art_9__para_1', 'art_9__para_2'],
};
const NAMES = [
  { name: 'Forced Labour Convention, 1930', instrument: 'c029' },
  { name: 'Protocol of 2014 to the Forced Labour Convention, 1930', instrument: 'p029' },
  { name: 'Protocol to prevent, suppress and punish trafficking in persons, especially women and children', instrument: 'protocol' },
];
/** The inner articles of the range "3 to 24", linked without words of their own, as `target` gives each. */
const inner = (target: (article: number) => string): [string, string][] =>
  Array.from({ length: 20 }, (_, index) => ['', target(index + 4)] as [string, string]);
const inCoe = (eid: string): ReferenceContext => contextOf(eid, 'coe', undefined);
const inP029 = (eid: string): ReferenceContext => contextOf(eid, 'p029', 'c029');
const exists = ({ instrument, eid }: Target) => instrument in ANCHORS && (eid === undefined || (ANCHORS[instrument] ?? []).includes(eid));
const inProtocol = (eid: string): ReferenceContext => contextOf(eid, 'protocol', 'convention');
const inConvention = (eid: string): ReferenceContext => contextOf(eid, 'convention', undefined);

/** Every link of every reference in `text`, resolved: [linked words, target]. */
function links(text: string, context: ReferenceContext): [string, string][] {
  return findReferences(text, NAMES).flatMap((reference) =>
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

describe('references in the ILO and Council of Europe texts, and between instruments', () => {
  it.each([
    [
      'as referred to in Article 4 paragraph a of this Convention, with',
      inCoe('art_19'),
      [['Article 4 paragraph a of this Convention', 'coe#art_4__point_a']],
    ],
    [
      'the measures contained in Article 12, paragraphs 1 and 2.',
      inCoe('art_13__para_2'),
      [
        ['1', 'coe#art_12__para_1'],
        ['2', 'coe#art_12__para_2'],
      ],
    ],
    [
      'the persons referred to in paragraph 1 of this Article shall',
      inCoe('art_13__para_2'),
      [['paragraph 1 of this Article', 'coe#art_13__para_1']],
    ],
    [
      'established in accordance with Articles 18 and 20, paragraph a, of this Convention',
      inCoe('art_23__para_3'),
      [
        ['18', 'coe#art_18'],
        ['20', 'coe#art_20__point_a'],
      ],
    ],
    ['in accordance with its Article 30, by an act', inP029('art_9__para_1'), [['Article 30', 'c029#art_30']]],
    [
      'The transitional provisions of Article 1, paragraphs 2 and 3, and Articles 3 to 24 of the Convention shall',
      inP029('art_7'),
      [
        ['2', 'c029#art_1__para_2'],
        ['3', 'c029#art_1__para_3'],
        ['3', 'c029#art_3'],
        ['24', 'c029#art_24'],
        ...inner((article) => `c029#art_${article}`),
      ],
    ],
    [
      'Having noted the provisions of the Forced Labour Convention, 1930, and',
      inP029('preamble__recital_3'),
      [['Forced Labour Convention, 1930', 'c029#']],
    ],
    [
      'the provisions of the Protocol to prevent, suppress and punish trafficking in persons, especially women and children, supplementing',
      inCoe('art_39'),
      [['Protocol to prevent, suppress and punish trafficking in persons, especially women and children', 'protocol#']],
    ],
    [
      'which may be cited as the Protocol of 2014 to the Forced Labour Convention, 1930.',
      inP029('preamble__wrap'),
      [['Protocol of 2014 to the Forced Labour Convention, 1930', '✗ names the instrument it stands in']],
    ],
    [
      'pursuant to article 102 of the Charter of the United Nations, full particulars',
      inP029('art_11'),
      [['article 102 of the Charter of the United Nations', '✗ refers to the Charter of the United Nations, which is not in the corpus']],
    ],
    [
      'provided for in Article 20 d. of the Statute of the Council of Europe, and',
      inCoe('art_43__para_1'),
      [
        [
          'Article 20 d. of the Statute of the Council of Europe',
          '✗ refers to the Statute of the Council of Europe, which is not in the corpus',
        ],
      ],
    ],
    [
      'Article 10 of the Convention for the Protection of Human Rights and Fundamental Freedoms',
      inCoe('preamble__recital_4'),
      [
        [
          'Article 10 of the Convention for the Protection of Human Rights and Fundamental Freedoms',
          '✗ refers to the Convention for the Protection of Human Rights and Fundamental Freedoms, which is not in the corpus',
        ],
      ],
    ],
    [
      'the provisions of Article 1, paragraphs 2 and 3, and Articles 3 to 24 are no longer applicable',
      inP029('preamble__recital_7'),
      [
        ['2', '✗ stands in a preamble and does not say which instrument it names'],
        ['3', '✗ stands in a preamble and does not say which instrument it names'],
        ['3', '✗ stands in a preamble and does not say which instrument it names'],
        ['24', '✗ stands in a preamble and does not say which instrument it names'],
        ...inner(() => '✗ stands in a preamble and does not say which instrument it names'),
      ],
    ],
    [
      'set forth in subparagraph a of this article shall be irrelevant',
      inCoe('art_4__point_b'),
      [['subparagraph a of this article', 'coe#art_4__point_a']],
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
    ['a Convention on the Rights of Persons with Disabilities'],
    ['a paragraph and a b c'],
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
