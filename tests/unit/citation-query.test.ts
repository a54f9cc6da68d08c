import { describe, expect, it } from 'vitest';
import { nameKey, resolveCitation, type CitationTable } from '../../src/lib/citation-query.ts';

const TABLE: CitationTable = {
  defaultInstrument: 'trafficking-protocol',
  documents: ['A/55/383', 'A/AC.254/4/Add.3/Rev.7'],
  instruments: [
    {
      slug: 'trafficking-protocol',
      citationName: 'Trafficking in Persons Protocol',
      names: ['Trafficking in Persons Protocol', 'Palermo Protocol', 'Protocol'],
      anchors: ['preamble', 'preamble__recital_3', 'art_3', 'art_3__point_a', 'art_6', 'art_6__para_3', 'art_6__para_3__point_b', 'art_13'],
    },
    {
      slug: 'organized-crime-convention',
      citationName: 'Organized Crime Convention',
      names: ['Organized Crime Convention', 'UNTOC', 'Convention'],
      anchors: ['art_5', 'art_18', 'art_18__para_13', 'art_2__point_a'],
    },
    {
      slug: 'rights-of-the-child-convention',
      citationName: 'CRC',
      names: ['Convention on the Rights of the Child', 'CRC'],
      anchors: ['art_1', 'art_34'],
    },
    {
      slug: 'forced-labour-convention',
      citationName: 'ILO Convention No. 29',
      names: ['ILO Convention No. 29', 'C029', 'C29', 'ILO 29'],
      anchors: ['art_2', 'art_2__para_1'],
    },
    {
      slug: 'council-of-europe-trafficking-convention',
      citationName: 'CoE Anti-Trafficking Convention',
      names: ['CETS No. 197'],
      anchors: ['art_4', 'art_4__point_a'],
    },
  ],
};

const provision = (instrument: string, eid: string, citation: string) => ({ kind: 'provision', instrument, eid, citation });

describe('resolveCitation', () => {
  it.each([
    ['art. 6(3)(b)', provision('trafficking-protocol', 'art_6__para_3__point_b', 'Trafficking in Persons Protocol, art. 6(3)(b)')],
    ['Article 6 (3) (b)', provision('trafficking-protocol', 'art_6__para_3__point_b', 'Trafficking in Persons Protocol, art. 6(3)(b)')],
    [
      'art. 6, paragraph 3 (b)',
      provision('trafficking-protocol', 'art_6__para_3__point_b', 'Trafficking in Persons Protocol, art. 6(3)(b)'),
    ],
    ['art 6.3.b', provision('trafficking-protocol', 'art_6__para_3__point_b', 'Trafficking in Persons Protocol, art. 6(3)(b)')],
    ['6(3)(b)', provision('trafficking-protocol', 'art_6__para_3__point_b', 'Trafficking in Persons Protocol, art. 6(3)(b)')],
    ['Protocol 6(3)(b)', provision('trafficking-protocol', 'art_6__para_3__point_b', 'Trafficking in Persons Protocol, art. 6(3)(b)')],
    ['Palermo Protocol, art. 3(a)', provision('trafficking-protocol', 'art_3__point_a', 'Trafficking in Persons Protocol, art. 3(a)')],
    ['art. 13', provision('trafficking-protocol', 'art_13', 'Trafficking in Persons Protocol, art. 13')],
    ['UNTOC art. 18(13)', provision('organized-crime-convention', 'art_18__para_13', 'Organized Crime Convention, art. 18(13)')],
    ['untoc 18(13)', provision('organized-crime-convention', 'art_18__para_13', 'Organized Crime Convention, art. 18(13)')],
    ['art. 18(13) UNTOC', provision('organized-crime-convention', 'art_18__para_13', 'Organized Crime Convention, art. 18(13)')],
    ['Convention art. 5', provision('organized-crime-convention', 'art_5', 'Organized Crime Convention, art. 5')],
    ['CRC 34', provision('rights-of-the-child-convention', 'art_34', 'CRC, art. 34')],
    ['Convention on the Rights of the Child, article 1', provision('rights-of-the-child-convention', 'art_1', 'CRC, art. 1')],
    ['C029 art. 2(1)', provision('forced-labour-convention', 'art_2__para_1', 'ILO Convention No. 29, art. 2(1)')],
    ['C29 2(1)', provision('forced-labour-convention', 'art_2__para_1', 'ILO Convention No. 29, art. 2(1)')],
    ['ILO Convention No. 29, Article 2', provision('forced-labour-convention', 'art_2', 'ILO Convention No. 29, art. 2')],
    [
      'CETS 197 art. 4(a)',
      provision('council-of-europe-trafficking-convention', 'art_4__point_a', 'CoE Anti-Trafficking Convention, art. 4(a)'),
    ],
    [
      'CETS No. 197 Article 4 a',
      provision('council-of-europe-trafficking-convention', 'art_4__point_a', 'CoE Anti-Trafficking Convention, art. 4(a)'),
    ],
    ['preambular para. 3', provision('trafficking-protocol', 'preamble__recital_3', 'Trafficking in Persons Protocol, preambular para. 3')],
    ['art_3__point_a', provision('trafficking-protocol', 'art_3__point_a', 'Trafficking in Persons Protocol, art. 3(a)')],
    [
      'organized-crime-convention#art_2__point_a',
      provision('organized-crime-convention', 'art_2__point_a', 'Organized Crime Convention, art. 2(a)'),
    ],
  ])('%j goes to the provision', (query, expected) => {
    expect(resolveCitation(query, TABLE)).toMatchObject(expected);
  });

  it('gives the permanent address of the provision', () => {
    expect(resolveCitation('CRC 34', TABLE)).toMatchObject({ path: '/rights-of-the-child-convention/article-34/#art_34' });
  });

  it.each([
    ['A/55/383', '/documents/a-55-383/'],
    ['a/ac.254/4/add.3/rev.7', '/documents/a-ac-254-4-add-3-rev-7/'],
    ['A/AC. 254/4/Add.3/Rev.7', '/documents/a-ac-254-4-add-3-rev-7/'],
  ])('%j goes to the document page', (query, path) => {
    expect(resolveCitation(query, TABLE)).toMatchObject({ kind: 'document', path });
  });

  it.each([
    ['art. 6(3)(e)', 'Trafficking in Persons Protocol, art. 6(3)(e)', 'art_6__para_3'],
    ['UNTOC art. 18(40)', 'Organized Crime Convention, art. 18(40)', 'art_18'],
    ['CRC 99', 'CRC, art. 99', undefined],
  ])('%j is named as missing, with the nearest provision', (query, asked, nearest) => {
    const answer = resolveCitation(query, TABLE);
    expect(answer).toMatchObject({ kind: 'unknown', asked });
    expect(answer?.kind === 'unknown' ? answer.nearest?.eid : 'not unknown').toBe(nearest);
  });

  it.each(['trafficking in persons', '34', 'victims of article', '', '   ', 'A/99/999', 'x'.repeat(200), 'CRC', 'art.', '(((('])(
    '%j is not a citation',
    (query) => {
      expect(resolveCitation(query, TABLE)).toBeNull();
    },
  );
});

describe('nameKey', () => {
  it.each([
    ['ILO Convention No. 29', 'ilo convention 29'],
    ['C029', 'c29'],
    ['CETS No. 197', 'cets 197'],
    ["Women's Convention", 'womens convention'],
  ])('%j is compared as %j', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});
