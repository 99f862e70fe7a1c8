// A short digest of a dataset row: the loader stores it as importHash and moves importedAt only when it
// changes, so a repeated load leaves every property as it was.
import { createHash } from 'node:crypto';

export function rowHash(row: object): string {
  return createHash('sha256').update(JSON.stringify(row)).digest('hex').slice(0, 20);
}
