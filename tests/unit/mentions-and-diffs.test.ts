import { describe, expect, it } from 'vitest';
import { eventWhen } from '../../src/lib/dates.ts';
import { findMentions, splitMentions } from '../../src/lib/mentions.ts';
import { documentPath, documentSlug } from '../../src/lib/urls.ts';
import { wordDiff } from '../../src/lib/word-diff.ts';

const REGISTER = [
  { symbol: 'A/AC.254/4/Add.3', mentionedAs: [] },
  { symbol: 'A/AC.254/4/Add.3/Rev.1', mentionedAs: [] },
  { symbol: 'A/RES/53/111', mentionedAs: ['General Assembly resolution 53/111'] },
  { symbol: 'A/55/383', mentionedAs: [] },
];

describe('findMentions', () => {
  it.each([
    ['The draft A/AC.254/4/Add.3 was read.', [['A/AC.254/4/Add.3', 'A/AC.254/4/Add.3']]],
    // The longer symbol wins: a revision is not its draft followed by "/Rev.1".
    ['Revised in A/AC.254/4/Add.3/Rev.1.', [['A/AC.254/4/Add.3/Rev.1', 'A/AC.254/4/Add.3/Rev.1']]],
    ['Recalling General Assembly resolution 53/111 of 9 December 1998', [['General Assembly resolution 53/111', 'A/RES/53/111']]],
    ['See A/55/383 and A/55/383/Add.1.', [['A/55/383', 'A/55/383']]],
    ['No document here, nor A/AC.254/4/Add.30 nor XA/55/383.', []],
    ['', []],
  ])('in %j finds %j', (text, expected) => {
    expect(findMentions(text, REGISTER).map((mention) => [text.slice(mention.start, mention.end), mention.symbol])).toEqual(expected);
  });

  it('finds nothing with an empty register', () => {
    expect(findMentions('A/AC.254/4/Add.3', [])).toEqual([]);
  });

  it('cuts a text into plain runs and mentions, losing no character', () => {
    const text = 'From A/AC.254/4/Add.3 to A/AC.254/4/Add.3/Rev.1.';
    const runs = splitMentions(text, REGISTER);
    expect(runs.map((run) => run.text).join('')).toBe(text);
    expect(runs.filter((run) => 'symbol' in run).map((run) => ('symbol' in run ? run.symbol : ''))).toEqual([
      'A/AC.254/4/Add.3',
      'A/AC.254/4/Add.3/Rev.1',
    ]);
    expect(splitMentions('', REGISTER)).toEqual([{ text: '' }]);
  });
});

describe('document addresses', () => {
  it.each([
    ['A/AC.254/4/Add.3/Rev.1', 'a-ac-254-4-add-3-rev-1'],
    ['A/RES/55/25', 'a-res-55-25'],
    ['E/CN.15/1999/L.1', 'e-cn-15-1999-l-1'],
  ])('%s has the page %s', (symbol, slug) => {
    expect(documentSlug(symbol)).toBe(slug);
    expect(documentPath(symbol)).toBe(`/documents/${slug}/`);
  });
});

describe('wordDiff', () => {
  it('marks the words dropped and added, and keeps the rest', () => {
    const parts = wordDiff('Each State Party shall consider adopting measures', 'Each State Party shall adopt measures');
    expect(parts.filter((part) => part.change === 'removed').map((part) => part.text.trim())).toEqual(['consider', 'adopting']);
    expect(parts.filter((part) => part.change === 'added').map((part) => part.text.trim())).toEqual(['adopt']);
    expect(
      parts
        .filter((part) => part.change !== 'removed')
        .map((part) => part.text)
        .join(''),
    ).toBe('Each State Party shall adopt measures');
  });

  it('counts a difference of white space alone as no difference', () => {
    expect(wordDiff('one  two\nthree', 'one two three')).toEqual([{ text: 'one two three', change: 'kept' }]);
  });
});

describe('eventWhen', () => {
  it.each([
    [{ date: '2000-11-15' }, '15 November 2000'],
    [{ from: '1999-01-19', to: '1999-01-29' }, '19 to 29 January 1999'],
    [{ from: '2000-12-12', to: '2000-12-15' }, '12 to 15 December 2000'],
  ])('%j is %s', (event, text) => {
    expect(eventWhen(event)).toBe(text);
  });

  it('refuses an event with no date', () => {
    expect(() => eventWhen({})).toThrow(RangeError);
  });
});
