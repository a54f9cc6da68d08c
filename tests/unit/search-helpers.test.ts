import { describe, expect, it } from 'vitest';
import { definedTerms } from '../../src/lib/definitions.ts';
import { buildExcerpt, lightStem, textDirective } from '../../src/lib/excerpt.ts';
import { resultTitle } from '../../src/lib/search-result.ts';
import { letterOf, nearestWords, slips } from '../../src/lib/suggest.ts';

describe('definedTerms', () => {
  it.each([
    ['“Child” shall mean any person under eighteen years of age.', ['child']],
    ['"Trafficking in human beings" shall mean the recruitment', ['trafficking in human beings']],
    ['For the purposes of this Convention the term “forced or compulsory labour” shall mean all work', ['forced or compulsory labour']],
    ['“Freezing” or “seizure” shall mean temporarily prohibiting', ['freezing', 'seizure']],
    ['“Confiscation”, which includes forfeiture where applicable, shall mean the permanent deprivation', ['confiscation']],
    ['For the purposes of the present Convention, a child means every human being below the age of eighteen years', ['child']],
    ['shall be considered “trafficking in persons” even if this does not involve any of the means set forth', []],
    ['the term “forced or compulsory labour” shall not include—', []],
    ['The consent of a victim of “trafficking in persons” to the intended exploitation shall be irrelevant', []],
    ['', []],
  ])('%j defines %j', (text, expected) => {
    expect(definedTerms(text)).toEqual(expected);
  });
});

describe('slips and nearestWords', () => {
  it.each([
    ['trafficing', 'trafficking', 1],
    ['recieve', 'receive', 1],
    ['extradtion', 'extradition', 1],
    ['victim', 'victim', 0],
    ['abc', 'xyz', 3],
    ['a', 'abcdef', 3],
  ])('%j to %j is %i slips (at most 2 counted, then 3)', (a, b, count) => {
    expect(slips(a, b, 2)).toBe(Math.min(count, 3));
  });

  const vocabulary: [string, number][] = [
    ['trafficking', 400],
    ['traffic', 20],
    ['trafficked', 5],
    ['receive', 30],
    ['received', 12],
    ['receives', 2],
  ];
  it.each([
    ['trafficing', ['trafficking']],
    ['recieve', ['receive', 'received', 'receives']],
    ['zzz', []],
    ['traffic', []],
  ])('%j is nearest to %j', (word, expected) => {
    expect(nearestWords(word, vocabulary)).toEqual(expected);
  });

  it.each([
    ['victim', 'v'],
    ['État', 'e'],
    ['1999', 'other'],
    ['', 'other'],
  ])('%j is listed under %j', (word, letter) => {
    expect(letterOf(word)).toBe(letter);
  });
});

describe('buildExcerpt', () => {
  const text = (parts: ReturnType<typeof buildExcerpt>): string =>
    parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');

  it.each([
    [
      'Protection of victims, witnesses and collaborators with the judicial authorities',
      ['witness'],
      'Protection of victims, [witnesses] and collaborators with the judicial authorities',
    ],
    ['“Child” shall mean any person', ['child'], '“[Child]” shall mean any person'],
    ['combat money-laundering, which regime', ['laundering'], 'combat [money-laundering], which regime'],
    ['victims of trafficking', ['victim', 'trafficked'], '[victims] of [trafficking]'],
  ])('%j marks %j', (content, words, expected) => {
    expect(text(buildExcerpt(content, words))).toBe(expected);
  });

  it('keeps the words around the marks in a long provision, with ellipses', () => {
    const content = `${'alpha '.repeat(100)}needle ${'omega '.repeat(100)}`.trim();
    const excerpt = text(buildExcerpt(content, ['needle'], 10));
    expect(excerpt.startsWith('… ')).toBe(true);
    expect(excerpt.endsWith(' …')).toBe(true);
    expect(excerpt).toContain('[needle]');
    expect(excerpt.split(/\s+/).filter((word) => word !== '…')).toHaveLength(10);
  });

  it.each([
    ['victims', 'victim'],
    ['Trafficking', 'traffick'],
    ['witnesses', 'witness'],
    ['with', 'with'],
    ["State's", 'stat'],
    ['States', 'stat'],
  ])('%j has the light stem %j', (word, stem) => {
    expect(lightStem(word)).toBe(stem);
  });
});

describe('resultTitle', () => {
  const names = { 'trafficking-protocol': 'Trafficking in Persons Protocol', 'rights-of-the-child-convention': 'CRC' };
  it.each([
    ['/trafficking-protocol/article-6/#art_6__para_3__point_b', 'Trafficking in Persons Protocol, art. 6(3)(b)', 'authentic'],
    ['/trafficking-protocol/preamble/#preamble__recital_2', 'Trafficking in Persons Protocol, preambular para. 2', 'authentic'],
    ['/rights-of-the-child-convention/conclusions/#conclusions', 'CRC, testimonium', 'authentic'],
    ['/trafficking-protocol/article-3/#drafting-history', 'Drafting history: Trafficking in Persons Protocol, art. 3', 'history'],
    ['/trafficking-protocol/article-3/#readers-guide', "Reader's guide: Trafficking in Persons Protocol, art. 3", 'commentary'],
    [
      '/trafficking-protocol/article-3/#note-art_3__point_a-1',
      'Official interpretative note: Trafficking in Persons Protocol, art. 3',
      'notes',
    ],
  ])('%s is titled %j', (url, title, layer) => {
    expect(resultTitle(url, names)).toMatchObject({ title, layer });
  });

  it.each(['/unknown-instrument/article-1/#art_1', '/trafficking-protocol/', '/trafficking-protocol/article-6/#not_an_anchor', ''])(
    '%j has no title',
    (url) => {
      expect(resultTitle(url, names)).toBeNull();
    },
  );
});

describe('textDirective', () => {
  it.each([
    ['Appropriate housing;', ['housing'], ':~:text=Appropriate-,housing,-%3B'],
    ['“Child” shall mean any person under eighteen years of age.', ['child'], ':~:text=%E2%80%9C-,Child,-%E2%80%9D%20shall%20mean'],
    [
      'victims of trafficking in persons, especially women',
      ['victim', 'trafficking'],
      ':~:text=victims,-of%20trafficking&text=victims%20of-,trafficking,-in%20persons%2C',
    ],
    ['to combat money-laundering, which', ['laundering'], ':~:text=to%20combat-,money%2Dlaundering,-%2C%20which'],
    ['nothing here', ['victim'], ''],
    ['', [], ''],
  ])('%j with %j gives %j', (content, words, expected) => {
    expect(textDirective(content, words)).toBe(expected);
  });

  it('pins at most three words, the first occurrence of each', () => {
    const directive = textDirective('alpha beta gamma delta alpha', ['alpha', 'beta', 'gamma', 'delta']);
    expect(directive.split('&')).toHaveLength(3);
    expect(directive).toContain('text=alpha,-beta%20gamma');
  });
});
