// Query.organization and Query.organizations: look-up, and a filtered, ordered, paged list.
import { badUserInput, notFound, unknownIds } from '../errors/app-errors.ts';
import type { QueryResolvers, OrganizationFilter } from '../generated/resolvers-types.ts';
import type { Database } from '../db/index.ts';
import type { OrganizationRow } from '../model/rows.ts';
import { isChoseongQuery, normalizeText } from '../search/search-key.ts';
import { boundedString, encodeCursor, idList, intInRange, offsetAfter, requiredId } from './arguments.ts';

const MAX_YEAR = new Date().getUTCFullYear() + 1;

/** The page query's filter parameters, each null for "any"; every failure names its argument. */
function filterParams(filter: OrganizationFilter | null | undefined) {
  const foundedFrom = filter?.foundedFrom == null ? null : intInRange('filter.foundedFrom', filter.foundedFrom, 1800, MAX_YEAR, 0);
  const foundedTo = filter?.foundedTo == null ? null : intInRange('filter.foundedTo', filter.foundedTo, 1800, MAX_YEAR, 0);
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

type PageParams = ReturnType<typeof filterParams> & ReturnType<typeof searchParams> & {
  orderField: string; descending: boolean; skip: number; first: number;
};

/**
 * The page's row. The unfiltered by-name page (the list's default) has its own cheap statement (count store, index
 * order); it leaves out organisations without a name, which the general one sorts last, so a short page that
 * should have been full is asked again of the general one.
 */
async function readPage(db: Database, params: PageParams): Promise<Array<Record<string, unknown>>> {
  const { orderField, descending, skip, first, ...filters } = params;
  if (orderField !== 'NAME' || Object.values(filters).some((value) => value !== null)) return db.read('organizations-page', params);
  const rows = await db.read(descending ? 'organizations-page-by-name-desc' : 'organizations-page-by-name', { skip, first });
  const found = ((rows[0]?.organizations ?? []) as unknown[]).length;
  const complete = found === first || skip + found >= Number(rows[0]?.totalCount ?? 0);
  return complete ? rows : db.read('organizations-page', params);
}

export const organizationQueries: QueryResolvers = {
  async organization(_, args, { loaders }) {
    const organization = await loaders.organization.load(requiredId('id', args.id));
    if (!organization) throw notFound('organization', args.id, 'id');
    return organization;
  },

  async organizations(_, args, { db, loaders }) {
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
    const [row] = await readPage(db, params);
    for (const [column, argument, what] of UNKNOWN_IDS) {
      const unknown = (row?.[column] ?? []) as string[];
      if (unknown.length > 0) throw unknownIds(argument, what, unknown);
    }
    const totalCount = Number(row?.totalCount ?? 0);
    const nodes = (row?.organizations ?? []) as OrganizationRow[];
    for (const node of nodes) loaders.organization.prime(node.id, node);
    const edges = nodes.map((node, index) => ({ cursor: encodeCursor(skip + index), node }));
    return {
      totalCount,
      edges,
      pageInfo: { hasNextPage: skip + nodes.length < totalCount, endCursor: edges.at(-1)?.cursor ?? null },
    };
  },
};
