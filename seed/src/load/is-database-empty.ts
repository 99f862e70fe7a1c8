// True when the database holds no organisation yet (`pnpm data seed --if-empty` seeds only then).
import type { Database } from '@siheung/core/db';

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [row] = await db.read('load-count-organizations');
  return Number(row?.count ?? 0) === 0;
}
