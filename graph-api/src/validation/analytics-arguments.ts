// Validation of the analytics' arguments (scope, dates, proposed links); failures name the argument, and ids the
// scope names must exist (NOT_FOUND), checked in one query before any analytics run.
import type { ProjectionDetail } from '../services/analytics/network-model.ts';
import { normalizeScope } from '../services/analytics/analytics-scope.ts';
import type { SnapshotRequest } from '../services/analytics/analytics-service.ts';
import type { Database } from '@siheung/core/db';
import { badUserInput } from '../errors/app-errors.ts';
import type { AnalyticsScope as AnalyticsScopeInput, ProposedLink } from '../generated/resolvers-types.ts';
import { checkIds, type IdArgument } from '../data/check-ids.ts';
import { idList, isoDate, requiredId } from './arguments.ts';
import { nonEmptyList } from './network-arguments.ts';

export const MAX_PROPOSED_LINKS = 50;

export function analyticsScope(scope: AnalyticsScopeInput | null | undefined, argument = 'scope') {
  return normalizeScope({
    hubs: idList(`${argument}.hubs`, nonEmptyList(`${argument}.hubs`, scope?.hubs)),
    orgKinds: nonEmptyList(`${argument}.orgKinds`, scope?.orgKinds),
    sectors: idList(`${argument}.sectors`, nonEmptyList(`${argument}.sectors`, scope?.sectors)),
    linkKinds: nonEmptyList(`${argument}.linkKinds`, scope?.linkKinds),
  });
}

/** The validated scope and date of an analytics request; NOT_FOUND for unknown hubs, sectors or organisations. */
export async function analyticsRequest(
  db: Database, args: { scope?: AnalyticsScopeInput | null; asOf?: string | null }, detail: ProjectionDetail,
  organizations: readonly IdArgument[] = [],
): Promise<SnapshotRequest> {
  const scope = analyticsScope(args.scope);
  const asOf = isoDate('asOf', args.asOf);
  await db.readTransaction((tx) => checkIds(tx, organizations, scope, 'scope'), 'analytics-check-ids');
  return { scope, asOf, detail };
}

/** Proposed links: 1–50, each between two different organisations; repeated pairs are kept once. */
export function proposedLinks(links: readonly ProposedLink[]): { pairs: Array<{ from: string; to: string }>; ids: IdArgument[] } {
  if (links.length === 0 || links.length > MAX_PROPOSED_LINKS) {
    throw badUserInput('links', `must hold 1 to ${MAX_PROPOSED_LINKS} links, got ${links.length}`);
  }
  const ids: IdArgument[] = [];
  const pairs = links.map((link, index) => {
    const from = requiredId(`links[${index}].from`, link.from);
    const to = requiredId(`links[${index}].to`, link.to);
    if (from === to) throw badUserInput(`links[${index}].to`, 'must be a different organisation from `from`');
    ids.push({ argument: `links[${index}].from`, id: from }, { argument: `links[${index}].to`, id: to });
    return { from, to };
  });
  return { pairs, ids };
}
