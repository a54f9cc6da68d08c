import { describe, expect, it } from 'vitest';
import { CitationError } from '../../src/lib/citation.ts';
import {
  bluebookCitation,
  citationForms,
  bluebookDate,
  bluebookPinpoint,
  bluebookTitle,
  oscolaCitation,
  oscolaPinpoint,
  type TreatyFacts,
} from '../../src/lib/citation-styles.ts';

const PROTOCOL: TreatyFacts = {
  title:
    'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime',
  adopted: '2000-11-15',
  dated: '2000-11-15',
  entryIntoForce: '2003-12-25',
  series: { kind: 'unts', volume: 2237, page: 319 },
};
const COE: TreatyFacts = {
  title: 'Council of Europe Convention on Action against Trafficking in Human Beings',
  adopted: '2005-05-03',
  dated: '2005-05-16',
  entryIntoForce: '2008-02-01',
  series: { kind: 'cets', number: 197 },
};
const NO_SERIES: TreatyFacts = {
  title: 'Protocol of 2014 to the Forced Labour Convention, 1930',
  adopted: '2014-06-11',
  dated: '2014-06-11',
  entryIntoForce: '2016-11-09',
};
const NOT_IN_FORCE: TreatyFacts = { title: 'Convention on Something', adopted: '2020-01-02', dated: '2020-01-02' };

describe('OSCOLA', () => {
  it.each([
    [
      PROTOCOL,
      undefined,
      'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime (adopted 15 November 2000, entered into force 25 December 2003) 2237 UNTS 319',
    ],
    [
      PROTOCOL,
      'art_6__para_3__point_b',
      'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime (adopted 15 November 2000, entered into force 25 December 2003) 2237 UNTS 319, art 6(3)(b)',
    ],
    [
      COE,
      'art_4__point_a',
      'Council of Europe Convention on Action against Trafficking in Human Beings (adopted 3 May 2005, entered into force 1 February 2008) CETS No 197, art 4(a)',
    ],
    [
      NO_SERIES,
      'art_1__para_1',
      'Protocol of 2014 to the Forced Labour Convention, 1930 (adopted 11 June 2014, entered into force 9 November 2016), art 1(1)',
    ],
    [NOT_IN_FORCE, undefined, 'Convention on Something (adopted 2 January 2020)'],
  ])('cites %#', (facts, eid, expected) => {
    expect(oscolaCitation(facts, eid)).toBe(expected);
  });

  it.each([
    ['art_3', 'art 3'],
    ['art_3__point_a', 'art 3(a)'],
    ['art_6__para_3__point_b__point_ii', 'art 6(3)(b)(ii)'],
    ['art_5__para_2__intro', 'art 5(2) (chapeau)'],
    ['art_32__indent_2', 'art 32, indent 2'],
    ['preamble', 'preamble'],
    ['preamble__recital_3', 'preamble para 3'],
    ['preamble__wrap', 'preamble (closing words)'],
    ['conclusions', 'testimonium'],
    ['chp_II', 'ch II'],
    ['part_1__chp_2', 'pt 1, ch 2'],
  ])('pinpoints %s as %j', (eid, expected) => {
    expect(oscolaPinpoint(eid)).toBe(expected);
  });
});

describe('Bluebook', () => {
  it.each([
    [
      PROTOCOL,
      undefined,
      'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, Supplementing the United Nations Convention Against Transnational Organized Crime, Nov. 15, 2000, 2237 U.N.T.S. 319.',
    ],
    [
      PROTOCOL,
      'art_6__para_3__point_b',
      'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, Supplementing the United Nations Convention Against Transnational Organized Crime art. 6(3)(b), Nov. 15, 2000, 2237 U.N.T.S. 319.',
    ],
    [
      COE,
      'art_4__point_a',
      'Council of Europe Convention on Action Against Trafficking in Human Beings art. 4(a), May 16, 2005, C.E.T.S. No. 197.',
    ],
    [NO_SERIES, 'preamble__recital_2', 'Protocol of 2014 to the Forced Labour Convention, 1930 pmbl. ¶ 2, June 11, 2014.'],
  ])('cites %#', (facts, eid, expected) => {
    expect(bluebookCitation(facts, eid)).toBe(expected);
  });

  it.each([
    ['art_6__para_3__point_b', 'art. 6(3)(b)'],
    ['preamble__recital_3', 'pmbl. ¶ 3'],
    ['preamble__intro', 'pmbl. (opening words)'],
    ['conclusions__para_2', 'testimonium, ¶ 2'],
    ['part_1__chp_2', 'pt. 1, ch. 2'],
  ])('pinpoints %s as %j', (eid, expected) => {
    expect(bluebookPinpoint(eid)).toBe(expected);
  });

  it.each([
    ['2000-11-15', 'Nov. 15, 2000'],
    ['2005-05-16', 'May 16, 2005'],
    ['1930-06-28', 'June 28, 1930'],
    ['1989-09-02', 'Sept. 2, 1989'],
  ])('dates %s as %j', (iso, expected) => {
    expect(bluebookDate(iso)).toBe(expected);
  });

  it.each([
    ['Convention concerning Forced or Compulsory Labour', 'Convention Concerning Forced or Compulsory Labour'],
    ['Convention on the Rights of the Child', 'Convention on the Rights of the Child'],
    ['Protocol of 2014 to the Forced Labour Convention, 1930', 'Protocol of 2014 to the Forced Labour Convention, 1930'],
    ['the Convention', 'The Convention'],
  ])('capitalises %j as %j', (title, expected) => {
    expect(bluebookTitle(title)).toBe(expected);
  });
});

describe('bad input', () => {
  it.each([
    ['point_a', 'does not start at an article'],
    ['art_3__recital_1', 'cannot stand inside an article'],
    ['preamble__recital_1__point_a', 'no provisions below its recitals'],
  ])('refuses to cite %s', (eid, message) => {
    expect(() => oscolaCitation(PROTOCOL, eid)).toThrow(CitationError);
    expect(() => bluebookCitation(PROTOCOL, eid)).toThrow(message);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => oscolaCitation({ ...PROTOCOL, adopted: '15 November 2000' })).toThrow('is not a date written YYYY-MM-DD');
    expect(() => bluebookDate('2000-13-01')).toThrow('is not a date written YYYY-MM-DD');
  });
});

describe('citationForms', () => {
  it('gives the short form, OSCOLA and Bluebook of one provision', () => {
    expect(citationForms('Trafficking in Persons Protocol', PROTOCOL, 'art_3__point_a')).toEqual({
      short: 'Trafficking in Persons Protocol, art. 3(a)',
      oscola: `${PROTOCOL.title} (adopted 15 November 2000, entered into force 25 December 2003) 2237 UNTS 319, art 3(a)`,
      bluebook: `${bluebookTitle(PROTOCOL.title)} art. 3(a), Nov. 15, 2000, 2237 U.N.T.S. 319.`,
    });
  });

  it('cites the whole instrument when no provision is named', () => {
    expect(citationForms('CoE Anti-Trafficking Convention', COE).short).toBe('CoE Anti-Trafficking Convention');
  });
});
