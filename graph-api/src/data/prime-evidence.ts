// The rows the matching answers show (organisations, capabilities, events, projects, links), read in one statement
// (matching-evidence.cypher) and put into the request's loaders, so the nested fields answer from memory.
import type { Database } from '@siheung/core/db';
import type { Loaders } from './create-loaders.ts';
import type { CapabilityRow, CollaborationRow, EventRow, OrganizationRow, ProjectRow } from './rows.ts';

export type EvidenceIds = Record<'organizations' | 'capabilities' | 'events' | 'projects' | 'links', string[]>;

/**
 * Reads everything the nested fields of these results show in one statement and primes the request's loaders with
 * it: the fields then answer from the loaders' cache (an id the statement did not find is looked up again by its
 * loader).
 */
export async function primeEvidence(db: Database, loaders: Loaders, ids: EvidenceIds): Promise<void> {
  const unique = Object.fromEntries(
    Object.entries(ids).map(([kind, list]) => [kind, [...new Set(list)]]),
  ) as EvidenceIds;
  if (Object.values(unique).every((list) => list.length === 0)) return;
  const [row] = await db.read('matching-evidence', { ids: unique });
  const rows = <T extends { id: string }>(key: keyof EvidenceIds): T[] => (row?.[key] ?? []) as T[];
  for (const item of rows<OrganizationRow>('organizations')) loaders.organization.prime(item.id, item);
  for (const item of rows<CapabilityRow>('capabilities')) loaders.capability.prime(item.id, item);
  for (const item of rows<EventRow>('events')) loaders.event.prime(item.id, item);
  for (const item of rows<ProjectRow>('projects')) loaders.project.prime(item.id, item);
  for (const item of rows<CollaborationRow>('links')) loaders.collaboration.prime(item.id, item);
}
