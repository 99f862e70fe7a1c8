// The request every analytics question and export starts from: its validated scope and date, with the ids the scope
// names checked to exist (NOT_FOUND) in one query before any analytics run.
import type { Database } from '@siheung/core/db';
import { checkIds } from '../../data/check-ids.ts';
import type { AnalyticsScope as AnalyticsScopeInput } from '../../generated/resolvers-types.ts';
import { analyticsScope } from '../../validation/analytics-arguments.ts';
import { isoDate, type IdArgument } from '../../validation/arguments.ts';
import { normalizeScope } from './analytics-scope.ts';
import type { ColdAdmission, SnapshotRequest } from './analytics-service.ts';
import type { ProjectionDetail } from './network-model.ts';

/** Who asks: the database, and what the caller may start that is not cached (limits/analytics-admission.ts). */
export interface AnalyticsCaller {
  db: Database;
  analyticsAdmission: ColdAdmission;
}

/** The validated scope and date of an analytics request; NOT_FOUND for unknown hubs, sectors or organisations. */
export async function analyticsRequest(
  { db, analyticsAdmission }: AnalyticsCaller,
  args: { scope?: AnalyticsScopeInput | null; asOf?: string | null },
  detail: ProjectionDetail,
  organizations: readonly IdArgument[] = [],
): Promise<SnapshotRequest> {
  const scope = normalizeScope(analyticsScope(args.scope));
  const asOf = isoDate('asOf', args.asOf);
  await db.readTransaction((tx) => checkIds(tx, organizations, scope, 'scope'), 'analytics-check-ids');
  return { scope, asOf, detail, admission: analyticsAdmission };
}
