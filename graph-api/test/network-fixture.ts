// Integration-test data for the network queries: small graphs of T- organisations and links, written through the
// product's own loader (labels, hub links and search keys as real data has them) and deleted by prefix.
import { loadDataset, type Dataset } from '@siheung/seed';
import type { Database } from '@siheung/core/db';

type OrganizationRow = Dataset['organizations'][number];
type CollaborationRow = Dataset['collaborations'][number];

export interface FixtureOrganization {
  id: string;
  name?: string;
  kind?: OrganizationRow['kind'];
  hub?: string | null;
  sector?: string | null;
}

export interface FixtureLink {
  id: string;
  from: string;
  to: string;
  kind?: CollaborationRow['kind'];
  since?: string;
  until?: string | null;
}

export function fixtureDataset(organizations: FixtureOrganization[], links: FixtureLink[]): Dataset {
  return {
    hubs: [], capabilities: [], programs: [], events: [], projects: [],
    organizationCapabilities: [], organizationNeeds: [], attendance: [], projectMembers: [],
    organizations: organizations.map((o) => ({
      id: o.id, name: o.name ?? `${o.id} 기관`, nameEn: `${o.id} organisation`, aliases: [], kind: o.kind ?? 'COMPANY',
      hub: o.hub ?? null, sector: o.sector ?? null, founded: null, employees: null, status: 'ACTIVE',
      description: null, descriptionEn: null, website: null, source: 'test:fixture', synthetic: true,
    })),
    collaborations: links.map((l) => ({
      id: l.id, from: l.from, to: l.to, kind: l.kind ?? 'JOINT_RD', since: l.since ?? '2020-01-01', until: l.until ?? null,
      weight: 1, title: null, source: 'test:fixture', synthetic: true,
    })),
  };
}

export async function loadFixture(db: Database, organizations: FixtureOrganization[], links: FixtureLink[]): Promise<void> {
  await loadDataset(db, fixtureDataset(organizations, links));
}

/** Deletes the T- organisations (and with them their links) whose ids start with the prefix. */
export async function deleteFixture(db: Database, prefix: string): Promise<void> {
  await db.write('load-test-delete-prefix', { prefix });
}
