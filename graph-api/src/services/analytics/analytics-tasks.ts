// The computations the analytics worker runs, by name (analytics-worker.ts): each gets the scope's network as of a
// date (or, for the trend, its whole history) and its arguments, and returns plain data for the API thread. Results
// a second task reuses (betweenness, the Louvain partition) are memoised per network inside the worker.
import type { CentralityMetric, DensityGrouping, TrendStep } from '../../generated/resolvers-types.ts';
import { badUserInput } from '../../errors/app-errors.ts';
import { EXPORT_FORMATS } from './export/export-formats.ts';
import type { AnalyticsLimits } from './analytics-limits.ts';
import { findBrokers } from './metrics/brokers.ts';
import { centralityValues, rankByValue } from './metrics/centrality.ts';
import { collaborationMix } from './metrics/collaboration-mix.ts';
import { communityProfiles } from './metrics/community-profiles.ts';
import { densityMatrix } from './metrics/density-matrix.ts';
import { louvainCommunities } from './metrics/louvain-communities.ts';
import { networkStats } from './metrics/network-stats.ts';
import { networkTrend } from './metrics/network-trend.ts';
import { whatIf, type ProposedPair } from './metrics/what-if.ts';
import type { AnalyticsScope, NetworkSnapshot, Projection } from './network-model.ts';

/** Most entries a ranking keeps (the `top` argument's upper bound): the API thread cuts each request's top from it. */
export const MAX_RANKED = 1000;

export interface SnapshotTaskContext {
  snapshot: NetworkSnapshot;
  limits: AnalyticsLimits;
  /** `compute` once per network: later tasks over the same network reuse its result. */
  memo<T>(key: string, compute: () => T): T;
}

const betweennessOf = (context: SnapshotTaskContext) =>
  context.memo('centrality:BETWEENNESS', () => centralityValues(context.snapshot.graph, 'BETWEENNESS', context.limits));

const centralityOf = (context: SnapshotTaskContext, metric: CentralityMetric) =>
  metric === 'BETWEENNESS' ? betweennessOf(context) : centralityValues(context.snapshot.graph, metric, context.limits);

export const SNAPSHOT_TASKS = {
  stats: ({ snapshot, limits }: SnapshotTaskContext) => networkStats(snapshot.graph, limits),
  density: ({ snapshot }: SnapshotTaskContext, { by }: { by: DensityGrouping }) => densityMatrix(snapshot, by),
  centrality: (context: SnapshotTaskContext, { metric }: { metric: CentralityMetric }) => {
    const { graph } = context.snapshot;
    const { values, ...result } = centralityOf(context, metric);
    return { ...result, organizations: graph.order, entries: rankByValue(graph, values, MAX_RANKED) };
  },
  brokers: (context: SnapshotTaskContext) => {
    const between = betweennessOf(context);
    return {
      exact: between.exact,
      samplePivots: between.samplePivots,
      brokers: findBrokers(context.snapshot, between, MAX_RANKED),
    };
  },
  communities: (context: SnapshotTaskContext, { minSize }: { minSize: number }) => {
    const partition = context.memo('louvain', () => louvainCommunities(context.snapshot.graph, context.limits.seed));
    return { modularity: partition.modularity, communities: communityProfiles(context.snapshot, partition, minSize) };
  },
  mix: ({ snapshot }: SnapshotTaskContext) => collaborationMix(snapshot),
  whatIf: ({ snapshot, limits }: SnapshotTaskContext, { pairs }: { pairs: ProposedPair[] }) => {
    pairs.forEach(({ from, to }, index) => {
      for (const [end, id] of [
        ['from', from],
        ['to', to],
      ] as const) {
        if (!snapshot.graph.hasNode(id)) {
          const when = snapshot.asOf ? ` or not in the network as of ${snapshot.asOf}` : '';
          throw badUserInput(`links[${index}].${end}`, `organisation "${id}" is outside the scope${when}`);
        }
      }
    });
    return whatIf(snapshot.graph, pairs, limits);
  },
  /** A file of the /export/ routes (not memoised: the API streams it once). */
  export: ({ snapshot }: SnapshotTaskContext, { file }: { file: string }) => {
    const format = EXPORT_FORMATS[file];
    if (!format) throw new Error(`analytics-tasks: no export format "${file}"`);
    return format.write(snapshot.graph);
  },
} as const;

export const HISTORY_TASKS = {
  trend: (
    history: Projection,
    scope: AnalyticsScope,
    limits: AnalyticsLimits,
    args: { from: string; to: string; step: TrendStep },
  ) => networkTrend(history, scope, args.from, args.to, args.step, limits),
} as const;

export type SnapshotTaskName = keyof typeof SNAPSHOT_TASKS;
export type HistoryTaskName = keyof typeof HISTORY_TASKS;
export type SnapshotTaskArgs<N extends SnapshotTaskName> = Parameters<(typeof SNAPSHOT_TASKS)[N]>[1];
export type SnapshotTaskResult<N extends SnapshotTaskName> = ReturnType<(typeof SNAPSHOT_TASKS)[N]>;
export type HistoryTaskArgs<N extends HistoryTaskName> = Parameters<(typeof HISTORY_TASKS)[N]>[3];
export type HistoryTaskResult<N extends HistoryTaskName> = ReturnType<(typeof HISTORY_TASKS)[N]>;
