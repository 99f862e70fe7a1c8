// Integration-test helpers: small datasets built in code, for loads that need no CSV.
import type { Dataset, OrganizationRow } from '../src/dataset/index.ts';

export function emptyDataset(): Dataset {
  return {
    hubs: [],
    capabilities: [],
    programs: [],
    organizations: [],
    events: [],
    projects: [],
    organizationCapabilities: [],
    organizationNeeds: [],
    collaborations: [],
    attendance: [],
    projectMembers: [],
  };
}

export function organization(id: string, changes: Partial<OrganizationRow> = {}): OrganizationRow {
  return {
    id,
    name: `${id} 이름`,
    nameEn: `${id} name`,
    aliases: [],
    kind: 'COMPANY',
    hub: null,
    sector: null,
    founded: null,
    employees: null,
    status: 'ACTIVE',
    description: null,
    descriptionEn: null,
    website: null,
    source: 'test:code',
    synthetic: true,
    ...changes,
  };
}

export function collaboration(
  id: string,
  from: string,
  to: string,
  since = '2024-01-01',
): Dataset['collaborations'][number] {
  return {
    id,
    from,
    to,
    kind: 'JOINT_RD',
    since,
    until: null,
    weight: 1,
    title: null,
    source: 'test:code',
    synthetic: true,
  };
}
