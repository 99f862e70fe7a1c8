// Each file's key (an id, or a pair such as orgId + capabilityId) must be unique across every file of its type.
import type { ParsedTable } from './parse-table.ts';
import type { Problem } from './problem.ts';

export function checkUniqueKeys(tables: readonly ParsedTable[]): Problem[] {
  const problems: Problem[] = [];
  const firstSeen = new Map<string, string>();
  for (const table of tables) {
    const { key, type } = table.spec;
    const column = key[key.length - 1] ?? 'id';
    for (const row of table.rows) {
      const parts = key.map((name) => row.values[name]);
      if (parts.some((part) => typeof part !== 'string')) continue;
      const keyText = `${type}\u0000${parts.join('\u0000')}`;
      const first = firstSeen.get(keyText);
      if (first === undefined) {
        firstSeen.set(keyText, `${table.file}:${row.line}`);
        continue;
      }
      const value = String(row.values[column]);
      const expected =
        key.length === 1
          ? `a unique ${column} (${value} is already at ${first})`
          : `a ${column} not already listed for ${key
              .slice(0, -1)
              .map((name) => `${name} ${String(row.values[name])}`)
              .join(', ')} (see ${first})`;
      problems.push({ file: table.file, row: row.line, column, value, expected });
    }
  }
  return problems;
}
