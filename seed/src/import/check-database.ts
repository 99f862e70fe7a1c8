// What the database adds to an import's validation: ids the files refer to but do not define (they may
// exist already), and collaboration rows the database contradicts. Both run on raw cells, before typing,
// so that their problems come in the same report as every other one.
import type { Database } from '@siheung/core/db';
import {
  specForType,
  unescapeFormula,
  type KnownIds,
  type NodeType,
  type Problem,
  type RawTable,
} from '../dataset/index.ts';

const NODE_TYPES: readonly NodeType[] = ['hubs', 'capabilities', 'programs', 'organizations', 'events', 'projects'];
const CHUNK = 20_000;

type Cell = (cells: readonly string[]) => string;

/** Reads one column's trimmed cell (formula escape removed) from a record of the table; '' when absent. */
const cellOf = (table: RawTable, column: string): Cell => {
  const index = table.header.indexOf(column);
  return (cells: readonly string[]): string => (index === -1 ? '' : unescapeFormula((cells[index] ?? '').trim()));
};

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) result.push(items.slice(start, start + CHUNK));
  return result;
}

/** The database's nodes among the ids the tables refer to but do not define themselves. */
export async function findKnownIds(db: Database, tables: readonly RawTable[]): Promise<KnownIds> {
  const defined = new Map<string, Set<string>>(NODE_TYPES.map((type) => [type, new Set<string>()]));
  const wanted = new Map<string, Set<string>>(NODE_TYPES.map((type) => [type, new Set<string>()]));
  for (const table of tables) {
    const spec = table.type === undefined ? undefined : specForType(table.type);
    if (!spec) continue;
    if (defined.has(spec.type) && spec.key[0] === 'id') {
      const id = cellOf(table, 'id');
      for (const record of table.records) defined.get(spec.type)?.add(id(record.cells));
    }
    for (const reference of spec.references) {
      const value = cellOf(table, reference.column);
      for (const record of table.records) {
        const id = value(record.cells);
        if (id !== '') wanted.get(reference.target)?.add(id);
      }
    }
  }
  const known: Record<string, Map<string, Record<string, unknown>>> = Object.fromEntries(
    NODE_TYPES.map((type) => [type, new Map()]),
  );
  const missing = NODE_TYPES.map(
    (type) => [type, [...(wanted.get(type) ?? [])].filter((id) => !defined.get(type)?.has(id))] as const,
  );
  const longest = Math.max(0, ...missing.map(([, ids]) => ids.length));
  for (let start = 0; start < longest; start += CHUNK) {
    const params = Object.fromEntries(missing.map(([type, ids]) => [type, ids.slice(start, start + CHUNK)]));
    for (const row of await db.read('import-existing-ids', params)) {
      known[String(row.type)]?.set(String(row.id), { level: row.level });
    }
  }
  return known as KnownIds;
}

/** Collaboration rows whose id joins another pair in the database, or whose pair, kind and start another link has. */
export async function findLinkConflicts(db: Database, tables: readonly RawTable[]): Promise<Problem[]> {
  const rows: { file: string; line: number; id: string; from: string; to: string; kind: string; since: string }[] = [];
  for (const table of tables.filter((candidate) => candidate.type === 'collaborations')) {
    const [id, from, to, kind, since] = (['id', 'from', 'to', 'kind', 'since'] as const).map((column) =>
      cellOf(table, column),
    ) as [Cell, Cell, Cell, Cell, Cell];
    for (const record of table.records) {
      const row = {
        file: table.file,
        line: record.line,
        id: id(record.cells),
        from: from(record.cells),
        to: to(record.cells),
        kind: kind(record.cells),
        since: since(record.cells),
      };
      if ([row.id, row.from, row.to, row.kind, row.since].every((value) => value !== '')) rows.push(row);
    }
  }
  const importIds = new Set(rows.map((row) => row.id));
  const labels = (table: RawTable | undefined, column: string): string => table?.columnLabels?.[column] ?? column;
  const problems: Problem[] = [];
  for (const [part, chunk] of chunks(rows).entries()) {
    const links = chunk.map((row, index) => ({
      index: part * CHUNK + index,
      id: row.id,
      from: row.from,
      to: row.to,
      kind: row.kind,
      since: row.since,
    }));
    for (const found of await db.read('import-link-conflicts', { links })) {
      const row = rows[Number(found.index)];
      if (!row) continue;
      const table = tables.find((candidate) => candidate.file === row.file);
      const other = `${String(found.otherId)} (${String(found.otherFrom)} → ${String(found.otherTo)})`;
      if (found.conflict === 'id') {
        problems.push({
          file: row.file,
          row: row.line,
          column: labels(table, 'id'),
          value: row.id,
          expected:
            `an id not already used in the database for another pair: ${other} (ids are stable; give this link a ` +
            `new id)`,
        });
      } else if (!importIds.has(String(found.otherId))) {
        // A link this import also rewrites is judged by its new values, within the files.
        problems.push({
          file: row.file,
          row: row.line,
          column: labels(table, 'since'),
          value: row.since,
          expected: `one ${row.kind} link per pair and start date: the database already has ${other}`,
        });
      }
    }
  }
  return problems;
}
