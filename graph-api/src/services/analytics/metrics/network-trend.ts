// The network's statistics period by period, and what changed between consecutive periods, from one read of the
// scope's whole history (each period's network is taken in memory at the period's last day).
import type { TrendStep } from '../../../generated/resolvers-types.ts';
import type { AnalyticsLimits } from '../analytics-limits.ts';
import { buildSnapshot } from '../build-snapshot.ts';
import type { AnalyticsScope, NetworkGraph, Projection } from '../network-model.ts';
import { networkStats, type NetworkStats } from './network-stats.ts';
import { dayBefore, periodsBetween, type Period } from './trend-periods.ts';

export interface TrendChange {
  /** Pairs linked at the period's end that were not linked at the previous one's. */
  newLinks: number;
  /** Pairs linked at the previous period's end that no longer are (every link between them ended). */
  endedLinks: number;
  /** Organisations in the network at the period's end that were not at the previous one's. */
  newOrganizations: number;
  linksDelta: number;
  organizationsDelta: number;
  densityDelta: number | null;
}

export interface TrendPeriodResult extends Period {
  stats: NetworkStats;
  change: TrendChange;
}

const density = (graph: NetworkGraph): number | null =>
  graph.order < 2 ? null : (2 * graph.size) / (graph.order * (graph.order - 1));

function changeBetween(previous: NetworkGraph, current: NetworkGraph): Omit<TrendChange, 'densityDelta'> {
  let newLinks = 0;
  let kept = 0;
  current.forEachEdge((_edge, _attributes, source, target) => {
    if (previous.hasNode(source) && previous.hasNode(target) && previous.hasEdge(source, target)) kept += 1;
    else newLinks += 1;
  });
  let newOrganizations = 0;
  current.forEachNode((node) => {
    if (!previous.hasNode(node)) newOrganizations += 1;
  });
  return {
    newLinks,
    endedLinks: previous.size - kept,
    newOrganizations,
    linksDelta: current.size - previous.size,
    organizationsDelta: current.order - previous.order,
  };
}

/**
 * The first period is compared with the network on the day before it starts, so its changes count too.
 * Links that began and ended within one period appear in no period's network, and so in no change.
 */
export function networkTrend(
  history: Projection,
  scope: AnalyticsScope,
  from: string,
  to: string,
  step: TrendStep,
  limits: AnalyticsLimits,
): TrendPeriodResult[] {
  const periods = periodsBetween(from, to, step);
  let previous = buildSnapshot(history, scope, dayBefore(periods[0]!.start)).graph;
  return periods.map((period) => {
    const current = buildSnapshot(history, scope, period.asOf).graph;
    const stats = networkStats(current, limits);
    const before = density(previous);
    const change = {
      ...changeBetween(previous, current),
      densityDelta: stats.density === null || before === null ? null : stats.density - before,
    };
    previous = current;
    return { ...period, stats, change };
  });
}
