// The workspace's one home for seeded randomness, so a seed always means the same sequence everywhere: mulberry32
// (the data generator, the sample-data script, test graphs and fixtures) and seedrandom (the analytics, keyed by a
// purpose string). Each keeps its own algorithm because sample data and published analytics depend on the exact draws.
import seedrandom from 'seedrandom';

/** mulberry32: tiny, fast and good enough for synthetic data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Index access that fails loudly instead of yielding undefined. */
function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`random/seeded-random: index ${index} out of range (${items.length})`);
  return item;
}

/** Draws over one mulberry32 sequence; every method consumes the sequence the same way for a given call. */
export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('random/seeded-random: pick from an empty list');
    return item;
  }
  /** An index drawn with the given weights. */
  weightedIndex(weights: readonly number[]): number {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    let r = this.next() * total;
    for (let index = 0; index < weights.length; index += 1) {
      r -= weights[index] ?? 0;
      if (r < 0) return index;
    }
    return weights.length - 1;
  }
  /** Weighted choice; undefined when every weight is zero. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T | undefined {
    const weights = items.map(weight);
    if (weights.reduce((sum, value) => sum + value, 0) <= 0) return undefined;
    return at(items, this.weightedIndex(weights));
  }
  /** Weighted choice over a record of key → weight. */
  weightedKey<K extends string>(table: Readonly<Record<K, number>>): K {
    const keys = Object.keys(table) as K[];
    const key = this.weighted(keys, (k) => table[k]);
    if (key === undefined) throw new Error('random/seeded-random: empty weight table');
    return key;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [at(out, j), at(out, i)];
    }
    return out;
  }
  /** k distinct items drawn with the given weights. */
  sampleWeighted<T>(items: readonly T[], k: number, weight: (item: T) => number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < k && pool.length > 0) {
      const item = this.weighted(pool, weight);
      if (item === undefined) break;
      out.push(item);
      pool.splice(pool.indexOf(item), 1);
    }
    return out;
  }
  /** Log-uniform number: the heavy tail of company sizes and budgets. */
  logUniform(lo: number, hi: number): number {
    return Math.exp(Math.log(lo) + this.next() * (Math.log(hi) - Math.log(lo)));
  }
}

/** A generator in [0, 1) for one purpose: the same seed and purpose always give the same sequence. */
export function seededRandom(seed: string, purpose: string): () => number {
  return seedrandom(`${seed}:${purpose}`);
}

/** `count` distinct items of `items`, drawn without replacement (partial Fisher–Yates), in draw order. */
export function sampleWithoutReplacement<T>(items: readonly T[], count: number, random: () => number): T[] {
  const pool = [...items];
  const take = Math.min(count, pool.length);
  for (let i = 0; i < take; i += 1) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, take);
}
