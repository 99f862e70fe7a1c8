// Seeded random sources (seedrandom) for everything the analytics draw at random, so answers repeat exactly.
import seedrandom from 'seedrandom';

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
