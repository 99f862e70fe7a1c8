// The Holme–Kim process (Phys. Rev. E 65, 026107, 2002): growth by preferential attachment, each new
// node's further links closing triangles with a neighbour of the node it just linked to. It gives the
// heavy-tailed degrees of real collaboration networks (early, big institutions gather many links) and
// their clustering. Nodes belong to groups (hubs): an attachment stays within the newcomer's group with
// probability `local`, which makes the groups denser inside than between them.

import type { Rng } from '@siheung/core/random';

export interface HolmeKimOptions {
  nodes: number;
  edges: number;
  /** Probability that a further link closes a triangle instead of attaching preferentially. */
  triad: number;
  /** Group of each node (e.g. its hub index; -1: none). */
  groupOf: (node: number) => number;
  /** Probability that a preferential attachment picks within the newcomer's group. */
  local: number;
}

export interface HolmeKimLinks {
  /** Pairs [older, newer] of node indices (arrival order), in the order they formed. */
  pairs: Array<[number, number]>;
  /**
   * For each pair, the indices of the two earlier pairs whose triangle it closes (empty: a preferential attachment).
   */
  closes: Array<readonly number[]>;
}

/** Exactly `edges` links when the graph can hold them, with the triangles they close (for dating them after those). */
export function holmeKim(rng: Rng, options: HolmeKimOptions): HolmeKimLinks {
  const { nodes, triad, local } = options;
  const edges = Math.min(options.edges, (nodes * (nodes - 1)) / 2);
  const adjacency: number[][] = Array.from({ length: nodes }, () => []);
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const closes: Array<readonly number[]> = [];
  const pairIndex = new Map<number, number>();
  // Every node once (so newcomers can be found) plus once per link end: picking uniformly is picking by degree + 1.
  const ends: number[] = [];
  const groupEnds = new Map<number, number[]>();
  const key = (a: number, b: number): number => (a < b ? a * nodes + b : b * nodes + a);
  /** Links a and b; `via` is the common partner when the link closes the triangle a–via–b. */
  const link = (a: number, b: number, via = -1): boolean => {
    if (a === b || seen.has(key(a, b))) return false;
    seen.add(key(a, b));
    closes.push(via === -1 ? [] : [pairIndex.get(key(a, via))!, pairIndex.get(key(via, b))!]);
    pairIndex.set(key(a, b), pairs.length);
    adjacency[a]!.push(b);
    adjacency[b]!.push(a);
    pairs.push(a < b ? [a, b] : [b, a]);
    for (const end of [a, b]) {
      ends.push(end);
      groupEnds.get(options.groupOf(end))?.push(end);
    }
    return true;
  };
  const attach = (node: number): number => {
    const mine = groupEnds.get(options.groupOf(node));
    const pool = mine && mine.length > 0 && rng.chance(local) ? mine : ends;
    return pool[Math.floor(rng.float() * pool.length)]!;
  };
  const perNode = edges / Math.max(nodes - 1, 1);
  for (let node = 0; node < nodes && pairs.length < edges; node += 1) {
    const group = options.groupOf(node);
    if (!groupEnds.has(group)) groupEnds.set(group, []);
    if (node > 0) {
      const wanted = Math.min(node, Math.floor(perNode) + (rng.chance(perNode % 1) ? 1 : 0), edges - pairs.length);
      let made = 0;
      let anchor = -1;
      for (let attempt = 0; made < wanted && attempt < wanted * 8; attempt += 1) {
        const neighbours = anchor === -1 ? [] : adjacency[anchor]!;
        const closing = made > 0 && neighbours.length > 0 && rng.chance(triad);
        const target = closing ? neighbours[Math.floor(rng.float() * neighbours.length)]! : attach(node);
        if (link(node, target, closing ? anchor : -1)) {
          made += 1;
          if (!closing) anchor = target;
        }
      }
    }
    ends.push(node);
    groupEnds.get(group)?.push(node);
  }
  // Rejections (repeat pairs) may leave a few links short: close triangles among random nodes until done.
  for (let attempt = 0; pairs.length < edges && attempt < edges * 20; attempt += 1) {
    const a = ends[Math.floor(rng.float() * ends.length)]!;
    const partners = adjacency[a]!;
    const via = partners.length > 0 && rng.chance(triad) ? rng.pick(partners) : -1;
    const b = via !== -1 ? rng.pick(adjacency[via]!) : Math.floor(rng.float() * nodes);
    link(a, b, via);
  }
  return { pairs, closes };
}
