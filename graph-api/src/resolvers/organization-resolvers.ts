// Query.organization and Query.organizations: look-up, and a filtered, ordered, paged list.
import { badUserInput, notFound, unknownIds } from '../errors/app-errors.ts';
import type { QueryResolvers, OrganizationFilter } from '../generated/resolvers-types.ts';
import type { OrganizationRow } from '../data/rows.ts';
import { isChoseongQuery, normalizeText } from '@siheung/core/search-key';
import { boundedString, encodeCursor, idList, intInRange, offsetAfter, requiredId } from '../validation/arguments.ts';
import { nestedPlan } from './organization-nested-plan.ts';
import { readOrganizationsPage } from '../data/organization-page-reader.ts';

const MAX_YEAR = new Date().getUTCFullYear() + 1;

/** The page query's filter parameters, each null for "any"; every failure names its argument. */
function filterParams(filter: OrganizationFilter | null | undefined) {
  const foundedFrom =
    filter?.foundedFrom == null ? null : intInRange('filter.foundedFrom', filter.foundedFrom, 1800, MAX_YEAR, 0);
  const foundedTo =
    filter?.foundedTo == null ? null : intInRange('filter.foundedTo', filter.foundedTo, 1800, MAX_YEAR, 0);
  if (foundedFrom !== null && foundedTo !== null && foundedTo < foundedFrom) {
    throw badUserInput('filter.foundedTo', `must not be before filter.foundedFrom (${foundedFrom})`);
  }
  return {
    kinds: filter?.kinds ?? null,
    hubs: idList('filter.hubs', filter?.hubs),
    capabilities: idList('filter.capabilities', filter?.capabilities),
    needs: idList('filter.needs', filter?.needs),
    foundedFrom,
    foundedTo,
    synthetic: filter?.synthetic ?? null,
  };
}

function searchParams(value: string | null | undefined) {
  const search = boundedString('search', value, 200);
  const choseong = search !== null && isChoseongQuery(search) ? search.replace(/\s+/g, '') : null;
  return { choseong, text: search !== null && choseong === null ? normalizeText(search) : null };
}

const UNKNOWN_IDS = [
  ['unknownHubs', 'filter.hubs', 'hub'],
  ['unknownCapabilities', 'filter.capabilities', 'capability'],
  ['unknownNeeds', 'filter.needs', 'capability'],
] as const;

export const organizationQueries: QueryResolvers = {
  async organization(_, args, { loaders }) {
    const organization = await loaders.organization.load(requiredId('id', args.id));
    if (!organization) throw notFound('organization', args.id, 'id');
    return organization;
  },

  async organizations(_, args, { db, loaders }, info) {
    const first = intInRange('first', args.first, 1, 100, 20);
    const skip = offsetAfter('after', args.after);
    const params = {
      ...filterParams(args.filter),
      ...searchParams(args.search),
      orderField: args.orderBy?.field ?? 'NAME',
      descending: args.orderBy?.direction === 'DESC',
      skip,
      first,
    };
    // The nested fields asked of every organisation come in the page's statement (one round trip, not one per field)
    // — except while Neo4j is coming back from an outage: its cold planner is slow on the nested statement,
    // several times over when many requests arrive at once, past the recovery's deadlines (neo4j-fault.int.test.ts);
    // the plain statements plan in a fraction of that.
    const plan = db.circuitState === 'closed' ? nestedPlan(info) : null;
    const row = await readOrganizationsPage(db, loaders, params, plan);
    for (const [column, argument, what] of UNKNOWN_IDS) {
      const unknown = (row?.[column] ?? []) as string[];
      if (unknown.length > 0) throw unknownIds(argument, what, unknown);
    }
    const totalCount = Number(row?.totalCount ?? 0);
    const nodes = (row?.organizations ?? []) as OrganizationRow[];
    const edges = nodes.map((node, index) => ({ cursor: encodeCursor(skip + index), node }));
    return {
      totalCount,
      edges,
      pageInfo: { hasNextPage: skip + nodes.length < totalCount, endCursor: edges.at(-1)?.cursor ?? null },
    };
  },
};
