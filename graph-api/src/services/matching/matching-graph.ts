// Builds the matching engine's in-memory network as of a date from plain rows: organisations indexed, the running
// links as a compact adjacency (one entry per pair, with its link ids), and per-organisation capabilities, needs,
// events and projects. Built once per data version and date (matching-service.ts), read by every ranking.
import { isRunning } from '../as-of.ts';
import type {
  MatchingCapability,
  MatchingEvent,
  MatchingHub,
  MatchingInput,
  MatchingOrganization,
  MatchingProject,
} from './matching-input.ts';
import { MATCHING_CONFIG } from './scoring-weights.ts';

export interface OrgNeed {
  capabilityId: string;
  priority: number;
}

export interface MatchingGraph {
  /** The date the graph stands at (null: every link recorded, whatever its dates). */
  asOf: string | null;
  /**
   * The organisations existing at the date (founded by its year, of unknown founding year, or touched by a running
   * link), by id.
   */
  organizations: MatchingOrganization[];
  indexOf: Map<string, number>;
  /** Pairs running at the date: the neighbours of organisation i are neighbours[offsets[i] .. offsets[i+1]). */
  offsets: Int32Array;
  neighbours: Int32Array;
  /** Parallel to neighbours: the summed weight and the ids of the pair's running links (oldest first). */
  pairWeight: Float64Array;
  pairLinks: string[][];
  /** Capabilities each organisation offers, and every capability they cover (themselves and all broader ones). */
  offers: string[][];
  covers: Array<Set<string>>;
  needs: OrgNeed[][];
  /** Organisations (indices) covering a capability, and needing one. */
  holders: Map<string, number[]>;
  needers: Map<string, number[]>;
  /** Events and projects (ids) of each organisation at the date. */
  eventsOf: string[][];
  projectsOf: string[][];
  /** The organisations (indices) of each event and project at the date. */
  attendees: Map<string, number[]>;
  members: Map<string, number[]>;
  /** Hubs within the config's neighbouringHubKm of each hub. */
  hubNeighbours: Map<string, Set<string>>;
  /**
   * The highest partner count at the date, and the best-connected organisations (indices, most partners first;
   * POPULARITY's candidates).
   */
  maxDegree: number;
  mostConnected: number[];
  capabilities: Map<string, MatchingCapability>;
  hubs: Map<string, MatchingHub>;
  events: Map<string, MatchingEvent>;
  projects: Map<string, MatchingProject>;
}

