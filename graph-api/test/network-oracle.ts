// Test oracle for the network queries: the whole network read straight from Neo4j (graph-test-network), and
// breadth-first search and path enumeration over it in TypeScript, to compare with the API's answers.
import type { Database } from '@siheung/core/db';

export interface OracleOrganization {
  id: string;
  kind: string;
  hubId: string | null;
  sector: string | null;
}

export interface OracleLink {
  id: string;
  from: string;
  to: string;
  kind: string;
  since: string;
  until: string | null;
}

export interface OracleNetwork {
  organizations: Map<string, OracleOrganization>;
  links: OracleLink[];
}

export interface OracleFilter {
  linkKinds?: string[];
  orgKinds?: string[];
  hubs?: string[];
  sectors?: string[];
  asOf?: string;
}

export type Adjacency = Map<string, Set<string>>;

export async function readNetwork(db: Database): Promise<OracleNetwork> {
  const [row] = await db.read('graph-test-network');
  const organizations = (row?.organizations ?? []) as OracleOrganization[];
  return { organizations: new Map(organizations.map((o) => [o.id, o])), links: (row?.links ?? []) as OracleLink[] };
}

/** Whether a link counts under the filter's link kinds and date (YYYY-MM-DD strings compare as dates). */
export function linkPasses(link: Pick<OracleLink, 'kind' | 'since' | 'until'>, filter: OracleFilter): boolean {
  if (filter.linkKinds && !filter.linkKinds.includes(link.kind)) return false;
  if (filter.asOf && (link.since > filter.asOf || (link.until !== null && link.until < filter.asOf))) return false;
  return true;
}

export function organizationPasses(o: OracleOrganization, filter: OracleFilter): boolean {
  return (
    (!filter.orgKinds || filter.orgKinds.includes(o.kind)) &&
    (!filter.hubs || (o.hubId !== null && filter.hubs.includes(o.hubId))) &&
    (!filter.sectors || (o.sector !== null && filter.sectors.includes(o.sector)))
  );
}

/** The filtered network as adjacency sets; `keep` organisations stay whatever the organisation filter says. */
export function adjacency(network: OracleNetwork, filter: OracleFilter = {}, keep: readonly string[] = []): Adjacency {
  const passes = (id: string): boolean =>
    keep.includes(id) || organizationPasses(network.organizations.get(id)!, filter);
  const result: Adjacency = new Map(
    [...network.organizations.keys()].filter(passes).map((id) => [id, new Set<string>()]),
  );
  for (const link of network.links) {
    if (!linkPasses(link, filter) || !result.has(link.from) || !result.has(link.to) || link.from === link.to) continue;
    result.get(link.from)!.add(link.to);
    result.get(link.to)!.add(link.from);
  }
  return result;
}

/** Hops from `from` to every organisation within `maxDepth`. */
export function distances(graph: Adjacency, from: string, maxDepth = Infinity): Map<string, number> {
  const result = new Map([[from, 0]]);
  let frontier = [from];
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth += 1) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbour of graph.get(node) ?? []) {
        if (result.has(neighbour)) continue;
        result.set(neighbour, depth);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return result;
}

/**
 * The lengths of the k shortest simple paths (distinct organisation sequences) of at most maxHops hops, by
 * enumerating every simple path up to a growing bound (pruned by the distance to the target).
 */
export function kShortestLengths(graph: Adjacency, from: string, to: string, k: number, maxHops: number): number[] {
  const toTarget = distances(graph, to, maxHops);
  const shortest = toTarget.get(from);
  if (shortest === undefined) return [];
  for (let bound = shortest; ; bound += 1) {
    const lengths: number[] = [];
    const onPath = new Set([from]);
    const walk = (node: string, hops: number): void => {
      if (node === to) {
        lengths.push(hops);
        return;
      }
      for (const next of graph.get(node) ?? []) {
        const rest = toTarget.get(next);
        if (onPath.has(next) || rest === undefined || hops + 1 + rest > bound) continue;
        onPath.add(next);
        walk(next, hops + 1);
        onPath.delete(next);
      }
    };
    walk(from, 0);
    if (lengths.length >= k || bound >= maxHops) return lengths.sort((a, b) => a - b).slice(0, k);
  }
}
