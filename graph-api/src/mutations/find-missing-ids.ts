// Checks, inside a write transaction, that the ids a mutation refers to exist; the first missing one
// becomes NOT_FOUND naming its argument, before anything is written.
import type { QueryRunner } from '@siheung/core/db';
import { notFound, unknownIds } from '../errors/app-errors.ts';

export interface References {
  organizations?: Array<[argument: string, id: string]>;
  hubs?: Array<[argument: string, id: string]>;
  events?: Array<[argument: string, id: string]>;
  /** Capability ids of one list argument. */
  capabilities?: { argument: string; ids: string[] };
  /** Ids that must name a capability of level SECTOR. */
  sectors?: Array<[argument: string, id: string]>;
}

const WHAT = { organizations: 'organization', hubs: 'hub', events: 'event', sectors: 'sector' } as const;

export async function assertReferencesExist(tx: QueryRunner, references: References): Promise<void> {
  const ids = (pairs?: Array<[string, string]>) => (pairs ?? []).map(([, id]) => id);
  const [row] = await tx.run('write-missing-ids', {
    organizations: ids(references.organizations),
    hubs: ids(references.hubs),
    events: ids(references.events),
    sectors: ids(references.sectors),
    capabilities: references.capabilities?.ids ?? [],
  });
  for (const key of ['organizations', 'hubs', 'events', 'sectors'] as const) {
    const missing = new Set((row?.[key] ?? []) as string[]);
    const first = (references[key] ?? []).find(([, id]) => missing.has(id));
    if (first) throw notFound(WHAT[key], first[1], first[0]);
  }
  const missingCapabilities = (row?.capabilities ?? []) as string[];
  if (references.capabilities && missingCapabilities.length > 0) {
    throw unknownIds(references.capabilities.argument, 'capability', missingCapabilities);
  }
}
