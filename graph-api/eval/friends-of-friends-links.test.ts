// The structural process: the asked number of distinct links, in formation order, clustered, repeatable per seed.
import { describe, expect, it } from 'vitest';
import { friendsOfFriendsLinks } from './friends-of-friends-links.ts';

describe('friendsOfFriendsLinks', () => {
  const links = friendsOfFriendsLinks({ nodes: 400, links: 1600, seed: 5 });

  it('forms exactly the asked number of distinct links, no loops, in time order', () => {
    expect(links).toHaveLength(1600);
    expect(new Set(links.map(({ a, b }) => (a < b ? `${a}-${b}` : `${b}-${a}`))).size).toBe(1600);
    expect(links.every(({ a, b }) => a !== b && a >= 0 && b >= 0 && a < 400 && b < 400)).toBe(true);
    expect(links.every((link, i) => i === 0 || link.time >= links[i - 1]!.time)).toBe(true);
  });

  it('lets organisations arrive through the whole process and keep linking after they arrive', () => {
    const firstSeen = new Map<number, number>();
    links.forEach(({ a, b }, i) => [a, b].forEach((end) => firstSeen.has(end) || firstSeen.set(end, i)));
    expect(firstSeen.size).toBeGreaterThan(390);
    const lastQuarter = links.slice(1200);
    // Links of the last quarter between organisations both present before it: what a time split asks to foresee.
    expect(
      lastQuarter.filter(({ a, b }) => firstSeen.get(a)! < 1200 && firstSeen.get(b)! < 1200).length,
    ).toBeGreaterThan(200);
  });

  it('closes triangles far more often than chance', () => {
    const adjacency = new Map<number, Set<number>>();
    for (const { a, b } of links) {
      (adjacency.get(a) ?? adjacency.set(a, new Set()).get(a)!).add(b);
      (adjacency.get(b) ?? adjacency.set(b, new Set()).get(b)!).add(a);
    }
    const closed = links.filter(({ a, b }) => [...adjacency.get(a)!].some((c) => adjacency.get(b)!.has(c))).length;
    // In a random graph of this density a link sits in a triangle with probability ≈ 1 − (1 − p²)^n, p = 0.02: ~15 %.
    expect(closed / links.length).toBeGreaterThan(0.5);
  });

  it('repeats for a seed', () => {
    expect(friendsOfFriendsLinks({ nodes: 400, links: 1600, seed: 5 })).toEqual(links);
    expect(friendsOfFriendsLinks({ nodes: 400, links: 1600, seed: 6 })).not.toEqual(links);
  });
});
