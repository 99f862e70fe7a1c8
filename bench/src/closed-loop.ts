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
  /**
   * Samples each side should have over all its rounds, for a p95 worth the name: a round goes on past `roundMs` until
   * its share is in, but never past `roundMs × maxStretch` (a slow question then reports fewer, and says how many).
   */
  minSamples?: number;
  maxStretch?: number;
}

/**
 * One round: `concurrency` workers until `durationMs`, or longer (up to `hardMs`) while fewer than `minSamples` were
 * sent.
 */
export async function closedLoop(
  request: () => Promise<unknown>,
  concurrency: number,
  durationMs: number,
  minSamples = 0,
  hardMs = durationMs,
): Promise<{ latencies: number[]; wallMs: number }> {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + durationMs;
  const hardDeadline = started + Math.max(durationMs, hardMs);
  // Requests already sent count toward the floor, so the workers do not overshoot it by a whole wave each.
  let sentCount = 0;
  const more = (): boolean => {
    const now = performance.now();
    return now < deadline || (sentCount < minSamples && now < hardDeadline);
  };
  const worker = async (): Promise<void> => {
    while (more()) {
      sentCount += 1;
      const sent = performance.now();
      await request();
      latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, wallMs: performance.now() - started };
}

/** Measures every side in the same rounds, alternating which goes first; summaries by side name. */
export async function compareSides(
  sides: readonly Side[],
  settings: LoopSettings,
): Promise<Record<string, LatencySummary>> {
  // Warm-up with the round's workers: the connection pool fills as it will be used, in a fraction of the time.
  for (const side of sides) {
    let left = settings.warmup;
    const worker = async (): Promise<void> => {
      while (left > 0) {
        left -= 1;
        await side.request();
      }
    };
    await Promise.all(Array.from({ length: Math.min(settings.concurrency, settings.warmup) }, worker));
  }
  const latencies = new Map(sides.map((side) => [side.name, [] as number[]]));
  const wall = new Map(sides.map((side) => [side.name, 0]));
  for (let round = 0; round < settings.rounds; round += 1) {
    const order = round % 2 === 0 ? sides : [...sides].reverse();
    for (const side of order) {
      const floor = Math.ceil((settings.minSamples ?? 0) / settings.rounds);
      const result = await closedLoop(
        side.request,
        settings.concurrency,
        settings.roundMs,
        floor,
        settings.roundMs * (settings.maxStretch ?? 1),
      );
      latencies.get(side.name)!.push(...result.latencies);
      wall.set(side.name, wall.get(side.name)! + result.wallMs);
    }
  }
  return Object.fromEntries(
    sides.map((side) => [side.name, summarizeLatencies(latencies.get(side.name)!, wall.get(side.name)!)]),
  );
}
