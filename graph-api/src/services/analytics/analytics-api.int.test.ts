// The analytics fields through the API on a hand-built network with a history (timeline-fixture.ts), imported as
// CSV through the data import: asOf, trend, density matrix, 산학연병 mix, brokers, what-if, errors, and the cache
// (one projection read, then none until a write — from a mutation or from an import by another connection).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.ts';
import { openTestDatabase } from '@siheung/core/test-support';
import {
  COLLABORATIONS_HEADER,
  csv,
  deleteTestData,
  importCsvFiles,
  ORGANIZATIONS_HEADER,
} from '../../../test/import-test-files.ts';
import { timelineFiles } from '../../../test/fixtures/timeline-fixture.ts';
import { PROJECTION_PARTS } from './read-projection.ts';

const P = 'T-AN-TL-';
const id = (name: string): string => `${P}${name}`;
// The timeline's own hubs select it from everything else in the database (AGY, without a hub, stays outside).
const OWN = { hubs: [id('HA'), id('HB')] };

type Stats = Record<string, number | boolean | null>;

describe('network analytics through the API', () => {
  const queries: string[] = [];
  const api = createTestApp({ db: openTestDatabase((name) => queries.push(name)) });
  const other = openTestDatabase();
  const stats = async (variables: Record<string, unknown>): Promise<Stats> => {
    const response = await api.graphql<{ networkStats: Stats }>(
      `query ($scope: AnalyticsScope, $asOf: String) { networkStats(scope: $scope, asOf: $asOf) { organizations
        links density components isolates averageDegree } }`,
      variables,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.networkStats;
  };
  const errorOf = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await api.graphql(query, variables);
    return response.errors?.[0]?.extensions;
  };

  beforeAll(async () => {
    await deleteTestData(api.db, P);
    await importCsvFiles(api.db, timelineFiles(P), 'test:analytics-api');
  });
  afterAll(async () => {
    await deleteTestData(api.db, P);
    await other.close();
    await api.close();
  });

  it('asOf: a link that began after the date, or ended before it, does not count', async () => {
    // L3 (CO1-CO2) ran from 2019-01-15 to 2021-06-30. Hub scope: UNI, HOS, CO1, CO2, CO3 (AGY has no hub).
    // 2019-01-14: UNI-CO1, HOS-UNI; CO3 (founded 2021) not yet there → 4 organisations, 2 links.
    expect(await stats({ scope: OWN, asOf: '2019-01-14' })).toMatchObject({ organizations: 4, links: 2 });
    // 2019-01-15: L3 has begun → 3 links.
    expect(await stats({ scope: OWN, asOf: '2019-01-15' })).toMatchObject({ organizations: 4, links: 3 });
    // 2021-06-30 is L3's last day: + UNI-CO2 (2020) → 4 links; 2021-07-01: L3 has ended → 3. CO3 founded 2021: 5
    // organisations.
    expect(await stats({ scope: OWN, asOf: '2021-06-30' })).toMatchObject({ organizations: 5, links: 4 });
    const after = await stats({ scope: OWN, asOf: '2021-07-01' });
    expect(after).toMatchObject({ organizations: 5, links: 3, components: 2, isolates: 1 });
    expect(after.density).toBeCloseTo(3 / 10, 12);
    // No date: every link recorded; UNI-CO1's two links are one pair. 5 organisations, pairs UNI-CO1, HOS-UNI, CO1-CO2,
    // UNI-CO2, CO2-CO3.
    expect(await stats({ scope: OWN })).toMatchObject({ organizations: 5, links: 5, components: 1 });
  });

  it('networkTrend: each year’s network and the changes between years', async () => {
    const response = await api.graphql<{
      networkTrend: { step: string; periods: Array<{ label: string; asOf: string; stats: Stats; change: Stats }> };
    }>(
      `query ($scope: AnalyticsScope) {
        networkTrend(from: "2020-01-01", to: "2023-06-30", step: YEAR, scope: $scope) {
        step periods { label asOf stats { organizations links density } change { newLinks endedLinks
          newOrganizations linksDelta densityDelta } } } }`,
      { scope: OWN },
    );
    expect(response.errors).toBeUndefined();
    const { step, periods } = response.data!.networkTrend;
    expect(step).toBe('YEAR');
    // End of 2019: UNI, HOS, CO1, CO2; pairs UNI-CO1, HOS-UNI, CO1-CO2 (3 of 6).
    // 2020: + UNI-CO2 → 4 pairs. 2021: CO1-CO2 ended, CO3 founded → 3 pairs of 5 organisations.
    // 2022: AGY-CO3 is outside the hub scope → no change. 2023 (to 06-30): + CO2-CO3 → 4 pairs.
    expect(periods.map((p) => [p.label, p.asOf, p.stats.organizations, p.stats.links])).toEqual([
      ['2020', '2020-12-31', 4, 4],
      ['2021', '2021-12-31', 5, 3],
      ['2022', '2022-12-31', 5, 3],
      ['2023', '2023-06-30', 5, 4],
    ]);
    expect(
      periods.map((p) => [p.change.newLinks, p.change.endedLinks, p.change.newOrganizations, p.change.linksDelta]),
    ).toEqual([
      [1, 0, 0, 1],
      [0, 1, 1, -1],
      [0, 0, 0, 0],
      [1, 0, 0, 1],
    ]);
    expect(periods[0]!.change.densityDelta).toBeCloseTo(4 / 6 - 3 / 6, 12);
    expect(periods[1]!.change.densityDelta).toBeCloseTo(3 / 10 - 4 / 6, 12);
  });

  it('densityMatrix by hub: links and density within and between the hubs', async () => {
    // Hub scope, every link: HA {UNI, HOS, CO1}, HB {CO2, CO3}. UNI-CO1 (twice: one pair), HOS-UNI: HA–HA 2 of 3;
    // CO1-CO2, UNI-CO2: HA–HB 2 of 3·2 = 6; CO2-CO3: HB–HB 1 of 1. (The group of organisations without a hub is
    // tested in metrics/group-metrics.test.ts.)
    const response = await api.graphql<{
      densityMatrix: {
        by: string;
        groups: Array<{ key: string | null; nameEn: string; size: number }>;
        cells: Array<{
          row: number;
          column: number;
          rowKey: string;
          links: number;
          possible: number;
          density: number | null;
        }>;
      };
    }>(
      `query ($scope: AnalyticsScope) { densityMatrix(by: HUB, scope: $scope) { by groups { key nameEn size }
        cells { row column rowKey links possible density } } }`,
      { scope: OWN },
    );
    expect(response.errors).toBeUndefined();
    const { by, groups, cells } = response.data!.densityMatrix;
    expect(by).toBe('HUB');
    expect(groups).toEqual([
      { key: `${P}HA`, nameEn: 'Hub A', size: 3 },
      { key: `${P}HB`, nameEn: 'Hub B', size: 2 },
    ]);
    expect(cells.map((c) => [c.row, c.column, c.links, c.possible])).toEqual([
      [0, 0, 2, 3],
      [0, 1, 2, 6],
      [1, 1, 1, 1],
    ]);
    expect(cells[0]!.rowKey).toBe(`${P}HA`);
    expect(cells[0]!.density).toBeCloseTo(2 / 3, 12);
    expect(cells[1]!.density).toBeCloseTo(1 / 3, 12);
  });

  it('collaborationMix: industry, academia, hospitals and government shares', async () => {
    // Hub scope, every link: UNI-CO1 (industry–academia), HOS-UNI (academia–hospital), CO1-CO2, CO2-CO3
    // (industry–industry), UNI-CO2 (industry–academia): 5 links, 3 across groups.
    const response = await api.graphql<{
      collaborationMix: {
        links: number;
        crossGroupShare: number;
        pairs: Array<{ a: string; b: string; links: number; share: number }>;
        groups: Array<{ group: string; organizations: number; links: number }>;
      };
    }>(
      `query ($scope: AnalyticsScope) { collaborationMix(scope: $scope) { links crossGroupShare pairs { a b
        links share } groups { group organizations links } } }`,
      { scope: OWN },
    );
    expect(response.errors).toBeUndefined();
    const mix = response.data!.collaborationMix;
    expect(mix.links).toBe(5);
    expect(mix.crossGroupShare).toBeCloseTo(3 / 5, 12);
    expect(mix.pairs.filter((p) => p.links > 0).map((p) => [p.a, p.b, p.links])).toEqual([
      ['INDUSTRY', 'INDUSTRY', 2],
      ['INDUSTRY', 'ACADEMIA', 2],
      ['ACADEMIA', 'HOSPITAL', 1],
    ]);
    expect(mix.groups.map((g) => [g.group, g.organizations, g.links])).toEqual([
      ['INDUSTRY', 3, 4],
      ['ACADEMIA', 1, 3],
      ['HOSPITAL', 1, 1],
      ['GOVERNMENT', 0, 0],
    ]);
  });

  it('brokers: the organisations bridging hubs and kinds, with reasons in Korean and English', async () => {
    // Hub scope, every link: HOS-UNI, UNI-CO1, UNI-CO2, CO1-CO2, CO2-CO3. Betweenness (pairs through, × 2/(4·3)):
    // UNI: HOS–CO1, HOS–CO2, HOS–CO3 → 3 · 1/6 = 0.5; CO2: HOS–CO3, UNI–CO3, CO1–CO3 → 0.5; others 0.
    // UNI links to CO2 in the other hub and to two other kinds; CO2 to UNI and CO1 in the other hub.
    const response = await api.graphql<{
      brokers: {
        exact: boolean;
        brokers: Array<{
          rank: number;
          betweenness: number;
          crossHubLinks: number;
          crossKindLinks: number;
          organization: { id: string; name: string };
          reasons: Array<{ code: string; textEn: string }>;
        }>;
      };
    }>(
      `query ($scope: AnalyticsScope) { brokers(scope: $scope) { exact brokers { rank betweenness crossHubLinks
        crossKindLinks organization { id name } reasons { code textEn } } } }`,
      { scope: OWN },
    );
    expect(response.errors).toBeUndefined();
    const { exact, brokers } = response.data!.brokers;
    expect(exact).toBe(true);
    // Equal betweenness: more cross-group links first (UNI 1 + 3, CO2 2 + 1).
    expect(brokers.map((b) => [b.organization.id, b.crossHubLinks, b.crossKindLinks])).toEqual([
      [id('UNI'), 1, 3],
      [id('CO2'), 2, 1],
    ]);
    expect(brokers[0]!.betweenness).toBeCloseTo(0.5, 12);
    expect(brokers[0]!.organization.name).toBe('기관 UNI');
    expect(brokers[0]!.reasons.map((r) => r.code)).toEqual(['HIGH_BETWEENNESS', 'BRIDGES_HUBS', 'BRIDGES_KINDS']);
    expect(brokers[1]!.reasons.find((r) => r.code === 'BRIDGES_HUBS')!.textEn).toBe(
      '2 links to organisations of other hubs (Hub A)',
    );
  });

  it('whatIf: the statistics as if a link existed, with the differences', async () => {
    // As of 2021-12-31 in the hub scope: CO3 is alone (5 organisations, 3 links, 2 components). Linking CO3-HOS
    // joins it: 1 component, no isolate, 4 links; CO1-UNI is already linked.
    const response = await api.graphql<{
      whatIf: { links: Array<Record<string, unknown>>; before: Stats; after: Stats; delta: Stats };
    }>(
      `query ($scope: AnalyticsScope, $links: [ProposedLink!]!) {
        whatIf(links: $links, scope: $scope, asOf: "2021-12-31") {
        links { from to alreadyLinked joinsComponents } before { links components isolates } after {
          links components isolates } delta { links components isolates density } } }`,
      {
        scope: OWN,
        links: [
          { from: id('CO3'), to: id('HOS') },
          { from: id('CO1'), to: id('UNI') },
        ],
      },
    );
    expect(response.errors).toBeUndefined();
    const result = response.data!.whatIf;
    expect(result.links).toEqual([
      { from: id('CO3'), to: id('HOS'), alreadyLinked: false, joinsComponents: true },
      { from: id('CO1'), to: id('UNI'), alreadyLinked: true, joinsComponents: false },
    ]);
    expect(result.before).toEqual({ links: 3, components: 2, isolates: 1 });
    expect(result.after).toEqual({ links: 4, components: 1, isolates: 0 });
    expect(result.delta).toMatchObject({ links: 1, components: -1, isolates: -1 });
    expect(result.delta.density).toBeCloseTo(1 / 10, 12);
  });

  it('refuses bad arguments with typed errors naming them, and changes nothing', async () => {
    const statsQuery =
      'query ($scope: AnalyticsScope, $asOf: String) { networkStats(scope: $scope, asOf: $asOf) { links } }';
    expect(await errorOf(statsQuery, { asOf: '2021-13-01' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'asOf',
    });
    expect(await errorOf(statsQuery, { scope: { hubs: [] } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'scope.hubs',
    });
    expect(await errorOf(statsQuery, { scope: { hubs: ['T-AN-TL-NO-SUCH-HUB'] } })).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'scope.hubs',
    });
    expect(await errorOf(statsQuery, { scope: { sectors: ['CAP-BIOREACTOR'] } })).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'scope.sectors',
    });
    expect(await errorOf('{ centrality(metric: DEGREE, top: 0) { exact } }')).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'top',
    });
    expect(await errorOf('{ centrality(metric: FAME) { exact } }')).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await errorOf('{ networkTrend(from: "2024-01-01", to: "2023-01-01") { step } }')).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'to',
    });
    expect(
      await errorOf('{ networkTrend(from: "1990-01-01", to: "2024-12-31", step: QUARTER) { step } }'),
    ).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'to' });
    const whatIf = `query ($links: [ProposedLink!]!, $scope: AnalyticsScope) {
      whatIf(links: $links, scope: $scope) { delta { links } } }`;
    expect(await errorOf(whatIf, { links: [] })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'links' });
    expect(await errorOf(whatIf, { links: [{ from: id('UNI'), to: id('UNI') }] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'links[0].to',
    });
    expect(await errorOf(whatIf, { links: [{ from: id('UNI'), to: id('NOBODY') }] })).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'links[0].to',
    });
    // AGY exists but has no hub: outside a hub scope.
    expect(await errorOf(whatIf, { links: [{ from: id('AGY'), to: id('UNI') }], scope: OWN })).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'links[0].from',
    });
    expect(await stats({ scope: OWN })).toMatchObject({ organizations: 5, links: 5 });
  });

  it('answers the same for organisations written without a seq (by hand), read by elementId instead', async () => {
    // Two computations per request at most: the questions in pairs.
    const queries = [
      `query ($scope: AnalyticsScope, $asOf: String) {
        networkStats(scope: $scope, asOf: $asOf) { organizations links density components isolates
          averageClustering transitivity averageShortestPath diameter modularity communities }
        centrality(metric: DEGREE, scope: $scope, asOf: $asOf, top: 10) { entries { organization { id } value } }
      }`,
      `query ($scope: AnalyticsScope, $asOf: String) {
        densityMatrix(by: HUB, scope: $scope, asOf: $asOf) { cells { links density } }
        networkTrend(from: "2016-01-01", to: "2023-12-31", scope: $scope) { periods { asOf stats {
          organizations links } change { newLinks endedLinks } } }
      }`,
    ];
    const answers = async () =>
      Promise.all(
        [{ scope: OWN }, { scope: OWN, asOf: '2020-01-01' }].map(async (variables) => {
          const parts = [];
          for (const query of queries) {
            const response = await api.graphql(query, variables);
            expect(response.errors).toBeUndefined();
            parts.push(response.data);
          }
          return Object.assign({}, ...parts) as Record<string, unknown>;
        }),
      );
    await api.db.write('data-version-bump');
    const withSeq = await answers();
    expect(withSeq[0]).toMatchObject({ networkStats: { organizations: 5, links: 5 } });
    // The companies lose their key: their links are named by elementId(), the others' by seq, in one projection.
    const [dropped] = await api.db.write('analytics-test-drop-seq', { prefix: id('CO') });
    expect(dropped?.changed).toBe(3);
    await api.db.write('data-version-bump');
    expect(await answers()).toEqual(withSeq);
  });

  it('reads the projection once, answers again from the cache, recomputes after a mutation or an import', async () => {
    // One projection read is PROJECTION_PARTS queries run at once.
    const projections = () => queries.filter((name) => name === 'analytics-projection').length / PROJECTION_PARTS;
    await api.db.write('data-version-bump');
    const first = await stats({ scope: OWN });
    const afterFirst = projections();
    const queriesBefore = queries.length;
    expect(await stats({ scope: OWN })).toEqual(first);
    // The cached answer costs the data-version read and the scope's id check, and no projection.
    expect(queries.slice(queriesBefore)).toEqual(['graph-unknown-ids', 'analytics-data-version']);
    expect(projections()).toBe(afterFirst);

    // A mutation (through defineMutation, by staff from another app) raises the data version in its own transaction.
    const staff = createTestApp({ role: 'staff' });
    const added = await staff.graphql(
      'mutation ($input: CollaborationInput!) { addCollaboration(input: $input) { id } }',
      {
        input: {
          id: id('L8'),
          from: id('HOS'),
          to: id('CO3'),
          kind: 'CLINICAL_TRIAL',
          since: '2024-01-10',
          source: 'test:analytics-api',
        },
      },
    );
    await staff.close();
    expect(added.errors).toBeUndefined();
    expect(await stats({ scope: OWN })).toMatchObject({ links: 6 });
    expect(projections()).toBe(afterFirst + 1);

    // An import through another connection (as `pnpm data import` from another process) is seen too.
    await importCsvFiles(
      other,
      {
        'organizations.csv': csv(ORGANIZATIONS_HEADER, [
          `${id('CO4')},기관 CO4,Organisation CO4,,COMPANY,${id('HB')},,2024,,ACTIVE,,,,test,true`,
        ]),
        'collaborations.csv': csv(COLLABORATIONS_HEADER, [
          `${id('L9')},${id('CO4')},${id('CO2')},SUPPLY,2024-05-01,,,,test,true`,
        ]),
      },
      'test:analytics-api',
    );
    expect(await stats({ scope: OWN })).toMatchObject({ organizations: 6, links: 7 });

    // Data deleted outside the product (no version bump) still changes the count-store fingerprint.
    await deleteTestData(other, id('CO4'));
    expect(await stats({ scope: OWN })).toMatchObject({ organizations: 5, links: 6 });
  });
});
