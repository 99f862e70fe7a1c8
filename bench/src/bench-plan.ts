// What a run measures: `pnpm bench --quick` (under 5 minutes on 2 cores) or the full run, and how the quick run is
// reduced from the full one (printed with the table, so no figure is read as more than it is).
import type { LoopSettings } from './closed-loop.ts';
import type { Renderer } from './explorer-draw.ts';
import type { GraphSize } from './graph-cache.ts';

export interface SizePlan {
  size: GraphSize;
  /** Organisations each question is asked about (every side cycles through the same ones). */
  variants: number;
  loop: LoopSettings;
  peer: boolean;
  importComparison: boolean;
  /**
   * Measured only when an earlier run (or load-graph.ts) cached its database; otherwise skipped, and the run says so.
   */
  onlyIfCached: boolean;
  analytics: { coldRuns: number; cachedRuns: number; exactBetweenness: boolean };
}

export interface ExplorerPlan {
  nodes: number[];
  renderers: Renderer[];
  runs: number;
  panMs: number;
}

export interface BenchPlan {
  mode: 'quick' | 'full';
  sizes: SizePlan[];
  explorer: ExplorerPlan;
}

const SEED = 1;
const size = (orgs: number): GraphSize => ({ orgs, links: orgs * 10, seed: SEED });

/** `only`: organisation counts to keep (null: every size of the mode). */
export function benchPlan(quick: boolean, only: readonly number[] | null = null): BenchPlan {
  const plan = modePlan(quick);
  return only === null ? plan : { ...plan, sizes: plan.sizes.filter((sizePlan) => only.includes(sizePlan.size.orgs)) };
}

function modePlan(quick: boolean): BenchPlan {
  if (quick) {
    // Short rounds, but each side goes on until it has 40 samples (at most 3× the round): p95 is then about the
    // 2nd–3rd slowest answer, rough but not a single outlier; the table gives every side's sample count.
    const loop = { rounds: 2, roundMs: 1000, concurrency: 4, warmup: 5, minSamples: 40, maxStretch: 3 };
    return {
      mode: 'quick',
      sizes: [
        // Three organisations per question: the API side records each one's statements first (two asks apiece).
        {
          size: size(1_000),
          variants: 3,
          loop,
          peer: true,
          importComparison: true,
          onlyIfCached: false,
          analytics: { coldRuns: 1, cachedRuns: 5, exactBetweenness: true },
        },
        // Its questions are slow under load: a lower floor (p95 ≈ the 2nd slowest of 24) keeps it in budget.
        {
          size: size(20_000),
          variants: 3,
          loop: { ...loop, warmup: 4, minSamples: 24 },
          peer: true,
          importComparison: false,
          onlyIfCached: true,
          analytics: { coldRuns: 1, cachedRuns: 5, exactBetweenness: false },
        },
      ],
      explorer: { nodes: [500, 2_000], renderers: ['fast', 'webgl'], runs: 1, panMs: 1500 },
    };
  }
  const loop = { rounds: 4, roundMs: 5000, concurrency: 4, warmup: 20, minSamples: 100, maxStretch: 3 };
  return {
    mode: 'full',
    sizes: [
      {
        size: size(1_000),
        variants: 10,
        loop,
        peer: true,
        importComparison: true,
        onlyIfCached: false,
        analytics: { coldRuns: 3, cachedRuns: 20, exactBetweenness: true },
      },
      {
        size: size(20_000),
        variants: 10,
        loop,
        peer: true,
        importComparison: true,
        onlyIfCached: false,
        analytics: { coldRuns: 3, cachedRuns: 20, exactBetweenness: true },
      },
      // Exact betweenness at 100k would take hours (it grows as n·m; docs/analytics.md has the 20k time).
      {
        size: size(100_000),
        variants: 10,
        loop,
        peer: true,
        importComparison: true,
        onlyIfCached: false,
        analytics: { coldRuns: 3, cachedRuns: 20, exactBetweenness: false },
      },
    ],
    explorer: { nodes: [500, 2_000, 5_000], renderers: ['full', 'fast', 'webgl'], runs: 3, panMs: 3000 },
  };
}

