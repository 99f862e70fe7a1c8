// The request every analytics question and export starts from: its validated scope and date, with the ids the scope
// names checked to exist (NOT_FOUND) in one query before any analytics run.
import type { Database } from '@siheung/core/db';
import { checkIds } from '../../data/check-ids.ts';
import type { AnalyticsScope as AnalyticsScopeInput } from '../../generated/resolvers-types.ts';
import { analyticsScope } from '../../validation/analytics-arguments.ts';
import { isoDate, type IdArgument } from '../../validation/arguments.ts';
import { normalizeScope } from './analytics-scope.ts';
import type { SnapshotRequest } from './analytics-service.ts';
import type { ProjectionDetail } from './network-model.ts';

/** The validated scope and date of an analytics request; NOT_FOUND for unknown hubs, sectors or organisations. */
export async function analyticsRequest(
  db: Database,
  args: { scope?: AnalyticsScopeInput | null; asOf?: string | null },
  detail: ProjectionDetail,
  organizations: readonly IdArgument[] = [],
): Promise<SnapshotRequest> {
  const scope = normalizeScope(analyticsScope(args.scope));
  const asOf = isoDate('asOf', args.asOf);
  await db.readTransaction((tx) => checkIds(tx, organizations, scope, 'scope'), 'analytics-check-ids');
  return { scope, asOf, detail };
}
