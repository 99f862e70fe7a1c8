// The organisations best placed to introduce two others: those on the shortest chains between them (common partners
// when they are already linked), scored by the chains' length and the share of them passing through each, with the
// chains.
import { josa } from 'es-hangul';
import { hopSearch, shortestPaths, toIntroductionPath, type IntroductionPath } from './hop-search.ts';
import type { MatchingGraph } from './matching-graph.ts';
import { MATCHING_CONFIG, type MatchingConfig } from './scoring-weights.ts';

export interface RankedIntroducer {
  organizationId: string;
  /** 0..1: config.introducerByHops of the chain's length × (0.5 + 0.5 × its share of the chains through the best). */
  score: number;
  text: string;
  textEn: string;
  /** Chains from `from` to `to` through it (at most config.introductionPaths), links running at the graph's date. */
  paths: IntroductionPath[];
}

/** [] when either organisation does not exist at the graph's date or nobody lies within reach. */
export function findIntroducers(
  graph: MatchingGraph,
  fromId: string,
  toId: string,
  first: number,
  config: MatchingConfig = MATCHING_CONFIG,
): RankedIntroducer[] {
  const from = graph.indexOf.get(fromId);
  const to = graph.indexOf.get(toId);
  if (from === undefined || to === undefined || from === to) return [];
  const reach = config.maxIntroducerHops;
  const fromSearch = hopSearch(graph, from, reach - 1);
  const toSearch = hopSearch(graph, to, reach - 1);

  // The chains worth proposing are the shortest ones (their length L, at least 2 when the two are already linked):
  // an organisation lies on one when its distances from both ends add up to L, and then every chain through it
  // joining a shortest one from each end is simple. Its share: the chains through it, against the most through any.
  const direct = fromSearch.distance[to]!;
  const length = Math.max(2, direct < 0 ? reach + 1 : direct);
  const found: Array<{ z: number; chains: number }> = [];
  for (const z of fromSearch.reached) {
    const [a, b] = [fromSearch.distance[z]!, toSearch.distance[z]!];
    if (z !== from && z !== to && b >= 1 && a + b === length)
      found.push({ z, chains: fromSearch.paths[z]! * toSearch.paths[z]! });
  }
  const most = found.reduce((max, f) => Math.max(max, f.chains), 1);
  const value = config.introducerByHops[length] ?? 0;
  const scored = found
    .map((f) => ({ ...f, hops: length, score: value * (0.5 + (0.5 * f.chains) / most) }))
    .filter((f) => f.score > 0)
    .sort((x, y) => y.score - x.score || (graph.organizations[x.z]!.id < graph.organizations[y.z]!.id ? -1 : 1));

  const [a, b] = [graph.organizations[from]!, graph.organizations[to]!];
  const chainsThrough = (z: number): IntroductionPath[] => {
    const head = shortestPaths(graph, fromSearch, z, config.introductionPaths);
    const tail = shortestPaths(graph, toSearch, z, config.introductionPaths).map((p) => p.reverse().slice(1));
    // Simple by construction (see above); kept as a guard: a chain visiting an organisation twice is no introduction.
    return head
      .flatMap((h) => tail.map((t) => [...h, ...t]))
      .filter((p) => new Set(p).size === p.length)
      .slice(0, config.introductionPaths)
      .map((p) => toIntroductionPath(graph, p));
  };
  const introducers: RankedIntroducer[] = [];
  for (const { z, hops, score } of scored) {
    if (introducers.length >= first) break;
    const paths = chainsThrough(z);
    if (paths.length === 0) continue;
    const org = graph.organizations[z]!;
    const common = hops === 2;
    introducers.push({
      organizationId: org.id,
      score,
      text: common
        ? `${josa(org.name, '은/는')} ${josa(a.name, '와/과')} ${b.name} 모두와 협력하고 있습니다.`
        : `${a.name}에서 ${josa(org.name, '을/를')} 거쳐 ${b.name}까지 ${hops}단계로 이어집니다.`,
      textEn: common
        ? `${org.nameEn} works with both ${a.nameEn} and ${b.nameEn}.`
        : `${org.nameEn} links ${a.nameEn} to ${b.nameEn} in ${hops} steps.`,
      paths,
    });
  }
  return introducers;
}
