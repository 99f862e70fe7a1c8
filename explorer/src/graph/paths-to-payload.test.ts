// Checks the paths → graph conversion: shared organisations and links once, hop distances from the start.
import { describe, expect, it } from 'vitest';
import type { CollaborationPath } from '../api/api-types';
import { pathElementIds, pathsToPayload } from './paths-to-payload';

const org = (id: string) => ({
  id,
  name: `이름${id}`,
  nameEn: `Name ${id}`,
  kind: 'COMPANY' as const,
  synthetic: false,
  degree: 2,
  hub: { id: 'HUB' },
});
const link = (id: string, from: string, to: string) => ({
  id,
  kind: 'JOINT_RD' as const,
  since: '2020-01-01',
  until: null,
  weight: 1,
  title: null,
  source: 'press',
  synthetic: false,
  from: { id: from },
  to: { id: to },
});

function path(ids: string[], linkIds: string[]): CollaborationPath {
  return {
    length: ids.length - 1,
    organizations: ids.map(org),
    steps: linkIds.map((linkId, index) => ({
      from: { id: ids[index]! },
      to: { id: ids[index + 1]! },
      links: [link(linkId, ids[index]!, ids[index + 1]!)],
    })),
  };
}

describe('pathsToPayload', () => {
  it('draws every path’s organisations and links once, with hops from the start', () => {
    const payload = pathsToPayload([
      path(['A', 'B', 'D'], ['ab', 'bd']),
      path(['A', 'C', 'B', 'D'], ['ac', 'cb', 'bd']),
    ]);
    expect(payload.nodes.map((node) => [node.id, node.distance])).toEqual([
      ['A', 0],
      ['B', 1],
      ['D', 2],
      ['C', 1],
    ]);
    expect(payload.nodes[0]).toMatchObject({ label: '이름A', labelEn: 'Name A', hub: 'HUB', kind: 'COMPANY' });
    expect(payload.edges.map((edge) => edge.id)).toEqual(['ab', 'bd', 'ac', 'cb']);
    expect(payload.truncated).toBe(false);
  });
});

describe('pathElementIds', () => {
  it('lists the organisations and links of the given paths', () => {
    expect([...pathElementIds([path(['A', 'B'], ['ab'])])].sort()).toEqual(['A', 'B', 'ab']);
  });
});
