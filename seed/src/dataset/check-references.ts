// Every id a row refers to (hub, sector, broader, parent, program, orgId, from/to, …) must name a row of
// the target file. References into a file that could not be read whole are not checked, to avoid noise.
import type { NodeType } from './column-spec.ts';
import type { ParsedRow, ParsedTable } from './parse-table.ts';
import type { Problem } from './problem.ts';

/**
 * Nodes that exist outside the dataset (in the database, for an import of some files only), by id, with
 * the properties a reference may require (a sector must have level SECTOR).
 */
export type KnownIds = Partial<Record<NodeType, ReadonlyMap<string, Readonly<Record<string, unknown>>>>>;

export function checkReferences(tables: readonly ParsedTable[], known: KnownIds = {}): Problem[] {
  const rowsById = new Map<string, Map<string, ParsedRow>>();
  const incomplete = new Set<string>();
  const fileOf = new Map<string, string>();
  for (const table of tables) {
    fileOf.set(table.spec.type, table.spec.file);
    if (!table.complete) incomplete.add(table.spec.type);
    const index = rowsById.get(table.spec.type) ?? new Map<string, ParsedRow>();
    rowsById.set(table.spec.type, index);
    for (const row of table.rows) {
      const id = row.values.id;
      if (typeof id === 'string' && !index.has(id)) index.set(id, row);
    }
  }
  const problems: Problem[] = [];
  for (const table of tables) {
    for (const reference of table.spec.references) {
      // A target file that is missing or broken is reported already; its ids are unknown, not absent.
      if (incomplete.has(reference.target) || (!fileOf.has(reference.target) && !known[reference.target])) continue;
      const targets = rowsById.get(reference.target) ?? new Map<string, ParsedRow>();
      const targetFile = fileOf.get(reference.target) ?? `${reference.target}.csv`;
      for (const row of table.rows) {
        const value = row.values[reference.column];
        if (typeof value !== 'string') continue;
        const target = targets.get(value)?.values ?? known[reference.target]?.get(value);
        if (target === undefined) {
          const where = known[reference.target] ? `${targetFile} or already in the database` : targetFile;
          problems.push({
            file: table.file,
            row: row.line,
            column: reference.column,
            value,
            expected: `an id defined in ${where}`,
          });
        } else if (reference.where && target[reference.where.column] !== reference.where.value) {
          const { column, value: wanted } = reference.where;
          problems.push({
            file: table.file,
            row: row.line,
            column: reference.column,
            value,
            expected: `an id in ${targetFile} with ${column} ${wanted}`,
          });
        }
      }
    }
  }
  return problems;
}
