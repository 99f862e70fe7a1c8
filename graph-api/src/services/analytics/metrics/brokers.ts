// Brokers: organisations that hold the network together across hubs and kinds — on many shortest paths
// (betweenness) and with links into other hubs, kinds or sectors — each with the reasons, in Korean and English.
import type { BrokerReason, OrgKind } from '../../../generated/resolvers-types.ts';
import type { BrokerRow } from '../analytics-rows.ts';
import type { NetworkSnapshot } from '../network-model.ts';
import type { CentralityValues } from './betweenness.ts';
import { KIND_NAMES } from './kind-names.ts';

/** Betweenness at or above that of the organisation at this share of the ranking (at least the first) is "high". */
const HIGH_BETWEENNESS_SHARE = 0.1;

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
const distinct = <T>(values: Iterable<T>): T[] => [...new Set(values)].sort();

/**
 * Candidates have betweenness above 0 and at least one link to another hub or kind (both ends located, for hubs).
 * Ranked by betweenness, then cross-group links, then id.
 */
export function findBrokers(snapshot: NetworkSnapshot, between: CentralityValues, top: number): BrokerRow[] {
  const { graph } = snapshot;
  const values = Object.values(between.values).sort((x, y) => y - x);
  // Competition ranking: equal values share a rank (1, 1, 3…), so ties are never split by the cut.
  const rankOf = (value: number): number => {
    let [low, high] = [0, values.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[middle]! > value) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  };
  const highThreshold = values[Math.max(1, Math.ceil(graph.order * HIGH_BETWEENNESS_SHARE)) - 1] ?? Infinity;
  const hubName = (id: string): [string, string] => {
    const hub = snapshot.hubs.get(id);
    return hub ? [hub.name, hub.nameEn] : [id, id];
  };
  const sectorName = (id: string): [string, string] => {
    const sector = snapshot.sectors.get(id);
    return sector ? [sector.name, sector.nameEn] : [id, id];
  };

  const candidates: Array<Omit<BrokerRow, 'rank'>> = [];
  graph.forEachNode((id, own) => {
    const value = between.values[id] ?? 0;
    if (value <= 0) return;
    let crossHubLinks = 0;
    let crossKindLinks = 0;
    let crossSectorLinks = 0;
    const otherHubs: string[] = [];
    const otherKinds: OrgKind[] = [];
    const otherSectors: string[] = [];
    const hubs: string[] = own.hub === null ? [] : [own.hub];
    const kinds: OrgKind[] = [own.kind];
    graph.forEachNeighbor(id, (_neighbor, other) => {
      if (other.hub !== null) hubs.push(other.hub);
      kinds.push(other.kind);
      if (own.hub !== null && other.hub !== null && other.hub !== own.hub) {
        crossHubLinks += 1;
        otherHubs.push(other.hub);
      }
      if (other.kind !== own.kind) {
        crossKindLinks += 1;
        otherKinds.push(other.kind);
      }
      if (own.sector !== null && other.sector !== null && other.sector !== own.sector) {
        crossSectorLinks += 1;
        otherSectors.push(other.sector);
      }
    });
    if (crossHubLinks === 0 && crossKindLinks === 0) return;
    const reasons: BrokerReason[] = [];
    if (value >= highThreshold) {
      const rank = rankOf(value);
      reasons.push({
        code: 'HIGH_BETWEENNESS',
        value,
        text: `매개 중심성 ${rank}위 (${value.toFixed(4)}): 다른 기관 쌍 사이 최단 경로의 약 ${percent(value)}가 이 기관을 지납니다`,
        textEn:
          `Betweenness rank ${rank} (${value.toFixed(4)}): lies on about ${percent(value)} of the shortest paths ` +
          `between other organisations`,
      });
    }
    if (crossHubLinks > 0) {
      const names = distinct(otherHubs).map(hubName);
      reasons.push({
        code: 'BRIDGES_HUBS',
        value: crossHubLinks,
        text: `다른 거점 기관과의 연결 ${crossHubLinks}개 (${names.map(([ko]) => ko).join(', ')})`,
        textEn: `${crossHubLinks} links to organisations of other hubs (${names.map(([, en]) => en).join(', ')})`,
      });
    }
    if (crossKindLinks > 0) {
      const names = distinct(otherKinds).map((kind) => KIND_NAMES[kind]);
      reasons.push({
        code: 'BRIDGES_KINDS',
        value: crossKindLinks,
        text: `다른 유형 기관과의 연결 ${crossKindLinks}개 (${names.map(([ko]) => ko).join(', ')})`,
        textEn: `${crossKindLinks} links to organisations of other kinds (${names.map(([, en]) => en).join(', ')})`,
      });
    }
    if (crossSectorLinks > 0) {
      const names = distinct(otherSectors).map(sectorName);
      reasons.push({
        code: 'BRIDGES_SECTORS',
        value: crossSectorLinks,
        text: `다른 분야 기관과의 연결 ${crossSectorLinks}개 (${names.map(([ko]) => ko).join(', ')})`,
        textEn: `${crossSectorLinks} links to organisations of other sectors (${names.map(([, en]) => en).join(', ')})`,
      });
    }
    candidates.push({
      organizationId: id,
      betweenness: value,
      degree: graph.degree(id),
      crossHubLinks,
      crossKindLinks,
      crossSectorLinks,
      hubsReached: distinct(hubs),
      kindsReached: distinct(kinds),
      reasons,
    });
  });
  return candidates
    .sort(
      (a, b) =>
        b.betweenness - a.betweenness ||
        b.crossHubLinks + b.crossKindLinks - (a.crossHubLinks + a.crossKindLinks) ||
        (a.organizationId < b.organizationId ? -1 : 1),
    )
    .slice(0, top)
    .map((broker, index) => ({ rank: index + 1, ...broker }));
}
