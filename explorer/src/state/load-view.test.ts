// Checks loading a view against stand-ins for the API: expansions merged, paths turned into a graph, the font asked
// for.
import { describe, expect, it, vi } from 'vitest';
import type { CollaborationPath } from '../api/api-types';
import { sampleGraph } from '../test-support/sample-graph';
import { loadView, subjectOf, type LoadViewDeps } from './load-view';

function deps(overrides: Partial<LoadViewDeps> = {}): LoadViewDeps {
  return {
    network: vi.fn(async () => sampleGraph()),
    neighbourhood: vi.fn(async (id: string) => ({
      truncated: id === 'far',
      nodes: [{ ...sampleGraph().nodes[0]!, id, distance: 0 }, sampleGraph().nodes[1]!],
      edges: [
        {
          id: `e-${id}`,
          source: id,
          target: 'snuh',
          kind: 'MOU' as const,
          since: null,
          until: null,
          weight: 1,
          title: null,
        },
      ],
    })),
    paths: vi.fn(async () => []),
    introduction: vi.fn(async () => []),
    prepareFont: vi.fn(async () => undefined),
    ...overrides,
  };
}

const signal = new AbortController().signal;

describe('loadView', () => {
  it('merges the centre’s neighbourhood with each expansion (depth 1), each node once', async () => {
    const d = deps();
    const data = await loadView(
      { kind: 'neighbourhood', centre: 'snu', depth: 2, filter: null, limit: 200, expanded: ['far'] },
      signal,
      d,
    );
    expect(d.neighbourhood).toHaveBeenCalledWith('snu', 2, expect.anything(), signal);
    expect(d.neighbourhood).toHaveBeenCalledWith('far', 1, expect.anything(), signal);
    expect(data.payload.nodes.map((node) => node.id)).toEqual(['snu', 'snuh', 'far']);
    expect(data.payload.edges.map((edge) => edge.id)).toEqual(['e-snu', 'e-far']);
    expect(data.payload.truncated).toBe(true);
    expect(data).toMatchObject({ paths: null, subject: 'centre:snu' });
    expect(d.prepareFont).toHaveBeenCalledWith(data.payload);
  });

  it('loads the whole network', async () => {
    const data = await loadView({ kind: 'network', filter: null, limit: 2000, expanded: [] }, signal, deps());
    expect(data.payload).toEqual(sampleGraph());
    expect(data.subject).toBe('network');
  });

  it('turns the paths into the graph it draws and keeps them for the list', async () => {
    const org = (id: string) => ({
      id,
      name: id,
      nameEn: id,
      kind: 'COMPANY' as const,
      synthetic: true,
      degree: 1,
      hub: null,
    });
    const link = {
      id: 'L1',
      kind: 'MOU' as const,
      since: '2020-01-01',
      until: null,
      weight: 1,
      title: null,
      source: 's',
      synthetic: true,
      from: { id: 'A' },
      to: { id: 'B' },
    };
    const path: CollaborationPath = {
      length: 1,
      organizations: [org('A'), org('B')],
      steps: [{ from: { id: 'A' }, to: { id: 'B' }, links: [link] }],
    };
    const data = await loadView(
      { kind: 'paths', from: 'A', to: 'B', k: 3, maxHops: 4, linkKinds: null },
      signal,
      deps({ paths: async () => [path] }),
    );
    expect(data.paths).toEqual([path]);
    expect(data.payload.nodes.map((node) => [node.id, node.distance])).toEqual([
      ['A', 0],
      ['B', 1],
    ]);
    expect(data.payload.edges).toEqual([
      { id: 'L1', source: 'A', target: 'B', kind: 'MOU', since: '2020-01-01', until: null, weight: 1, title: null },
    ]);
    expect(subjectOf({ kind: 'paths', from: 'A', to: 'B', k: 3, maxHops: 4, linkKinds: null })).toBe('paths:A>B');
  });

  it('draws a partner match’s introduction paths like the path finder’s, as a subject of its own', async () => {
    const org = (id: string) => ({
      id,
      name: id,
      nameEn: id,
      kind: 'COMPANY' as const,
      synthetic: true,
      degree: 1,
      hub: null,
    });
    const link = {
      id: 'L2',
      kind: 'JOINT_RD' as const,
      since: '2021-05-01',
      until: null,
      weight: 1,
      title: null,
      source: 's',
      synthetic: true,
      from: { id: 'A' },
      to: { id: 'C' },
    };
    const path: CollaborationPath = {
      length: 1,
      organizations: [org('A'), org('C')],
      steps: [{ from: { id: 'A' }, to: { id: 'C' }, links: [link] }],
    };
    const query = {
      kind: 'introduction' as const,
      matches: { orgId: 'A', need: null, first: 10, filter: null },
      candidate: 'C',
    };
    const d = deps({ introduction: vi.fn(async () => [path]) });
    const data = await loadView(query, signal, d);
    expect(d.introduction).toHaveBeenCalledWith(query, signal);
    expect([data.paths, data.subject]).toEqual([[path], 'introduction:A>C']);
    expect(data.payload.nodes.map((node) => [node.id, node.distance])).toEqual([
      ['A', 0],
      ['C', 1],
    ]);
  });

  it('passes a failure on to the caller', async () => {
    const failing = deps({ network: async () => Promise.reject(new Error('down')) });
    await expect(loadView({ kind: 'network', filter: null, limit: 10, expanded: [] }, signal, failing)).rejects.toThrow(
      'down',
    );
  });
});
