// Zachary's karate club (W. W. Zachary, J. Anthropol. Res. 33:452–473, 1977; 34 members, 78 ties), imported as
// CSV through the data import, against the values the literature and networkx 3 (the reference implementation)
// give for it. The fixture (test/fixtures/karate) is the standard 78-edge list with members numbered 1–34.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.ts';
import { deleteTestData, importFolder } from '../../../test/import-test-files.ts';

const FIXTURE = fileURLToPath(new URL('../../../test/fixtures/karate', import.meta.url));
const SCOPE = { hubs: ['T-AN-HUB-KARATE'] };
const member = (n: number): string => `T-AN-KARATE-${String(n).padStart(2, '0')}`;

interface Ranking {
  exact: boolean;
  weighted: boolean;
  entries: Array<{ rank: number; value: number; degree: number; organization: { id: string } }>;
}

describe('network analytics on Zachary’s karate club', () => {
  const api = createTestApp();
  const ranking = async (metric: string, top = 34): Promise<Ranking> => {
    const response = await api.graphql<{ centrality: Ranking }>(
      `query ($metric: CentralityMetric!, $scope: AnalyticsScope, $top: Int) { centrality(metric: $metric,
        scope: $scope, top: $top) { exact weighted entries { rank value degree organization { id } } } }`,
      { metric, scope: SCOPE, top },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.centrality;
  };
  const valueOf = (result: Ranking, n: number): number =>
    result.entries.find((entry) => entry.organization.id === member(n))!.value;

  beforeAll(async () => {
    await deleteTestData(api.db, 'T-AN-KARATE-');
    await importFolder(api.db, FIXTURE, 'test:analytics-karate');
  });
  afterAll(async () => {
    await deleteTestData(api.db, 'T-AN-KARATE-');
    await deleteTestData(api.db, 'T-AN-HUB-KARATE');
    await api.close();
  });

  it('networkStats: 34 members, 78 ties, density, clustering, transitivity, mean path and diameter', async () => {
    const response = await api.graphql<{ networkStats: Record<string, number | boolean> }>(
      `query ($scope: AnalyticsScope) { networkStats(scope: $scope) { organizations links density averageDegree
        components largestComponentShare isolates averageClustering transitivity averageShortestPath diameter
        pathsExact modularity communities } }`,
      { scope: SCOPE },
    );
    expect(response.errors).toBeUndefined();
    const stats = response.data!.networkStats;
    expect(stats).toMatchObject({
      organizations: 34,
      links: 78,
      components: 1,
      largestComponentShare: 1,
      isolates: 0,
      diameter: 5,
      pathsExact: true,
    });
    expect(stats.density).toBeCloseTo(0.139, 4);
    expect(stats.averageDegree).toBeCloseTo(156 / 34, 10);
    expect(stats.averageClustering).toBeCloseTo(0.5706, 4);
    expect(stats.transitivity).toBeCloseTo(0.2557, 4);
    expect(stats.averageShortestPath).toBeCloseTo(2.4082, 4);
    // Louvain: the best known modularity of the karate club is 0.4198; a seeded run must reach at least 0.40.
    expect(stats.modularity as number).toBeGreaterThanOrEqual(0.4);
    expect(stats.modularity as number).toBeLessThanOrEqual(0.4198 + 1e-4);
  });

  it('degree: member 34 has 17 ties, member 1 has 16, and the whole degree sequence is Zachary’s', async () => {
    const degree = await ranking('DEGREE');
    expect(degree.entries.slice(0, 3).map((e) => [e.organization.id, e.degree])).toEqual([
      [member(34), 17],
      [member(1), 16],
      [member(33), 12],
    ]);
    expect(degree.entries[0]!.value).toBeCloseTo(17 / 33, 10);
    const published = [
      16, 9, 10, 6, 3, 4, 4, 4, 5, 2, 3, 1, 2, 5, 2, 2, 2, 2, 2, 3, 2, 2, 2, 5, 3, 3, 2, 4, 3, 4, 4, 6, 12, 17,
    ];
    const byMember = Object.fromEntries(degree.entries.map((e) => [e.organization.id, e.degree]));
    expect(published.map((_, i) => byMember[member(i + 1)])).toEqual(published);
  });

  it('betweenness: member 1 first (0.4376), then 34 (0.3041), exact', async () => {
    const betweenness = await ranking('BETWEENNESS', 5);
    expect(betweenness).toMatchObject({ exact: true, weighted: false });
    expect(betweenness.entries.map((e) => e.organization.id)).toEqual([
      member(1),
      member(34),
      member(33),
      member(3),
      member(32),
    ]);
    expect(betweenness.entries[0]!.value).toBeCloseTo(0.4376, 4);
    expect(betweenness.entries[1]!.value).toBeCloseTo(0.3041, 4);
    expect(betweenness.entries[2]!.value).toBeCloseTo(0.1452, 4);
  });

  it('closeness, eigenvector and PageRank of members 1, 3 and 34 as networkx gives them', async () => {
    const closeness = await ranking('CLOSENESS');
    expect(closeness.entries.slice(0, 3).map((e) => e.organization.id)).toEqual([member(1), member(3), member(34)]);
    expect(valueOf(closeness, 1)).toBeCloseTo(0.569, 4);
    expect(valueOf(closeness, 3)).toBeCloseTo(0.5593, 4);
    expect(valueOf(closeness, 34)).toBeCloseTo(0.55, 4);
    const eigenvector = await ranking('EIGENVECTOR');
    expect(eigenvector.weighted).toBe(true);
    expect(valueOf(eigenvector, 34)).toBeCloseTo(0.3734, 3);
    expect(valueOf(eigenvector, 1)).toBeCloseTo(0.3555, 3);
    const pagerank = await ranking('PAGERANK');
    expect(pagerank.entries.slice(0, 3).map((e) => e.organization.id)).toEqual([member(34), member(1), member(33)]);
    expect(valueOf(pagerank, 34)).toBeCloseTo(0.1009, 4);
    expect(valueOf(pagerank, 1)).toBeCloseTo(0.097, 4);
  });

  it('communities: the instructor (1) and the administrator (34) lead different ones, every time', async () => {
    const query = `query ($scope: AnalyticsScope) { communities(scope: $scope) { modularity count communities { id size
      memberIds } } }`;
    const first = await api.graphql<{
      communities: {
        modularity: number;
        count: number;
        communities: Array<{ id: number; size: number; memberIds: string[] }>;
      };
    }>(query, { scope: SCOPE });
    expect(first.errors).toBeUndefined();
    const { communities, modularity, count } = first.data!.communities;
    expect(modularity).toBeGreaterThanOrEqual(0.4);
    expect(count).toBeGreaterThanOrEqual(2);
    expect(communities.reduce((sum, c) => sum + c.size, 0)).toBe(34);
    const communityOf = (id: string) => communities.find((c) => c.memberIds.includes(id))!.id;
    expect(communityOf(member(1))).not.toBe(communityOf(member(34)));
    // A write moves the data version on: the answer is computed afresh, and is the same.
    await api.db.write('data-version-bump');
    expect((await api.graphql(query, { scope: SCOPE })).data).toEqual(first.data);
  });
});
