// The network as of a date: which links and organisations count, and one edge per pair.
import { describe, expect, it } from 'vitest';
import { testSnapshot } from '../../../test/fixtures/test-graphs.ts';

describe('buildSnapshot', () => {
  it('counts a link on asOf only when it began on or before the date and had not ended before it', () => {
    const links = [
      { pair: 'A-B', since: '2020-01-01' },
      { pair: 'B-C', since: '2023-06-01' }, // began after the date
      { pair: 'C-D', since: '2019-01-01', until: '2022-12-31' }, // ended before the date
      { pair: 'D-E', since: '2019-01-01', until: '2023-01-01' }, // its last day is the date itself: still running
    ];
    const graph = testSnapshot([], links, '2023-01-01').graph;
    expect(graph.edges().sort()).toEqual(['A~B', 'D~E']);
    // With no date, every link recorded counts.
    expect(testSnapshot([], links).graph.size).toBe(4);
  });

  it('merges the links of one pair into one edge, with their kinds, summed weights and earliest start', () => {
    const graph = testSnapshot(
      [],
      [
        { pair: 'A-B', kind: 'MOU', since: '2021-05-01', weight: 2 },
        { pair: 'B-A', kind: 'JOINT_RD', since: '2020-03-01', weight: 1.5 },
        { pair: 'A-B', kind: 'MOU', since: '2022-01-01', weight: 1 },
      ],
    ).graph;
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttributes('A', 'B')).toEqual({
      kinds: ['JOINT_RD', 'MOU'],
      weight: 4.5,
      since: '2020-03-01',
      links: 3,
    });
  });

  it('takes organisations founded by the year of asOf, of unknown founding, or touched by a running link', () => {
    const organizations = [
      { id: 'OLD', founded: 2010 },
      { id: 'NEW', founded: 2024 }, // founded after 2023: not yet there
      { id: 'UNKNOWN', founded: null },
      { id: 'EARLY', founded: 2025 }, // founded later, but a running link proves it took part
    ];
    const graph = testSnapshot(organizations, [{ pair: 'EARLY-OLD', since: '2022-01-01' }], '2023-06-30').graph;
    expect(graph.nodes().sort()).toEqual(['EARLY', 'OLD', 'UNKNOWN']);
    expect(testSnapshot(organizations, []).graph.order).toBe(4);
  });
});
