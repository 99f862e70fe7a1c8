// Reads the graph (or a scope of it) back into a Dataset: the same rows an import of the export would
// write. A scope selects organisations; the links among them and everything they refer to come along
// (hubs, the capability taxonomy above them, events and programmes, projects), so the export imports on
// its own into an empty database.
import type { Database, Row } from '@siheung/core/db';
import type { Dataset, OrganizationKind } from '../dataset/index.ts';

export interface ExportScope {
  /** Organisations located in one of these hubs (and events held there). */
  hubs?: readonly string[];
  kinds?: readonly OrganizationKind[];
  /** Ids starting with this (every node type). */
  prefix?: string;
}

const isWhole = (scope: ExportScope): boolean =>
  scope.hubs === undefined && scope.kinds === undefined && scope.prefix === undefined;

const ids = (rows: readonly Row[], ...columns: string[]): string[] => [
  ...new Set(
    rows.flatMap((row) =>
      columns.map((column) => row[column]).filter((value): value is string => typeof value === 'string'),
    ),
  ),
];

export async function readGraphDataset(db: Database, scope: ExportScope = {}): Promise<Dataset> {
  return db.readTransaction(async (tx) => {
    const whole = isWhole(scope);
    const prefix = scope.prefix ?? null;
    const orgIds = whole
      ? null
      : ids(
          await tx.run('export-scope-organizations', { hubs: scope.hubs ?? null, kinds: scope.kinds ?? null, prefix }),
          'id',
        );
    const organizations = await tx.run('export-organizations', { ids: orgIds });
    const collaborations = await tx.run('export-collaborations', { orgIds });
    const organizationCapabilities = await tx.run('export-organization-capabilities', { orgIds });
    const organizationNeeds = await tx.run('export-organization-needs', { orgIds });
    const attendance = await tx.run('export-attendance', { orgIds });
    const projectMembers = await tx.run('export-project-members', { orgIds });
    const events = await tx.run('export-events', {
      ids: whole ? null : ids(attendance, 'eventId'),
      hubs: scope.hubs ?? null,
      prefix,
    });
    const projects = await tx.run('export-projects', { ids: whole ? null : ids(projectMembers, 'projectId'), prefix });
    const hubIds = whole ? null : [...ids(organizations, 'hub'), ...ids(events, 'hub'), ...(scope.hubs ?? [])];
    const hubs = await tx.run('export-hubs', { ids: hubIds, prefix });
    const capabilityIds = whole
      ? null
      : ids([...organizations, ...organizationCapabilities, ...organizationNeeds], 'sector', 'capabilityId');
    const capabilities = await tx.run('export-capabilities', { ids: capabilityIds, prefix });
    const programs = await tx.run('export-programs', { ids: whole ? null : ids(events, 'program'), prefix });
    return {
      hubs,
      capabilities,
      programs,
      organizations,
      events,
      projects,
      organizationCapabilities,
      organizationNeeds,
      collaborations,
      attendance,
      projectMembers,
    } as unknown as Dataset;
  }, 'seed-export');
}
