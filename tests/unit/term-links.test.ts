import { describe, expect, it } from 'vitest';
import { findTermUses, type Definition } from '../../src/lib/term-links.ts';

const CHILD: Definition = { term: 'child', eid: 'art_3__point_d', instrument: 'tp' };
const GROUP: Definition = { term: 'organized criminal group', eid: 'art_2__point_a', instrument: 'oc' };
const STRUCTURED: Definition = { term: 'structured group', eid: 'art_2__point_c', instrument: 'oc' };
const LABOUR: Definition = { term: 'forced or compulsory labour', eid: 'art_2__para_1', instrument: 'c29' };
const ALL = [CHILD, GROUP, STRUCTURED, LABOUR];

function uses(text: string, taken: { start: number; end: number }[] = []): string[] {
  return findTermUses(text, ALL, taken).map((use) => `${text.slice(use.start, use.end)}→${use.definition.eid}`);
}

describe('findTermUses', () => {
  it.each([
    ['the best interests of the child shall be', ['child→art_3__point_d']],
    ['Child victims', ['Child→art_3__point_d']],
    ['children and childhood', []],
    ['a child-friendly child', ['child→art_3__point_d']],
    ['involve an organized criminal group', ['organized criminal group→art_2__point_a']],
    ['a structured group and an organized criminal group', ['structured group→art_2__point_c', 'organized criminal group→art_2__point_a']],
    ['the term forced or compulsory labour shall not include', ['forced or compulsory labour→art_2__para_1']],
    ['the child’s rights', ['child→art_3__point_d']],
    ['', []],
    ['CHILD', []],
  ])('%j', (text, expected) => {
    expect(uses(text)).toEqual(expected);
  });

  it('leaves a run that is already a link alone', () => {
    expect(uses('article 3 on the child and the child', [{ start: 15, end: 20 }])).toEqual(['child→art_3__point_d']);
    expect(findTermUses('article 3 on the child and the child', ALL, [{ start: 15, end: 20 }])[0]?.start).toBe(31);
  });

  it('reads a term with marks of a regular expression literally', () => {
    expect(findTermUses('a (b) c', [{ term: '(b)', eid: 'art_1', instrument: 'x' }]).map((use) => use.start)).toEqual([2]);
    expect(findTermUses('x a.b y', [{ term: 'a.b', eid: 'art_1', instrument: 'x' }]).map((use) => use.start)).toEqual([2]);
    expect(findTermUses('x axb y', [{ term: 'a.b', eid: 'art_1', instrument: 'x' }])).toEqual([]);
  });

  it('never changes the text: offsets cut exactly the words found', () => {
    const text = 'An organized criminal group, a child.';
    for (const use of findTermUses(text, ALL)) expect(use.definition.term).toBe(text.slice(use.start, use.end).toLowerCase());
  });
});
