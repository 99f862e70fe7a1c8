import { describe, expect, it } from 'vitest';
import { kShortestPaths, type SpurRequest } from './k-shortest-paths.ts';
import { mulberry32 } from '@siheung/core/random';

type Graph = Map<string, Set<string>>;

function randomGraph(seed: number, nodes: number, links: number): Graph {
  const next = mulberry32(seed);
  const graph: Graph = new Map(Array.from({ length: nodes }, (_, i) => [`n${i}`, new Set<string>()]));
  for (let i = 0; i < links; i += 1) {
    const a = `n${Math.floor(next() * nodes)}`;
    const b = `n${Math.floor(next() * nodes)}`;
    if (a === b) continue;
    graph.get(a)!.add(b);
    graph.get(b)!.add(a);
  }
  return graph;
}

/**
 * The in-memory stand-in for the database's search, with the same semantics: a breadth-first search over (node,
 * whether the first hop is behind) states, so only `excluded` keeps it from passing through the spur again.
 */
function bfsSearch(graph: Graph, to: string) {
  const one = ({ spur, excluded, blockedNext, maxHops }: SpurRequest): string[] | null => {
    const start = `${spur}|0`;
    const previous = new Map<string, string | null>([[start, null]]);
    let frontier = [start];
    for (let hops = 1; hops <= maxHops && frontier.length > 0; hops += 1) {
      const next: string[] = [];
      for (const state of [...frontier].sort()) {
        const node = state.split('|')[0]!;
        for (const neighbour of [...graph.get(node)!].sort()) {
          const reached = `${neighbour}|1`;
          if (previous.has(reached) || excluded.includes(neighbour)) continue;
          if (state === start && blockedNext.includes(neighbour)) continue;
          previous.set(reached, state);
          if (neighbour === to) {
            const path: string[] = [];
            for (let at: string | null = reached; at !== null; at = previous.get(at)!) path.unshift(at.split('|')[0]!);
            return path;
          }
          next.push(reached);
        }
      }
      frontier = next;
    }
    return null;
  };
  let calls = 0;
  return {
    search: async (requests: SpurRequest[]) => {
      calls += 1;
      return requests.map(one);
    },
    calls: () => calls,
  };
}

/** Every simple path of at most maxHops hops, by depth-first enumeration (the slow, obviously right answer). */
function allSimplePaths(graph: Graph, from: string, to: string, maxHops: number): string[][] {
  const paths: string[][] = [];
  const walk = (path: string[]): void => {
    const last = path[path.length - 1]!;
    if (last === to) {
      paths.push(path);
      return;
    }
    if (path.length - 1 === maxHops) return;
    for (const next of graph.get(last)!) if (!path.includes(next)) walk([...path, next]);
  };
  walk([from]);
  return paths;
}

describe('kShortestPaths', () => {
  it('finds the k shortest simple paths of 200 random graphs, distinct and valid, as enumeration does', async () => {
    let severalPaths = 0;
    for (let seed = 1; seed <= 200; seed += 1) {
      const graph = randomGraph(seed, 12, 14 + (seed % 10));
      const next = mulberry32(seed * 7);
      const from = `n${Math.floor(next() * 12)}`;
      const to = `n${(Number(from.slice(1)) + 1 + Math.floor(next() * 11)) % 12}`;
      const k = 1 + (seed % 5);
      const maxHops = 2 + (seed % 5);
      const { search, calls } = bfsSearch(graph, to);
      const paths = await kShortestPaths(from, to, k, maxHops, search);
      const expected = allSimplePaths(graph, from, to, maxHops)
        .map((p) => p.length - 1)
        .sort((a, b) => a - b)
        .slice(0, k);
      expect(
        paths.map((p) => p.length - 1),
        `seed ${seed}`,
      ).toEqual(expected);
      expect(new Set(paths.map((p) => p.join('>'))).size).toBe(paths.length);
      for (const path of paths) {
        expect(path[0]).toBe(from);
        expect(path[path.length - 1]).toBe(to);
        expect(new Set(path).size).toBe(path.length);
        path.slice(1).forEach((id, i) => expect(graph.get(path[i]!)!.has(id)).toBe(true));
      }
      expect(calls()).toBeLessThanOrEqual(k);
      if (paths.length >= 3) severalPaths += 1;
    }
    // The graphs are dense enough that most cases really test the k > 1 part.
    expect(severalPaths).toBeGreaterThan(80);
  });

  it('answers nothing when the target is out of reach within maxHops', async () => {
    const graph: Graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['a', 'c'])],
      ['c', new Set(['b'])],
    ]);
    expect(await kShortestPaths('a', 'c', 3, 1, bfsSearch(graph, 'c').search)).toEqual([]);
    expect(await kShortestPaths('a', 'c', 3, 2, bfsSearch(graph, 'c').search)).toEqual([['a', 'b', 'c']]);
  });
});