const orgsLabel = (orgs: number): string => (orgs >= 1000 ? `${orgs / 1000}k` : String(orgs));
const seconds = (ms: number): string => `${ms / 1000} s`;
const listed = (values: readonly (string | number)[]): string =>
  values.map((value) => (typeof value === 'number' ? value.toLocaleString('en-US') : value)).join(', ');

function loopText({ rounds, roundMs, concurrency, warmup, minSamples, maxStretch }: LoopSettings): string {
  const floor =
    minSamples === undefined
      ? ''
      : `, each side extended to ≥ ${minSamples} samples (at most ${maxStretch ?? 1}× the round)`;
  return (
    `${rounds} interleaved rounds of ${seconds(roundMs)} per side, ${concurrency} workers, ${warmup} warm-up ` +
    `requests${floor}`
  );
}

/**
 * How `plan` measures less than the full run, one line each (empty for the full run itself): printed and written
 * with the table. `skipped`: sizes left out at run time (e.g. not cached), with why.
 */
export function reductions(plan: BenchPlan, skipped: ReadonlyArray<{ orgs: number; why: string }> = []): string[] {
  const full = modePlan(false);
  const lines: string[] = [];
  const measured = plan.sizes.filter((sizePlan) => !skipped.some((skip) => skip.orgs === sizePlan.size.orgs));
  const missing = full.sizes.filter((sizePlan) => !measured.some((kept) => kept.size.orgs === sizePlan.size.orgs));
  for (const sizePlan of missing) {
    const why = skipped.find((skip) => skip.orgs === sizePlan.size.orgs)?.why ?? `not in the ${plan.mode} run`;
    lines.push(`${orgsLabel(sizePlan.size.orgs)} graph not measured: ${why}`);
  }
  for (const sizePlan of measured) {
    const reference = full.sizes.find((fullPlan) => fullPlan.size.orgs === sizePlan.size.orgs)!;
    const label = `${orgsLabel(sizePlan.size.orgs)} graph`;
    if (
      sizePlan.loop.roundMs !== reference.loop.roundMs ||
      sizePlan.loop.rounds !== reference.loop.rounds ||
      sizePlan.loop.minSamples !== reference.loop.minSamples
    ) {
      lines.push(
        `${label}: closed loop of ${loopText(sizePlan.loop)} (full run: ${loopText(reference.loop)}); the ` +
          `table gives each side's sample count`,
      );
    }
    if (sizePlan.variants !== reference.variants)
      lines.push(
        `${label}: questions asked about ${sizePlan.variants} organisations (full run: ${reference.variants})`,
      );
    if (!sizePlan.importComparison && reference.importComparison)
      lines.push(`${label}: no import comparison (its database is the cached one)`);
    if (!sizePlan.peer && reference.peer) lines.push(`${label}: no @neo4j/graphql comparison`);
    const a = sizePlan.analytics;
    const b = reference.analytics;
    if (a.coldRuns !== b.coldRuns || a.cachedRuns !== b.cachedRuns)
      lines.push(
        `${label}: analytics medians of ${a.coldRuns} cold and ${a.cachedRuns} cached runs (full run: ` +
          `${b.coldRuns} and ${b.cachedRuns})`,
      );
    if (!a.exactBetweenness && b.exactBetweenness) lines.push(`${label}: no exact-vs-sampled betweenness agreement`);
  }
  const e = plan.explorer;
  const f = full.explorer;
  if (e.nodes.join() !== f.nodes.join())
    lines.push(`explorer: views of ${listed(e.nodes)} nodes (full run: ${listed(f.nodes)})`);
  if (e.renderers.join() !== f.renderers.join())
    lines.push(`explorer: renderers ${listed(e.renderers)} (full run: ${listed(f.renderers)})`);
  if (e.runs !== f.runs || e.panMs !== f.panMs)
    lines.push(
      `explorer: ${e.runs} browser run${e.runs === 1 ? '' : 's'} per view with ${seconds(e.panMs)} pans (full ` +
        `run: ${f.runs} with ${seconds(f.panMs)})`,
    );
  return lines;
}
