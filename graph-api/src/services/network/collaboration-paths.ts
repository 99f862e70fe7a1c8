// The k shortest collaboration paths between two organisations (Yen's algorithm over the database's SHORTEST
// search), each hop with the evidence of every link between its two organisations.
import type { QueryRunner } from '@siheung/core/db';
import type { LinkKind } from '../../generated/resolvers-types.ts';
import type { CollaborationRow, OrganizationRow } from '../../data/rows.ts';
import { kShortestPaths, type SpurRequest } from './k-shortest-paths.ts';

export interface PathsRequest {
  from: string;
  to: string;
  maxHops: number;
  k: number;
  linkKinds: LinkKind[] | null;
  asOf: string | null;
}

export interface PathHop {
  fromId: string;
  toId: string;
  /** Every link between the two that satisfies the filter, oldest first (at least one). */
  links: CollaborationRow[];
}

export interface FoundPath {
  /** Organisation ids from `from` to `to`. */
  ids: string[];
  hops: PathHop[];
}

/** The paths, shortest first, and the organisations on them by id. */
export interface FoundPaths {
  paths: FoundPath[];
  organizations: Map<string, OrganizationRow>;
}

const pairKey = (fromId: string, toId: string): string => `${fromId}\u0000${toId}`;

export async function collaborationPaths(tx: QueryRunner, request: PathsRequest): Promise<FoundPaths> {
  const { from, to, maxHops, k, linkKinds, asOf } = request;
  const search = async (requests: SpurRequest[]): Promise<Array<string[] | null>> => {
    const spurs = requests.map((spur, index) => ({ ...spur, index }));
    const rows = await tx.run('paths-spur-search', { to, spurs, linkKinds, asOf });
    const found = new Map(rows.map((row) => [Number(row.index), row.ids as string[]]));
    return requests.map((_, index) => found.get(index) ?? null);
  };
  const paths = await kShortestPaths(from, to, k, maxHops, search);
  if (paths.length === 0) return { paths: [], organizations: new Map() };

  const pairs = new Map<string, [string, string]>();
  for (const ids of paths) ids.slice(1).forEach((id, index) => pairs.set(pairKey(ids[index]!, id), [ids[index]!, id]));
  const [row] = await tx.run('paths-evidence', {
    pairs: [...pairs.values()],
    ids: [...new Set(paths.flat())],
    linkKinds,
    asOf,
  });
  const hops = (row?.hops ?? []) as Array<{ fromId: string; toId: string; links: CollaborationRow[] }>;
  const evidence = new Map(hops.map((hop) => [pairKey(hop.fromId, hop.toId), hop.links]));
  const organizations = new Map(
    ((row?.organizations ?? []) as OrganizationRow[]).map((organization) => [organization.id, organization]),
  );
  const found = paths.map((ids) => ({
    ids,
    hops: ids.slice(1).map((toId, index) => {
      const fromId = ids[index]!;
      return { fromId, toId, links: evidence.get(pairKey(fromId, toId)) ?? [] };
    }),
  }));
  return { paths: found, organizations };
}
