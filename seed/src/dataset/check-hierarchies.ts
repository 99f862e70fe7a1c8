// The capability taxonomy (broader) and the programme tree (parent) must not loop back on themselves.
import type { ParsedTable } from './parse-table.ts';
import type { Problem } from './problem.ts';

const HIERARCHIES: Readonly<Record<string, string>> = { capabilities: 'broader', programs: 'parent' };

export function checkHierarchies(tables: readonly ParsedTable[]): Problem[] {
  const problems: Problem[] = [];
  for (const [type, column] of Object.entries(HIERARCHIES)) {
    const rows = tables
      .filter((table) => table.spec.type === type)
      .flatMap((table) => table.rows.map((row) => ({ file: table.file, row })));
    const parentOf = new Map<string, string>();
    const where = new Map<string, { file: string; line: number }>();
    for (const { file, row } of rows) {
      const { id } = row.values;
      const parent = row.values[column];
      if (typeof id !== 'string' || where.has(id)) continue;
      where.set(id, { file, line: row.line });
      if (typeof parent === 'string' && parent !== id) parentOf.set(id, parent);
    }
    const reported = new Set<string>();
    for (const start of parentOf.keys()) {
      const path: string[] = [];
      let current: string | undefined = start;
      while (current !== undefined && !path.includes(current)) {
        path.push(current);
        current = parentOf.get(current);
      }
      if (current === undefined) continue;
      const cycle = path.slice(path.indexOf(current));
      if (cycle.some((member) => reported.has(member))) continue;
      cycle.forEach((member) => reported.add(member));
      // Reported once, at the cycle's first row in the file.
      const first = [...cycle].sort((a, b) => (where.get(a)?.line ?? 0) - (where.get(b)?.line ?? 0))[0] ?? start;
      const at = where.get(first);
      const loop = [...cycle.slice(cycle.indexOf(first)), ...cycle.slice(0, cycle.indexOf(first)), first].join(' → ');
      problems.push({
        file: at?.file ?? type,
        row: at?.line ?? 0,
        column,
        value: parentOf.get(first) ?? '',
        expected: `a ${column} chain that ends (it loops: ${loop})`,
      });
    }
  }
  return problems;
}
