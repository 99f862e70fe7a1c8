// Query.organization and Query.organizations: look-up and paged search.
import type { AppContext } from '../app/context.ts';
import { notFound } from '../errors/app-errors.ts';
import { isChoseongQuery, normalizeText } from '../search/search-key.ts';
import { boundedString, encodeCursor, intInRange, offsetAfter } from './arguments.ts';

type Args = Record<string, unknown>;

async function organization(_: unknown, args: Args, { db }: AppContext): Promise<unknown> {
  const id = boundedString('id', args.id as string, 200);
  const rows = id === null ? [] : await db.read('organization-by-id', { id });
  if (rows.length === 0) throw notFound('organization', String(args.id));
  return rows[0]?.organization;
}

async function organizations(_: unknown, args: Args, { db }: AppContext): Promise<unknown> {
  const first = intInRange('first', args.first as number | null, 1, 100, 20);
  const skip = offsetAfter('after', args.after as string | null);
  const search = boundedString('search', args.search as string | null, 200);
  const choseong = search !== null && isChoseongQuery(search) ? search.replace(/\s+/g, '') : null;
  const text = search !== null && choseong === null ? normalizeText(search) : null;
  const [row] = await db.read('organizations-page', { text, choseong, skip, first });
  const totalCount = Number(row?.totalCount ?? 0);
  const nodes = (row?.organizations ?? []) as unknown[];
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(skip + index), node }));
  return {
    totalCount,
    edges,
    pageInfo: { hasNextPage: skip + nodes.length < totalCount, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

export const organizationResolvers = {
  Query: { organization, organizations },
  Organization: {
    aliases: (parent: { aliases?: string[] | null }) => parent.aliases ?? [],
    status: (parent: { status?: string | null }) => parent.status ?? 'ACTIVE',
  },
};
