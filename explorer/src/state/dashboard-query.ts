// What the dashboard asks the analytics API for, derived from the state: the scope (the filters the API knows:
// hubs, kinds, link kinds) and the as-of date of the time slider; pure, so the keys follow from the state alone.
import type { AnalyticsScope } from '../api/dashboard-types';
import type { AppState, NetworkFilters } from './app-state';
import type { DataYears } from './dashboard-resources';

export interface DashboardQuery {
  scope: AnalyticsScope | null;
  asOf: string | null;
}

/** The API answers at most 80 periods per trend. */
export const MAX_TREND_YEARS = 80;

/** null when a filter has nothing ticked: an empty scope, nothing to ask. */
export function analyticsScopeOf(filters: NetworkFilters): AnalyticsScope | null | 'empty' {
  const lists = [filters.hubs, filters.orgKinds, filters.linkKinds];
  if (lists.some((list) => list !== null && list.length === 0)) return 'empty';
  const scope: AnalyticsScope = {};
  if (filters.hubs !== null) scope.hubs = filters.hubs;
  if (filters.orgKinds !== null) scope.orgKinds = filters.orgKinds;
  if (filters.linkKinds !== null) scope.linkKinds = filters.linkKinds;
  return Object.keys(scope).length === 0 ? null : scope;
}

export function dashboardQueryOf(state: Pick<AppState, 'filters' | 'timeline'>): DashboardQuery | null {
  const scope = analyticsScopeOf(state.filters);
  return scope === 'empty' ? null : { scope, asOf: state.timeline.asOf };
}

/** A resource key: the query and whatever else the answer depends on (null: nothing to ask). */
export function dashboardKey(query: DashboardQuery | null, extra: Record<string, unknown> = {}): string | null {
  return query === null ? null : JSON.stringify({ ...query, ...extra });
}

/** The first and last calendar year among links' start dates (YYYY-MM-DD); null when none is dated. */
export function dataYearsOf(sinces: readonly (string | null)[]): DataYears {
  let first = Infinity;
  let last = -Infinity;
  for (const since of sinces) {
    const year = since === null ? NaN : Number(since.slice(0, 4));
    if (!Number.isInteger(year)) continue;
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
  return first === Infinity ? null : { first, last };
}

/** The trend's dates: from 1 January of the data's first year (at most 80 years back) to today. */
export function trendRangeOf(years: NonNullable<DataYears>, today: string): { from: string; to: string } {
  const thisYear = Number(today.slice(0, 4));
  const first = Math.max(Math.min(years.first, thisYear), thisYear - MAX_TREND_YEARS + 1);
  return { from: `${String(first).padStart(4, '0')}-01-01`, to: today };
}

/** Today's date in UTC, as the API's dates are written. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
