// Summary statistics of one side of a comparison (percentiles, throughput) and rank agreement, from simple-statistics.
import { median, quantile, sampleRankCorrelation } from 'simple-statistics';

export interface LatencySummary {
  samples: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Completed requests per second over the measured wall time (all workers together). */
  throughput: number;
}

/** Latencies (ms) measured over `wallMs` of wall time; NaN figures when there are none. */
export function summarizeLatencies(latenciesMs: readonly number[], wallMs: number): LatencySummary {
  if (latenciesMs.length === 0)
    return { samples: 0, p50Ms: Number.NaN, p95Ms: Number.NaN, maxMs: Number.NaN, throughput: 0 };
  const values = [...latenciesMs];
  return {
    samples: values.length,
    p50Ms: quantile(values, 0.5),
    p95Ms: quantile(values, 0.95),
    maxMs: Math.max(...values),
    throughput: wallMs > 0 ? (values.length * 1000) / wallMs : 0,
  };
}

export function medianOf(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : median([...values]);
}

/**
 * Spearman's rank correlation of two score maps over the keys they share (ties get average ranks). NaN with fewer
 * than two shared keys, or when either side is constant (no ranking to agree with).
 */
export function spearman(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const keys = [...a.keys()].filter((key) => b.has(key));
  if (keys.length < 2) return Number.NaN;
  const x = keys.map((key) => a.get(key)!);
  const y = keys.map((key) => b.get(key)!);
  if (new Set(x).size < 2 || new Set(y).size < 2) return Number.NaN;
  return sampleRankCorrelation(x, y);
}
