// The analytics scope in one canonical form (sorted, without repeats), so equal scopes share cache entries.
import type { AnalyticsScope } from './network-model.ts';

const canonical = <T extends string>(values: readonly T[] | null): T[] | null =>
  values === null ? null : [...new Set(values)].sort();

export function normalizeScope(scope: AnalyticsScope): AnalyticsScope {
  return {
    hubs: canonical(scope.hubs),
    orgKinds: canonical(scope.orgKinds),
    sectors: canonical(scope.sectors),
    linkKinds: canonical(scope.linkKinds),
  };
}

export function scopeKey(scope: AnalyticsScope): string {
  const normal = normalizeScope(scope);
  return JSON.stringify([normal.hubs, normal.orgKinds, normal.sectors, normal.linkKinds]);
}
