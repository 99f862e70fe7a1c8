// Validation of the analytics' arguments (scope, proposed links); failures name the argument. Whether the ids they
// name exist is checked with the request (services/analytics/analytics-request.ts).
import { badUserInput } from '../errors/app-errors.ts';
import type { AnalyticsScope as AnalyticsScopeInput, ProposedLink } from '../generated/resolvers-types.ts';
import { idList, requiredId, type IdArgument } from './arguments.ts';
import { nonEmptyList } from './network-arguments.ts';

export const MAX_PROPOSED_LINKS = 50;

export function analyticsScope(scope: AnalyticsScopeInput | null | undefined, argument = 'scope') {
  return {
    hubs: idList(`${argument}.hubs`, nonEmptyList(`${argument}.hubs`, scope?.hubs)),
    orgKinds: nonEmptyList(`${argument}.orgKinds`, scope?.orgKinds),
    sectors: idList(`${argument}.sectors`, nonEmptyList(`${argument}.sectors`, scope?.sectors)),
    linkKinds: nonEmptyList(`${argument}.linkKinds`, scope?.linkKinds),
  };
}

/** Proposed links: 1–50, each between two different organisations; repeated pairs are kept once. */
export function proposedLinks(links: readonly ProposedLink[]): {
  pairs: Array<{ from: string; to: string }>;
  ids: IdArgument[];
} {
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
