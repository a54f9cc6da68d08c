import { describe, expect, it } from 'vitest';
import { childEid, EidError, formatEid, isEid, parseEid } from '../../src/lib/eid.ts';

describe('formatEid and parseEid', () => {
  it.each([
    ['art_3', [{ kind: 'art', token: '3' }]],
    [
      'art_3__point_a',
      [
        { kind: 'art', token: '3' },
        { kind: 'point', token: 'a' },
      ],
    ],
    [
      'art_5__para_2__point_a',
      [
        { kind: 'art', token: '5' },
        { kind: 'para', token: '2' },
        { kind: 'point', token: 'a' },
      ],
    ],
    [
      'art_6__para_3__point_b__point_i',
      [
        { kind: 'art', token: '6' },
        { kind: 'para', token: '3' },
        { kind: 'point', token: 'b' },
        { kind: 'point', token: 'i' },
      ],
    ],
    ['art_3__intro', [{ kind: 'art', token: '3' }, { kind: 'intro' }]],
    ['art_5__para_2__wrap', [{ kind: 'art', token: '5' }, { kind: 'para', token: '2' }, { kind: 'wrap' }]],
    ['preamble', [{ kind: 'preamble' }]],
    ['preamble__recital_4', [{ kind: 'preamble' }, { kind: 'recital', token: '4' }]],
    ['chp_II', [{ kind: 'chp', token: 'II' }]],
    ['conclusions', [{ kind: 'conclusions' }]],
  ] as const)('%s round-trips', (eid, steps) => {
    expect(formatEid(steps)).toBe(eid);
    expect(parseEid(eid)).toEqual(steps);
    expect(isEid(eid)).toBe(true);
  });

  it.each([
    ['', 'empty string'],
    ['article_3', 'unknown element "article"'],
    ['art', 'needs a number token'],
    ['art_', 'needs a number token'],
    ['preamble_1', 'takes no number'],
    ['art_3__para_1-a', 'needs a number token'],
    ['art_3___point_a', 'unknown element ""'],
  ])('rejects %j', (eid, message) => {
    expect(() => parseEid(eid)).toThrow(EidError);
    expect(() => parseEid(eid)).toThrow(message);
    expect(isEid(eid)).toBe(false);
  });

  it('refuses an empty path', () => {
    expect(() => formatEid([])).toThrow('at least one step');
  });

  it('extends a parent id', () => {
    expect(childEid('art_5', { kind: 'para', token: '2' })).toBe('art_5__para_2');
    expect(childEid(undefined, { kind: 'art', token: '5' })).toBe('art_5');
  });
});

describe('indents and counted testimonium paragraphs', () => {
  it.each([
    [
      'art_32__indent_2',
      [
        { kind: 'art', token: '32' },
        { kind: 'indent', token: '2' },
      ],
    ],
    ['conclusions__para_1', [{ kind: 'conclusions' }, { kind: 'para', token: '1' }]],
  ] as const)('reads %s', (eid, steps) => {
    expect(parseEid(eid)).toEqual(steps);
    expect(formatEid(steps)).toBe(eid);
  });

  it('refuses an indent without its number', () => {
    expect(isEid('art_32__indent')).toBe(false);
  });
});
