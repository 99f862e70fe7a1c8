// What a load writes, in dependency order: nodes, then the links between them. Each step is one named
// query run over batches of rows built from the dataset.
import { computeSearchKeys, type NamedThing } from '@siheung/core/search-key';
import type { Dataset, DatasetType } from '../dataset/index.ts';
import { kindLabels } from '@siheung/core/kind-labels';
import { rowHash } from './row-hash.ts';

export interface LoadStep {
  /** The dataset type whose rows this step writes (and whose counts it adds to). */
  readonly type: DatasetType;
  readonly query: string;
  /** Link passes over node rows (BROADER, PART_OF) report rows only, not created/updated counts. */
  readonly counts: boolean;
  rows(dataset: Dataset): object[];
}

/** The dataset row with its digest and origin: the query reads the columns it needs by name. */
const hashed = <T extends { importedFrom?: string }>(rows: readonly T[]): object[] =>
  rows.map((row) => ({ ...row, importedFrom: row.importedFrom ?? null, hash: rowHash(row) }));

/** Rows the API's search finds (hubs, capabilities): with their search keys, computed by the one implementation. */
const searchable = <T extends NamedThing>(rows: readonly T[]): object[] =>
  rows.map((row) => ({
    ...row,
    ...computeSearchKeys(row),
    importedFrom: (row as { importedFrom?: string }).importedFrom ?? null,
    hash: rowHash(row),
  }));

export const LOAD_STEPS: readonly LoadStep[] = [
  { type: 'hubs', query: 'load-hubs', counts: true, rows: (d) => searchable(d.hubs) },
  { type: 'capabilities', query: 'load-capabilities', counts: true, rows: (d) => searchable(d.capabilities) },
  {
    type: 'capabilities',
    query: 'load-capability-broader',
    counts: false,
    rows: (d) => d.capabilities.map(({ id, broader }) => ({ id, broader })),
  },
  { type: 'programs', query: 'load-programs', counts: true, rows: (d) => hashed(d.programs) },
  {
    type: 'programs',
    query: 'load-program-parents',
    counts: false,
    rows: (d) => d.programs.map(({ id, parent }) => ({ id, parent })),
  },
  {
    type: 'organizations',
    query: 'load-organizations',
    counts: true,
    rows: (d) =>
      d.organizations.map((row) => ({
        ...row,
        ...kindLabels(row.kind),
        ...computeSearchKeys({ name: row.name, nameEn: row.nameEn, aliases: row.aliases }),
        importedFrom: row.importedFrom ?? null,
        hash: rowHash(row),
      })),
  },
  { type: 'events', query: 'load-events', counts: true, rows: (d) => hashed(d.events) },
  { type: 'projects', query: 'load-projects', counts: true, rows: (d) => hashed(d.projects) },
  {
    type: 'organizationCapabilities',
    query: 'load-organization-capabilities',
    counts: true,
    rows: (d) => hashed(d.organizationCapabilities),
  },
  {
    type: 'organizationNeeds',
    query: 'load-organization-needs',
    counts: true,
    rows: (d) => hashed(d.organizationNeeds),
  },
  { type: 'collaborations', query: 'load-collaborations', counts: true, rows: (d) => hashed(d.collaborations) },
  { type: 'attendance', query: 'load-attendance', counts: true, rows: (d) => hashed(d.attendance) },
  { type: 'projectMembers', query: 'load-project-members', counts: true, rows: (d) => hashed(d.projectMembers) },
];
