import { describe, expect, it } from 'vitest';
import { documentNumber, expressionUri, FrbrError, manifestationUri, thisUri, workUri } from '../../src/lib/frbr.ts';

describe('documentNumber', () => {
  it.each([
    ['A/RES/55/25', 'II', 'A-RES-55-25-annex-II'],
    ['A/RES/55/25', 'I', 'A-RES-55-25-annex-I'],
    ['A/RES/44/25', undefined, 'A-RES-44-25'],
    ['C029', undefined, 'C029'],
    ['CETS 197', undefined, 'CETS_197'],
  ])('%s, annex %s, is %s', (symbol, annex, expected) => {
    expect(documentNumber(symbol, annex)).toBe(expected);
  });

  it.each([[''], ['A/RES/55/25?'], ['A//RES'], ['résolution']])('refuses %j', (symbol) => {
    expect(() => documentNumber(symbol)).toThrow(FrbrError);
  });
});

describe('work, expression and manifestation URIs', () => {
  it.each([
    // AKN4UN: a normative document adopted by the General Assembly.
    [
      { country: 'un', actor: 'un-ga', date: '2000-11-15', number: 'A-RES-55-25-annex-II' },
      '/akn/un/act/provision/un-ga/2000-11-15/A-RES-55-25-annex-II',
    ],
    // The same form for an ILO convention and for a Council of Europe treaty.
    [
      { country: 'un', actor: 'ilo-conference', date: '1930-06-28', number: 'C029' },
      '/akn/un/act/provision/ilo-conference/1930-06-28/C029',
    ],
    [{ country: 'coe', actor: 'coe-cm', date: '2005-05-16', number: 'CETS-197' }, '/akn/coe/act/provision/coe-cm/2005-05-16/CETS-197'],
  ])('%o', (parts, work) => {
    expect(workUri(parts)).toBe(work);
    const expression = expressionUri(work, 'eng', parts.date);
    expect(expression).toBe(`${work}/eng@${parts.date}`);
    expect(manifestationUri(expression)).toBe(`${work}/eng@${parts.date}.xml`);
    expect(thisUri(work)).toBe(`${work}/!main`);
    expect(thisUri(expression)).toBe(`${expression}/!main`);
    expect(thisUri(manifestationUri(expression))).toBe(`${expression}/!main.xml`);
  });

  it.each([
    [{ country: 'UN', actor: 'un-ga', date: '2000-11-15', number: 'X' }, 'the country "UN" must be lower-case words joined by hyphens'],
    [{ country: 'un', actor: 'un ga', date: '2000-11-15', number: 'X' }, 'the actor "un ga" must be lower-case words joined by hyphens'],
    [{ country: 'un', actor: 'un-ga', date: '15 November 2000', number: 'X' }, 'the date "15 November 2000" must be written YYYY-MM-DD'],
    [
      { country: 'un', actor: 'un-ga', date: '2000-11-15', number: 'A/RES' },
      'the number "A/RES" must be letters, digits and separators only',
    ],
  ])('refuses %o', (parts, message) => {
    expect(() => workUri(parts)).toThrow(message);
  });

  it('refuses a language that is not a three-letter code', () => {
    expect(() => expressionUri('/akn/un/act/provision/un-ga/2000-11-15/X', 'en', '2000-11-15')).toThrow(
      'the language "en" must be a three-letter ISO 639-2 code such as "eng"',
    );
  });
});
