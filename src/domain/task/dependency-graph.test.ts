import { describe, expect, it } from 'vitest';
import { layoutNeighbourhood, type NodeRef } from './dependency-graph.ts';

const ref = (id: string, crossCycle = false): NodeRef => ({ id, name: `task_${id}`, crossCycle });
const empty = new Map<string, NodeRef[]>();

describe('layoutNeighbourhood', () => {
  it('marks added and removed upstream edges and keeps cross-cycle edges apart', () => {
    const layout = layoutNeighbourhood({
      center: { id: 'T', name: 'me' },
      upstream: [ref('a'), ref('b', true)],
      upstream2: new Map([['a', [ref('x')]]]),
      downstream: [ref('d')],
      downstream2: empty,
      added: [ref('n')],
      removed: new Set(['a']),
      maxPerLayer: 12,
    });
    expect(layout.edges).toEqual([
      { from: '-1:a', to: '0:T', crossCycle: false, status: 'removed' },
      { from: '-1:b', to: '0:T', crossCycle: true, status: 'saved' },
      { from: '-1:n', to: '0:T', crossCycle: false, status: 'added' },
      { from: '0:T', to: '1:d', crossCycle: false, status: 'saved' },
      { from: '-2:x', to: '-1:a', crossCycle: false, status: 'saved' },
    ]);
  });

  it('collapses a layer of 500 upstream tasks into "+K more"', () => {
    const upstream = Array.from({ length: 500 }, (_, i) => ref(String(i)));
    const layout = layoutNeighbourhood({
      center: { id: 'T', name: 'me' },
      upstream,
      upstream2: empty,
      downstream: [],
      downstream2: empty,
      added: [],
      removed: new Set(),
      maxPerLayer: 12,
    });
    expect(layout.nodes.filter((n) => n.level === -1)).toHaveLength(12);
    expect(layout.nodes.find((n) => n.more !== undefined)?.more).toBe(489);
    expect(layout.edges).toHaveLength(12);
    expect(layout.rows).toBe(12);
  });
});
