import { describe, expect, it } from 'vitest';
import { namesTerm, parseQuery, phraseForms, spellingVariants, wordsOf } from '../../src/lib/search-query.ts';

describe('spellingVariants', () => {
  it.each([
    ['labour', ['labor']],
    ['labor', ['labour']],
    ['harbouring', ['harboring']],
    ['harboring', ['harbouring']],
    ['organised', ['organized']],
    ['organization', ['organisation']],
    ['criminalisation', ['criminalization']],
    ['offences', ['offenses']],
    ['programme', ['program']],
    ['programs', ['programmes']],
    ['counselling', ['counseling']],
    ['traveled', ['travelled']],
    ['victim', []],
    ['filed', []],
    ['rise', []],
  ])('%s has the other spellings %j', (word, expected) => {
    expect(spellingVariants(word)).toEqual(expected);
  });
});

describe('wordsOf', () => {
  it.each([
    ['Money-laundering, and “consent”', ['money-laundering', 'and', 'consent']],
    ["State's obligations", ['state', 'obligations']],
    ['art. 6(3)(b)', ['art', '6', '3', 'b']],
    ['  ', []],
  ])('%j gives %j', (text, expected) => {
    expect(wordsOf(text)).toEqual(expected);
  });
});

describe('parseQuery', () => {
  it('drops stop words but keeps them in the phrase words', () => {
    const query = parseQuery('can trafficking victims stay in the destination country');
    expect(query.terms.map((term) => term.text)).toEqual(['trafficking', 'victims', 'stay', 'destination', 'country']);
    expect(query.ignored).toEqual(['can', 'in', 'the']);
    expect(query.words).toEqual(['can', 'trafficking', 'victims', 'stay', 'in', 'the', 'destination', 'country']);
  });

  it('searches every word of a query made only of stop words', () => {
    expect(parseQuery('of the').terms.map((term) => term.text)).toEqual(['of', 'the']);
  });

  it('asks for each word exactly, with its other spellings', () => {
    expect(parseQuery('forced labor').terms).toEqual([
      { text: 'forced', forms: ['"forced"'], phrase: false },
      { text: 'labor', forms: ['"labor"', '"labour"'], phrase: false },
    ]);
  });

  it('keeps a quoted phrase whole, with typographic quotes too', () => {
    for (const raw of ['"position of vulnerability" consent', '“position of vulnerability” consent']) {
      const query = parseQuery(raw);
      expect(query.terms[0]).toEqual({ text: 'position of vulnerability', forms: ['"position of vulnerability"'], phrase: true });
      expect(query.terms[1]?.text).toBe('consent');
    }
  });

  it('reads a quoted single word as that word, and an unmatched quote as nothing', () => {
    expect(parseQuery('"victims"').terms.map((term) => term.text)).toEqual(['victims']);
    expect(parseQuery('"victims').terms.map((term) => term.text)).toEqual(['victims']);
  });

  it.each([
    ['definition of child', 'child'],
    ['What is a victim?', 'victim'],
    ['meaning of structured group', 'structured group'],
    ['define serious crime', 'serious crime'],
  ])('%j asks for a definition of %j', (raw, rest) => {
    const query = parseQuery(raw);
    expect(query.asksDefinition).toBe(true);
    expect(query.terms.map((term) => term.text).join(' ')).toBe(rest);
  });

  it('does not mistake a query about definitions for a request for one', () => {
    expect(parseQuery('definition').asksDefinition).toBe(false);
    expect(parseQuery('definition').terms.map((term) => term.text)).toEqual(['definition']);
  });

  it.each(['', '   ', '?', '""'])('gives no terms for %j', (raw) => {
    expect(parseQuery(raw).terms).toEqual([]);
  });
});

describe('namesTerm', () => {
  it.each([
    ['trafficking in persons', 'trafficking in persons', true],
    ['forced labour', 'forced or compulsory labour', true],
    ['forced labor', 'forced or compulsory labour', true],
    ['organised criminal group', 'organized criminal group', true],
    ['children', 'child', true],
    ['definition of child', 'child', true],
    ['child trafficking', 'child', false],
    ['labour', 'forced or compulsory labour', false],
    ['trafficking in persons', 'trafficking in human beings', false],
    ['', 'child', false],
  ])('%j names %j: %s', (raw, term, expected) => {
    expect(namesTerm(parseQuery(raw), term)).toBe(expected);
  });
});

describe('phraseForms', () => {
  it.each([
    [
      ['forced', 'labor'],
      ['forced labor', 'forced labour'],
    ],
    [['statute', 'of', 'limitations'], ['statute of limitations']],
    [
      ['organised', 'labour', 'programme'],
      ['organised labour programme', 'organised labour program', 'organised labor programme', 'organised labor program'],
    ],
    [[], ['']],
  ])('%j is asked as %j', (words, expected) => {
    expect(phraseForms(words)).toEqual(expected);
  });
});
