// The audit target of an import (importData and `pnpm data import`): one entry per committed transaction with the
// counts per dataset type, not one per row (a 100,000-row import would otherwise double the database's size).
import type { AuditTarget } from './audited-database.ts';

export function importAuditTarget(source: string | null, files: readonly string[]): AuditTarget<null> {
  return {
    before: async () => null,
    after: async (_tx, result) => ({
      entityType: 'Import',
      entityId: source,
      before: null,
      after: { source, files: [...files], counts: result ?? null },
    }),
  };
}