function distanceKm(a: MatchingHub, b: MatchingHub): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat! - a.lat!) * rad;
  const dLng = (b.lng! - a.lng!) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat! * rad) * Math.cos(b.lat! * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function hubNeighbours(hubs: MatchingHub[], km: number): Map<string, Set<string>> {
  const located = hubs.filter((hub) => hub.lat !== null && hub.lng !== null);
  const result = new Map(hubs.map((hub) => [hub.id, new Set<string>()]));
  for (const a of located)
    for (const b of located) if (a.id !== b.id && distanceKm(a, b) <= km) result.get(a.id)!.add(b.id);
  return result;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** The adjacency of the running links, merged per pair (links sorted by since, then id, within each pair). */
function adjacency(input: MatchingInput, indexOf: Map<string, number>, asOf: string | null) {
  const n = indexOf.size;
  const pairs = new Map<number, { weight: number; links: Array<{ id: string; since: string }> }>();
  for (const link of input.links) {
    const a = indexOf.get(link.from);
    const b = indexOf.get(link.to);
    if (a === undefined || b === undefined || a === b || !isRunning(link.since, link.until, asOf)) continue;
    const key = Math.min(a, b) * n + Math.max(a, b);
    const pair = pairs.get(key) ?? { weight: 0, links: [] };
    pair.weight += link.weight;
    pair.links.push({ id: link.id, since: link.since ?? '' });
    pairs.set(key, pair);
  }
  const degree = new Int32Array(n);
  for (const key of pairs.keys()) {
    degree[Math.floor(key / n)]! += 1;
    degree[key % n]! += 1;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i += 1) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(offsets[n]!);
  const pairWeight = new Float64Array(offsets[n]!);
  const pairLinks: string[][] = new Array(offsets[n]!);
  for (const [key, pair] of pairs) {
    const ids = pair.links
      .sort((x, y) => (x.since < y.since ? -1 : x.since > y.since ? 1 : x.id < y.id ? -1 : 1))
      .map((l) => l.id);
    const [a, b] = [Math.floor(key / n), key % n];
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const at = fill[from]!++;
      neighbours[at] = to;
      pairWeight[at] = pair.weight;
      pairLinks[at] = ids;
    }
  }
  return { offsets, neighbours, pairWeight, pairLinks };
}

/** Which organisations exist at the date: founded by its year (or unknown), or an end of a running link. */
function existing(input: MatchingInput, asOf: string | null): MatchingOrganization[] {
  if (asOf === null) return [...input.organizations].sort((a, b) => (a.id < b.id ? -1 : 1));
  const year = Number(asOf.slice(0, 4));
  const touched = new Set<string>();
  for (const link of input.links) {
    if (link.from !== link.to && isRunning(link.since, link.until, asOf)) touched.add(link.from).add(link.to);
  }
  return input.organizations
    .filter((o) => o.founded === null || o.founded <= year || touched.has(o.id))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

export function buildMatchingGraph(
  input: MatchingInput,
  asOf: string | null = null,
  config = MATCHING_CONFIG,
): MatchingGraph {
  const organizations = existing(input, asOf);
  const indexOf = new Map(organizations.map((o, index) => [o.id, index]));
  const n = organizations.length;
  const capabilities = new Map(input.capabilities.map((c) => [c.id, c]));
  const broaderChain = (id: string): string[] => {
    const chain: string[] = [];
    for (let at: string | null = id; at !== null && !chain.includes(at); at = capabilities.get(at)?.broader ?? null)
      chain.push(at);
    return chain;
  };

  const offers: string[][] = Array.from({ length: n }, () => []);
  const covers: Array<Set<string>> = Array.from({ length: n }, () => new Set());
  const holders = new Map<string, number[]>();
  for (const offer of input.offers) {
    const i = indexOf.get(offer.orgId);
    if (i === undefined || offers[i]!.includes(offer.capabilityId)) continue;
    offers[i]!.push(offer.capabilityId);
    for (const id of broaderChain(offer.capabilityId)) {
      if (covers[i]!.has(id)) continue;
      covers[i]!.add(id);
      push(holders, id, i);
    }
  }
  const needs: OrgNeed[][] = Array.from({ length: n }, () => []);
  const needers = new Map<string, number[]>();
  for (const need of input.needs) {
    const i = indexOf.get(need.orgId);
    if (i === undefined || needs[i]!.some((known) => known.capabilityId === need.capabilityId)) continue;
    needs[i]!.push({ capabilityId: need.capabilityId, priority: need.priority });
    push(needers, need.capabilityId, i);
  }
  for (const list of needs) list.sort((a, b) => a.priority - b.priority || (a.capabilityId < b.capabilityId ? -1 : 1));

  const events = new Map(input.events.map((e) => [e.id, e]));
  const projects = new Map(input.projects.map((p) => [p.id, p]));
  const year = asOf === null ? null : Number(asOf.slice(0, 4));
  const eventsOf: string[][] = Array.from({ length: n }, () => []);
  const attendees = new Map<string, number[]>();
  const members = new Map<string, number[]>();
  for (const row of input.attendance) {
    const i = indexOf.get(row.orgId);
    const date = events.get(row.eventId)?.date ?? null;
    if (i === undefined || (asOf !== null && date !== null && date > asOf) || eventsOf[i]!.includes(row.eventId))
      continue;
    eventsOf[i]!.push(row.eventId);
    push(attendees, row.eventId, i);
  }
  const projectsOf: string[][] = Array.from({ length: n }, () => []);
  for (const row of input.memberships) {
    const i = indexOf.get(row.orgId);
    const start = projects.get(row.projectId)?.startYear ?? null;
    if (i === undefined || (year !== null && start !== null && start > year) || projectsOf[i]!.includes(row.projectId))
      continue;
    projectsOf[i]!.push(row.projectId);
    push(members, row.projectId, i);
  }

  const network = adjacency(input, indexOf, asOf);
  const degree = (i: number): number => network.offsets[i + 1]! - network.offsets[i]!;
  const connected = Array.from({ length: n }, (_, i) => i).filter((i) => degree(i) > 0);
  const mostConnected = connected.sort((a, b) => degree(b) - degree(a) || a - b).slice(0, config.popularityCandidates);
  return {
    asOf,
    organizations,
    indexOf,
    ...network,
    maxDegree: mostConnected.length > 0 ? degree(mostConnected[0]!) : 0,
    mostConnected,
    offers,
    covers,
    needs,
    holders,
    needers,
    eventsOf,
    projectsOf,
    attendees,
    members,
    hubNeighbours: hubNeighbours(input.hubs, config.neighbouringHubKm),
    capabilities,
    hubs: new Map(input.hubs.map((h) => [h.id, h])),
    events,
    projects,
  };
}
