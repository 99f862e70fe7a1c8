// A short digest of a dataset row: the loader stores it as importHash and moves importedAt (and
// importedFrom) only when it changes, so a repeated load leaves every property as it was. Where the row
// was read from is not part of its content.
import { createHash } from 'node:crypto';

export function rowHash(row: object): string {
  const { importedFrom: _importedFrom, ...content } = row as { importedFrom?: unknown };
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 20);
}
