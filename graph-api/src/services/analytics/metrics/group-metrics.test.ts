// Density matrix, 산학연병 mix, brokers and community profiles on hand-built networks.
import { describe, expect, it } from 'vitest';
import { ANALYTICS_LIMITS } from '../analytics-limits.ts';
import { testSnapshot } from '../../../../test/fixtures/test-graphs.ts';
import { findBrokers } from './brokers.ts';
import { centralityValues } from './centrality.ts';
import { collaborationMix } from './collaboration-mix.ts';
import { communityProfiles } from './community-profiles.ts';
import { densityMatrix } from './density-matrix.ts';
import { louvainCommunities } from './louvain-communities.ts';

describe('densityMatrix', () => {
  it('links and density within and between hubs, organisations without a hub as their own group', () => {
    // H1 = {A, B}, H2 = {C}, no hub = {D}; links A-B, A-C, C-D.
    // H1–H1: 1 of 1 possible → 1. H1–H2: 1 of 2·1 → 0.5. H1–none: 0 of 2. H2–H2: no pair possible → null.
    // H2–none: 1 of 1 → 1. none–none: null.
    const snapshot = testSnapshot(
      [{ id: 'A', hub: 'H1' }, { id: 'B', hub: 'H1' }, { id: 'C', hub: 'H2' }, 'D'],
      ['A-B', 'A-C', 'C-D'],
    );
    const { groups, cells } = densityMatrix(snapshot, 'HUB');
    expect(groups).toEqual([
      { index: 0, key: 'H1', name: '거점1', nameEn: 'Hub 1', size: 2 },
      { index: 1, key: 'H2', name: '거점2', nameEn: 'Hub 2', size: 1 },
      { index: 2, key: null, name: '거점 밖', nameEn: 'No hub', size: 1 },
    ]);
    expect(cells.map(({ row, column, links, possible, density }) => [row, column, links, possible, density])).toEqual([
      [0, 0, 1, 1, 1],
      [0, 1, 1, 2, 0.5],
      [0, 2, 0, 2, 0],
      [1, 1, 0, 0, null],
      [1, 2, 1, 1, 1],
      [2, 2, 0, 0, null],
    ]);
  });

  it('groups by kind with Korean and English names', () => {
    const snapshot = testSnapshot(
      [
        { id: 'A', kind: 'HOSPITAL' },
        { id: 'B', kind: 'COMPANY' },
        { id: 'C', kind: 'COMPANY' },
      ],
      ['A-B', 'B-C'],
    );
    const { groups, cells } = densityMatrix(snapshot, 'ORG_KIND');
    expect(groups.map((g) => [g.key, g.name, g.nameEn, g.size])).toEqual([
      ['COMPANY', '기업', 'Company', 2],
      ['HOSPITAL', '병원', 'Hospital', 1],
    ]);
    expect(cells.find((c) => c.row === 0 && c.column === 1)).toMatchObject({ links: 1, possible: 2, density: 0.5 });
  });
});

describe('collaborationMix', () => {
  it('divides the links between industry, academia, hospitals and government', () => {
    // C1, C2 companies; U university; R institute (academia); H hospital; G agency (government).
    // Links: C1-C2 (industry–industry), C1-U (industry–academia), C2-R (industry–academia), U-H (academia–hospital),
    // H-G (hospital–government): 5 links, 4 of them across groups.
    const snapshot = testSnapshot(
      [
        { id: 'C1' },
        { id: 'C2' },
        { id: 'U', kind: 'UNIVERSITY' },
        { id: 'R', kind: 'RESEARCH_INSTITUTE' },
        { id: 'H', kind: 'HOSPITAL' },
        { id: 'G', kind: 'PUBLIC_AGENCY' },
      ],
      ['C1-C2', 'C1-U', 'C2-R', 'U-H', 'H-G'],
    );
    const mix = collaborationMix(snapshot);
    expect(mix).toMatchObject({ links: 5, crossGroupLinks: 4, crossGroupShare: 0.8 });
    const pair = (a: string, b: string) => mix.pairs.find((p) => p.a === a && p.b === b);
    expect(pair('INDUSTRY', 'INDUSTRY')).toEqual({ a: 'INDUSTRY', b: 'INDUSTRY', links: 1, share: 0.2 });
    expect(pair('INDUSTRY', 'ACADEMIA')).toEqual({ a: 'INDUSTRY', b: 'ACADEMIA', links: 2, share: 0.4 });
    expect(pair('HOSPITAL', 'GOVERNMENT')?.links).toBe(1);
    expect(mix.pairs).toHaveLength(10);
    expect(mix.pairs.reduce((sum, p) => sum + p.share!, 0)).toBeCloseTo(1, 12);
    // Industry touches C1-C2, C1-U, C2-R: 3 of 5. Academia holds the university and the institute.
    expect(mix.groups.find((g) => g.group === 'INDUSTRY')).toEqual({
      group: 'INDUSTRY',
      kinds: ['COMPANY'],
      organizations: 2,
      links: 3,
      share: 0.6,
    });
    expect(mix.groups.find((g) => g.group === 'ACADEMIA')).toMatchObject({
      kinds: ['UNIVERSITY', 'RESEARCH_INSTITUTE'],
      organizations: 2,
      links: 3,
    });
  });
});

