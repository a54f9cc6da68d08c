import { describe, expect, it } from 'vitest';
import { fromRoman, nextToken, NumberingError, parseLabel, parseSequence, toRoman } from '../../src/lib/numbering.ts';

describe('parseLabel', () => {
  it.each([
    ['1.', undefined, '1', 'arabic'],
    ['12.', undefined, '12', 'arabic'],
    ['1', undefined, '1', 'arabic'],
    ['(a)', undefined, 'a', 'alpha'],
    ['a)', undefined, 'a', 'alpha'],
    ['a.', undefined, 'a', 'alpha'],
    ['(i)', undefined, 'i', 'roman'],
    ['(iv)', { label: '(iii)', token: 'iii', style: 'roman' as const }, 'iv', 'roman'],
    // After (h), "(i)" is the ninth letter, not the Roman numeral one.
    ['(i)', { label: '(h)', token: 'h', style: 'alpha' as const }, 'i', 'alpha'],
    ['(v)', { label: '(u)', token: 'u', style: 'alpha' as const }, 'v', 'alpha'],
    // A dash marks an indent, counted in order.
    ['–', undefined, '1', 'indent'],
    ['—', undefined, '1', 'indent'],
    ['–', { label: '–', token: '2', style: 'indent' as const }, '3', 'indent'],
  ])('reads %s (after %o) as %s, %s', (label, previous, token, style) => {
    expect(parseLabel(label, previous)).toEqual({ label, token, style });
  });

  it.each([
    ['', 'is not a provision label'],
    ['(A)', 'is not a provision label'],
    ['1.a', 'is not a provision label'],
    ['01.', 'leading zero'],
    ['(ab)', 'neither a single letter nor a Roman numeral'],
    ['(§)', 'is not a provision label'],
    ['-', 'is not a provision label'],
    ['––', 'is not a provision label'],
  ])('rejects %j', (label, message) => {
    expect(() => parseLabel(label)).toThrow(NumberingError);
    expect(() => parseLabel(label)).toThrow(message);
  });

  it('rejects a non-numeral in a Roman list', () => {
    expect(() => parseLabel('(iiii)', { label: '(iii)', token: 'iii', style: 'roman' })).toThrow('is not a Roman numeral');
  });
});

describe('Roman numerals', () => {
  it.each([
    [1, 'i'],
    [4, 'iv'],
    [9, 'ix'],
    [14, 'xiv'],
    [40, 'xl'],
    [99, 'xcix'],
    [399, 'cccxcix'],
  ])('%i is %s both ways', (value, numeral) => {
    expect(toRoman(value)).toBe(numeral);
    expect(fromRoman(numeral)).toBe(value);
  });

  it.each([['iiii'], ['vx'], ['abc'], ['']])('%j is not a numeral', (token) => {
    expect(fromRoman(token)).toBeUndefined();
  });

  it.each([[0], [-1], [1.5], [400]])('refuses to write %s', (value) => {
    expect(() => toRoman(value)).toThrow(NumberingError);
  });
});

describe('parseSequence', () => {
  it.each([
    [['1.', '2.', '3.']],
    [['(a)', '(b)', '(c)']],
    [['(i)', '(ii)', '(iii)', '(iv)']],
    [['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)', '(h)', '(i)', '(j)']],
  ])('accepts %j', (labels) => {
    expect(parseSequence(labels).map((n) => n.label)).toEqual(labels);
  });

  it.each([
    [['2.'], 'expected 1 at the start of the list, found "2."'],
    [['1.', '3.'], 'expected 2 after "1.", found "3."'],
    [['1.', '1.'], 'expected 2 after "1.", found "1."'],
    [['(a)', '(c)'], 'expected b after "(a)", found "(c)"'],
    [['(b)'], 'expected a at the start of the list, found "(b)"'],
    [['(i)', '(iii)'], 'expected ii after "(i)", found "(iii)"'],
    [['1.', '(a)'], 'is numbered in another style'],
  ])('rejects %j', (labels, message) => {
    expect(() => parseSequence(labels)).toThrow(message);
  });

  it('stops at the end of the alphabet', () => {
    expect(() => nextToken({ label: '(z)', token: 'z', style: 'alpha' })).toThrow('beyond (z)');
  });
});

describe('indents', () => {
  it('counts a list of dashes 1, 2, 3', () => {
    expect(parseSequence(['–', '–', '–']).map((item) => item.token)).toEqual(['1', '2', '3']);
  });

  it('refuses a dash among lettered items', () => {
    expect(() => parseSequence(['(a)', '–'])).toThrow('numbered in another style');
  });
});
