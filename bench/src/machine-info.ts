// The conditions every figure was measured under: machine, load, software versions.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Database } from '@siheung/core/db';
import { REPO_ROOT } from '../../neo4j/local-neo4j.ts';

export interface Conditions {
  cpu: string;
  cores: number;
  ramGiB: number;
  loadAverage: number[];
  node: string;
  neo4j: string;
  versions: Record<string, string>;
}

/** Installed versions, as resolved from the package that depends on each. */
function installedVersion(fromPackage: string, name: string): string {
  try {
    const require = createRequire(join(REPO_ROOT, fromPackage, 'package.json'));
    let dir = require.resolve(name);
    // Walk up to the package root (some packages do not export their package.json).
    while (!dir.endsWith(`/node_modules/${name}`) && dir !== '/') dir = join(dir, '..');
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** `db`: the Neo4j measured (null when the run used none). */
export async function readConditions(db: Database | null): Promise<Conditions> {
  const [row] =
    db === null
      ? [{ version: 'not used' }]
      : await db.read('bench-neo4j-version').catch(() => [{ version: 'unknown' }]);
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    ramGiB: Math.round(totalmem() / 2 ** 30),
    loadAverage: loadavg().map((value) => Number(value.toFixed(2))),
    node: process.version,
    neo4j: String(row?.version ?? 'unknown'),
    versions: {
      'neo4j-driver': installedVersion('graph-api', 'neo4j-driver'),
      'graphql-yoga': installedVersion('graph-api', 'graphql-yoga'),
      graphql: installedVersion('graph-api', 'graphql'),
      '@neo4j/graphql': installedVersion('bench', '@neo4j/graphql'),
      graphology: installedVersion('graph-api', 'graphology'),
      cytoscape: installedVersion('explorer', 'cytoscape'),
      'playwright-core': installedVersion('bench', 'playwright-core'),
    },
  };
}

export function describeConditions(conditions: Conditions): string[] {
  return [
    `machine: ${conditions.cpu} × ${conditions.cores} cores, ${conditions.ramGiB} GiB RAM, load average ` +
      `${conditions.loadAverage.join(' ')}`,
    `software: Node ${conditions.node}, Neo4j ${conditions.neo4j} (local, Community), ${Object.entries(
      conditions.versions,
    )
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')}`,
  ];
}
