// The load generator for every side of a comparison: a closed loop of `concurrency` workers, each sending its next
// request when the last one answered, for a fixed time. Sides run in alternating rounds, so drift in the shared
// machine's load falls on both alike. One harness for HTTP and Bolt sides (autocannon only speaks HTTP).
import { summarizeLatencies, type LatencySummary } from './stats.ts';

export interface Side {
  name: string;
  /** One request; rejects on any error (a failed request must not look fast). */
  request: () => Promise<unknown>;
}

export interface LoopSettings {
  rounds: number;
  roundMs: number;
  concurrency: number;
  /** Requests per side before measuring (JIT, plan cache, connection pool). */
  warmup: number;
}

async function closedLoop(request: () => Promise<unknown>, concurrency: number, durationMs: number): Promise<{ latencies: number[]; wallMs: number }> {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const sent = performance.now();
      await request();
      latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, wallMs: performance.now() - started };
}

/** Measures every side in the same rounds, alternating which goes first; summaries by side name. */
export async function compareSides(sides: readonly Side[], settings: LoopSettings): Promise<Record<string, LatencySummary>> {
  for (const side of sides) for (let index = 0; index < settings.warmup; index += 1) await side.request();
  const latencies = new Map(sides.map((side) => [side.name, [] as number[]]));
  const wall = new Map(sides.map((side) => [side.name, 0]));
  for (let round = 0; round < settings.rounds; round += 1) {
    const order = round % 2 === 0 ? sides : [...sides].reverse();
    for (const side of order) {
      const result = await closedLoop(side.request, settings.concurrency, settings.roundMs);
      latencies.get(side.name)!.push(...result.latencies);
      wall.set(side.name, wall.get(side.name)! + result.wallMs);
    }
  }
  return Object.fromEntries(sides.map((side) => [side.name, summarizeLatencies(latencies.get(side.name)!, wall.get(side.name)!)]));
}