describe('findBrokers', () => {
  it('finds the organisation bridging two hubs and says why', () => {
    // Hub H1: A, B, X (a university); hub H2: C, D. X links to B and to C, D: the only bridge between the hubs.
    const snapshot = testSnapshot(
      [
        { id: 'A', hub: 'H1' },
        { id: 'B', hub: 'H1' },
        { id: 'X', hub: 'H1', kind: 'UNIVERSITY' },
        { id: 'C', hub: 'H2' },
        { id: 'D', hub: 'H2' },
      ],
      ['A-B', 'B-X', 'X-C', 'X-D', 'C-D'],
    );
    const between = centralityValues(snapshot.graph, 'BETWEENNESS', ANALYTICS_LIMITS);
    const [first, ...rest] = findBrokers(snapshot, between, 10);
    expect(first).toMatchObject({
      rank: 1,
      organizationId: 'X',
      crossHubLinks: 2,
      crossKindLinks: 3,
      hubsReached: ['H1', 'H2'],
      kindsReached: ['COMPANY', 'UNIVERSITY'],
    });
    expect(first!.reasons.map((r) => r.code)).toEqual(['HIGH_BETWEENNESS', 'BRIDGES_HUBS', 'BRIDGES_KINDS']);
    expect(first!.reasons[1]).toMatchObject({
      value: 2,
      textEn: '2 links to organisations of other hubs (Hub 2)',
      text: '다른 거점 기관과의 연결 2개 (거점2)',
    });
    // B lies between A and the rest but links only within H1 and with X (another kind): a broker of kinds, ranked
    // lower.
    expect(rest.map((b) => b.organizationId)).toEqual(['B']);
    expect(rest[0]!.reasons.map((r) => r.code)).toEqual(['BRIDGES_KINDS']);
  });
});

describe('communityProfiles', () => {
  it('describes each Louvain community: members, links in and out, dominant hub and kind', () => {
    const snapshot = testSnapshot(
      [
        { id: 'A', hub: 'H1' },
        { id: 'B', hub: 'H1' },
        { id: 'C', hub: 'H2', kind: 'HOSPITAL' },
        { id: 'D', hub: 'H2' },
        { id: 'E', hub: 'H2' },
        { id: 'F', hub: 'H2' },
        'Z',
      ],
      ['A-B', 'B-C', 'C-A', 'D-E', 'E-F', 'F-D', 'C-D'],
    );
    const partition = louvainCommunities(snapshot.graph, 'test');
    const profiles = communityProfiles(snapshot, partition, 2);
    expect(profiles.map((c) => c.memberIds)).toEqual([
      ['A', 'B', 'C'],
      ['D', 'E', 'F'],
    ]);
    expect(profiles[0]).toMatchObject({ id: 0, size: 3, internalLinks: 3, externalLinks: 1 });
    expect(profiles[0]!.dominantHub).toEqual({ key: 'H1', name: '거점1', nameEn: 'Hub 1', count: 2, share: 2 / 3 });
    expect(profiles[0]!.dominantKind).toMatchObject({ key: 'COMPANY', count: 2 });
    expect(profiles[1]!.dominantHub).toMatchObject({ key: 'H2', count: 3, share: 1 });
    expect(profiles[0]!.dominantSector).toBeNull();
    // Z is a community of one, shown only when asked for.
    expect(communityProfiles(snapshot, partition, 1).map((c) => c.size)).toEqual([3, 3, 1]);
  });

  it('is repeatable: the same network always splits the same way', () => {
    const links = Array.from({ length: 60 }, (_, i) => `N${i % 20}-N${(i * 7 + 3) % 20}`).filter(
      (pair) => pair.split('-')[0] !== pair.split('-')[1],
    );
    const first = louvainCommunities(testSnapshot([], links).graph, 'test');
    const second = louvainCommunities(testSnapshot([], links).graph, 'test');
    expect(second).toEqual(first);
  });
});
