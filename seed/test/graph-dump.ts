// Integration-test helpers: a sorted, comparable dump of (part of) the graph, its digest and counts.
import { createHash } from 'node:crypto';
import type { Database } from '@siheung/core/db';

export interface DumpEntry {
  kind: 'node' | 'relationship';
  key: string;
  labels: string[];
  props: Record<string, unknown>;
  /** Cypher value type of each property, e.g. DATE NOT NULL. */
  types: Record<string, string>;
}

const sortKeys = (value: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));

const withoutKey = ({ seq: _seq, ...props }: Record<string, unknown>): Record<string, unknown> => props;

/** Nodes whose id starts with prefix and the relationships touching them ('' = the whole graph), sorted. */
export async function dumpGraph(db: Database, prefix: string): Promise<DumpEntry[]> {
  const rows = await db.read('load-test-dump-prefix', { prefix });
  return (
    rows
      // Storage bookkeeping, not content: each organisation's random `seq` key
      // (cypher/schema/006-organization-seq.cypher) differs between two databases holding the same data.
      .map((row) => ({
        kind: row.kind as DumpEntry['kind'],
        key: String(row.key),
        labels: [...(row.labels as string[])].sort(),
        props: sortKeys(withoutKey(row.props as Record<string, unknown>)),
        types: sortKeys(
          Object.fromEntries((row.types as [string, string][]).filter(([name]) => name !== 'seq')),
        ) as Record<string, string>,
      }))
      .sort(
        (a, b) =>
          a.kind.localeCompare(b.kind) ||
          a.key.localeCompare(b.key) ||
          JSON.stringify(a.props).localeCompare(JSON.stringify(b.props)),
      )
  );
}

export function contentHash(dump: readonly DumpEntry[]): string {
  return createHash('sha256').update(JSON.stringify(dump)).digest('hex');
}

/** Nodes per label and relationships per type, e.g. { 'node:Organization': 136, 'relationship:LOCATED_IN': 90 }. */
export function countByLabel(dump: readonly DumpEntry[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entry of dump)
    for (const label of entry.labels) counts[`${entry.kind}:${label}`] = (counts[`${entry.kind}:${label}`] ?? 0) + 1;
  return sortKeys(counts) as Record<string, number>;
}

export function entry(dump: readonly DumpEntry[], key: string): DumpEntry {
  const found = dump.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`test: no ${key} in the dump`);
  return found;
}

export async function deletePrefix(db: Database, prefix: string): Promise<void> {
  await db.write('load-test-delete-prefix', { prefix });
}

/**
 * What differs between two dumps, one line per added, removed or changed entry (empty when they are equal), so that
 * a "changes nothing" check that fails says what changed instead of only that a digest differs.
 */
export function graphChanges(before: readonly DumpEntry[], after: readonly DumpEntry[]): string[] {
  const text = (item: DumpEntry) => JSON.stringify({ labels: item.labels, props: item.props, types: item.types });
  const index = (dump: readonly DumpEntry[]) => new Map(dump.map((item) => [`${item.kind} ${item.key}`, text(item)]));
  const was = index(before);
  const now = index(after);
  const changes: string[] = [];
  for (const [key, value] of now) {
    if (!was.has(key)) changes.push(`added ${key}: ${value}`);
    else if (was.get(key) !== value) changes.push(`changed ${key}: ${was.get(key)} → ${value}`);
  }
  for (const key of was.keys()) if (!now.has(key)) changes.push(`removed ${key}`);
  return changes;
}
