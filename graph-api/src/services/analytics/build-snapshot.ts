// Builds the network of a scope as of a date from a projection: one undirected edge per pair of organisations.
import { UndirectedGraph } from 'graphology';
import type { LinkKind } from '../../generated/resolvers-types.ts';
import { isRunning } from '../as-of.ts';
import type { AnalyticsScope, NetworkSnapshot, OrgAttributes, PairAttributes, Projection } from './network-model.ts';

const byName = (x: LinkKind, y: LinkKind): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The positions of the given links ordered by pair (then by position): sorting one packed number per link is
 * cheaper than a map from pair to links on a large network. Falls back to a comparator when pair ×
 * position would not fit a double exactly.
 */
function orderByPair(pairKeys: Float64Array, positions: Int32Array): Int32Array {
  const count = positions.length;
  const size = pairKeys.length;
  const largest = pairKeys.reduce((max, key) => Math.max(max, key), 0);
  if ((largest + 1) * size < Number.MAX_SAFE_INTEGER) {
    const packed = new Float64Array(count);
    for (let i = 0; i < count; i += 1) packed[i] = pairKeys[positions[i]!]! * size + positions[i]!;
    packed.sort();
    return Int32Array.from(packed, (value) => value % size);
  }
  return positions.slice().sort((x, y) => pairKeys[x]! - pairKeys[y]! || x - y);
}

/**
 * The organisations of a snapshot: as of a date, those founded by that year (or of unknown founding year) and
 * every organisation a running link touches (a link proves its ends existed); with no date, all of the scope.
 * Links: those running on the date, merged per pair (kinds listed, weights summed, earliest since kept).
 * Nodes and edges are added in a fixed order (ids, then pairs), so seeded algorithms give the same answer every run.
 */
export function buildSnapshot(projection: Projection, scope: AnalyticsScope, asOf: string | null): NetworkSnapshot {
  const withDetails = projection.detail === 'DETAILS';
  if (asOf !== projection.asOf && !withDetails) {
    throw new Error(
      `analytics/build-snapshot: a projection read for ${projection.asOf ?? 'all dates'} without dates cannot ` +
        `give ${asOf ?? 'all dates'}`,
    );
  }
  const { organizations, links } = projection;
  const n = organizations.length;
  const included = new Uint8Array(n);
  const year = asOf === null ? null : Number(asOf.slice(0, 4));
  organizations.forEach((organization, index) => {
    if (year === null || organization.founded === null || organization.founded <= year) included[index] = 1;
  });

  const pairKeys = new Float64Array(links.count);
  const running: number[] = [];
  for (let i = 0; i < links.count; i += 1) {
    const [a, b] = [links.from[i]!, links.to[i]!];
    if (a === b || (withDetails && !isRunning(links.since[i]!, links.until[i]!, asOf))) continue;
    const [low, high] = a < b ? [a, b] : [b, a];
    pairKeys[i] = low * n + high;
    included[low] = 1;
    included[high] = 1;
    running.push(i);
  }

  const graph = new UndirectedGraph<OrgAttributes, PairAttributes>();
  organizations.forEach((organization, index) => {
    if (included[index] === 0) return;
    graph.addNode(organization.id, {
      label: organization.name,
      labelEn: organization.nameEn,
      kind: organization.kind,
      hub: organization.hub,
      sector: organization.sector,
      founded: organization.founded,
    });
  });
  const order = orderByPair(pairKeys, Int32Array.from(running));
  for (let start = 0; start < order.length;) {
    const key = pairKeys[order[start]!]!;
    const pair: PairAttributes = { kinds: [], weight: 0, since: null, links: 0 };
    let end = start;
    for (; end < order.length && pairKeys[order[end]!] === key; end += 1) {
      const link = order[end]!;
      pair.weight += links.weight[link]!;
      pair.links += 1;
      if (withDetails) {
        if (!pair.kinds.includes(links.kind[link]!)) pair.kinds.push(links.kind[link]!);
        const since = links.since[link]!;
        if (since !== null && (pair.since === null || since < pair.since)) pair.since = since;
      }
    }
    if (pair.kinds.length > 1) pair.kinds.sort(byName);
    const [low, high] = [organizations[Math.floor(key / n)]!.id, organizations[key % n]!.id];
    // A stable key (ids never hold "~"): exports name each pair the same way every time.
    graph.addEdgeWithKey(`${low}~${high}`, low, high, pair);
    start = end;
  }
  return { scope, asOf, graph, detail: projection.detail, hubs: projection.hubs, sectors: projection.sectors };
}
