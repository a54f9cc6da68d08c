import { describe, expect, it } from 'vitest';
import { buildConnections, connectionsWithOthers, groupByLabel, parsePlace, placeKey } from '../../src/lib/connections.ts';

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
        {
          label: 'Referred to by',
          connections: [
            { label: 'Referred to by', other: p('tp#art_7') },
            { label: 'Referred to by', other: p('tp#art_9') },
          ],
        },
        { label: 'Compare', connections: [{ label: 'Compare', other: p('untoc#art_24') }] },
      ],
    ],
  ])('groups %j', (list, expected) => {
    expect(groupByLabel(list)).toEqual(expected);
  });
});

describe('relations between instruments', () => {
  it('carries the term a relation is about to both ends', () => {
    const map = buildConnections([], [{ type: 'same-term', from: p('tp#art_3__point_d'), to: p('crc#art_1'), term: 'child' }]);
    expect(map.get('tp#art_3__point_d')).toEqual([{ label: 'Defines the same term as', other: p('crc#art_1'), term: 'child' }]);
    expect(map.get('crc#art_1')).toEqual([{ label: 'Defines the same term as', other: p('tp#art_3__point_d'), term: 'child' }]);
  });

  it('reads a deletion from both ends', () => {
    const map = buildConnections([], [{ type: 'deletes', from: p('p029#art_7'), to: p('c029#art_3') }]);
    expect(map.get('p029#art_7')?.[0]?.label).toBe('Deletes, for the States bound by it');
    expect(map.get('c029#art_3')?.[0]?.label).toBe('Deleted, for the States bound by that instrument, by');
  });

  it('lists what connects an instrument to the others, grouped by the other instrument in the order given', () => {
    const map = Object.fromEntries(
      buildConnections(
        [{ from: p('tp#art_9'), to: p('tp#art_6') }],
        [
          { type: 'same-term', from: p('tp#art_3__point_d'), to: p('crc#art_1'), term: 'child' },
          { type: 'compare', from: p('tp#art_6'), to: p('coe#art_12') },
          { type: 'follows-definition-of', from: p('coe#art_4__point_a'), to: p('tp#art_3__point_a') },
        ],
      ),
    );
    const reading = ['art_3', 'art_3__point_a', 'art_3__point_d', 'art_6', 'art_9'];
    const groups = connectionsWithOthers(map, 'tp', ['crc', 'tp', 'coe'], (eid) => reading.indexOf(eid));
    expect(groups.map((group) => group.instrument)).toEqual(['crc', 'coe']);
    expect(groups[0]?.connections).toEqual([
      { label: 'Defines the same term as', other: p('crc#art_1'), term: 'child', statedIn: undefined, here: p('tp#art_3__point_d') },
    ]);
    expect(groups[1]?.connections.map((connection) => [placeKey(connection.here), connection.label, placeKey(connection.other)])).toEqual([
      ['tp#art_3__point_a', 'Definition taken up in', 'coe#art_4__point_a'],
      ['tp#art_6', 'Compare', 'coe#art_12'],
    ]);
  });

  it('lists nothing for an instrument with no relation to another', () => {
    expect(connectionsWithOthers({}, 'tp', ['tp', 'crc'])).toEqual([]);
  });
});
