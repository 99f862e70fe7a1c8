// The data version the analytics caches are keyed by, and the hook every write uses to move it on.
// A counter node raised inside each write transaction (mutations and imports, whichever process runs them) plus
// count-store counts (which also move when data is changed outside the product): one cheap read per request tells
// any API instance whether what it cached still holds.
import type { Database, QueryRunner } from '../db/index.ts';

/** The named query that raises the counter; run it as the last statement of a write transaction. */
export const DATA_VERSION_BUMP = 'data-version-bump';

export async function readDataVersion(db: Database): Promise<string> {
  const [row] = await db.read('analytics-data-version');
  return [row?.version, row?.organizations, row?.links, row?.hubs].map((value) => String(value ?? 0)).join(':');
}

/**
 * The same database, except that each write transaction raises the data version as its last statement (so the
 * counter commits, or rolls back, with the write). `write` goes through `writeTransaction`, so it is covered too.
 */
export function withDataVersionBump(db: Database): Database {
  const tracked = Object.create(db) as Database;
  tracked.writeTransaction = <T>(work: (tx: QueryRunner) => Promise<T>, label?: string): Promise<T> =>
    db.writeTransaction(async (tx) => {
      const result = await work(tx);
      await tx.run(DATA_VERSION_BUMP);
      return result;
    }, label);
  return tracked;
}
