// Batch functions for DataLoader: one named query for many keys, its rows put back in key order.
// The queries take $ids and return one row per found key: `key` plus `item` (one thing) or `items` (a list).
import type { Database, Params } from '@siheung/core/db';

/** Things by id: null for an id that names nothing. */
export function itemsByKey<T>(db: Database, queryName: string) {
  return async (keys: readonly string[]): Promise<Array<T | null>> => {
    const rows = await db.read(queryName, { ids: [...keys] });
    const found = new Map(rows.map((row) => [String(row.key), row.item as T]));
    return keys.map((key) => found.get(key) ?? null);
  };
}

/** Lists by key (e.g. an organisation's capabilities): empty for a key without any. */
export function listsByKey<T>(db: Database, queryName: string, params: Params = {}) {
  return async (keys: readonly string[]): Promise<T[][]> => {
    const rows = await db.read(queryName, { ...params, ids: [...keys] });
    const found = new Map(rows.map((row) => [String(row.key), row.items as T[]]));
    return keys.map((key) => found.get(key) ?? []);
  };
}
