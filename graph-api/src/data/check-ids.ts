// NOT_FOUND, naming the argument, for any id a network query names that does not exist (before it runs).
import type { QueryRunner } from '@siheung/core/db';
import { notFound, unknownIds } from '../errors/app-errors.ts';
import type { IdArgument } from '../validation/arguments.ts';
import type { NetworkParams } from '../validation/network-params.ts';

/** Checks organisations given as arguments (e.g. `from`) and the filter's hubs and sectors, in one query. */
export async function checkIds(
  tx: QueryRunner,
  organizations: readonly IdArgument[],
  network: Pick<NetworkParams, 'hubs' | 'sectors'>,
  filterArgument = 'filter',
): Promise<void> {
  const needed = organizations.length > 0 || network.hubs !== null || network.sectors !== null;
  if (!needed) return;
  const [row] = await tx.run('graph-unknown-ids', {
    organizations: organizations.map((o) => o.id),
    hubs: network.hubs,
    sectors: network.sectors,
  });
  const unknownOrganizations = new Set((row?.organizations ?? []) as string[]);
  const missing = organizations.find((o) => unknownOrganizations.has(o.id));
  if (missing) throw notFound('organization', missing.id, missing.argument);
  const hubs = (row?.hubs ?? []) as string[];
  if (hubs.length > 0) throw unknownIds(`${filterArgument}.hubs`, 'hub', hubs);
  const sectors = (row?.sectors ?? []) as string[];
  if (sectors.length > 0) throw unknownIds(`${filterArgument}.sectors`, 'sector', sectors);
}
