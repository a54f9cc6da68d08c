import { describe, expect, it } from 'vitest';
import { buildConnections, groupByLabel, parsePlace, placeKey } from '../../src/lib/connections.ts';

const p = parsePlace;

describe('buildConnections', () => {
  it('shows a reference at its target as "Referred to by"', () => {
    const map = buildConnections([{ from: p('tp#art_7__para_1'), to: p('tp#art_6') }], []);
    expect(map.get('tp#art_6')).toEqual([{ label: 'Referred to by', other: p('tp#art_7__para_1') }]);
    expect(map.has('tp#art_7__para_1')).toBe(false);
  });

  it('shows a declared relation from both ends, with the provision that states it', () => {
    const map = buildConnections(
      [],
      [{ type: 'deemed-established-under', from: p('tp#art_5'), to: p('untoc'), statedIn: p('tp#art_1__para_3') }],
    );
    expect(map.get('tp#art_5')).toEqual([
      { label: 'Offences deemed established in accordance with', other: p('untoc'), statedIn: p('tp#art_1__para_3') },
    ]);
    expect(map.get('untoc')).toEqual([
      { label: 'Offences deemed established under it', other: p('tp#art_5'), statedIn: p('tp#art_1__para_3') },
    ]);
  });

  it('lists a source once however often it refers, and ignores self-references', () => {
    const map = buildConnections(
      [
        { from: p('tp#art_3__point_b'), to: p('tp#art_3__point_a') },
        { from: p('tp#art_3__point_b'), to: p('tp#art_3__point_a') },
        { from: p('tp#art_3'), to: p('tp#art_3') },
      ],
      [],
    );
    expect(map.get('tp#art_3__point_a')).toHaveLength(1);
    expect(map.has('tp#art_3')).toBe(false);
  });

  it.each([
    ['tp', { instrument: 'tp', eid: undefined }],
    ['tp#art_1__para_2', { instrument: 'tp', eid: 'art_1__para_2' }],
  ])('reads and writes the place %s', (text, place) => {
    expect(parsePlace(text)).toEqual(place);
    expect(placeKey(place)).toBe(text);
  });
});

describe('groupByLabel', () => {
  it.each([
    [[], []],
    [
      [
        { label: 'Referred to by', other: p('tp#art_7') },
        { label: 'Compare', other: p('untoc#art_24') },
        { label: 'Referred to by', other: p('tp#art_9') },
      ],
      [
        { label: 'Referred to by', others: [p('tp#art_7'), p('tp#art_9')] },
        { label: 'Compare', others: [p('untoc#art_24')] },
      ],
    ],
  ])('groups %j', (list, expected) => {
    expect(groupByLabel(list)).toEqual(expected);
  });
});
