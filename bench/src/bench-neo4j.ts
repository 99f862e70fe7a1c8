// Bench-owned local Neo4j instances: started on the bench's ports, every one stopped when the run ends, fails or is
// interrupted (Ctrl-C); the JVM also stops by itself if this process dies (it watches its stdin).
import { rmSync } from 'node:fs';
import { startLocalNeo4j } from '../../neo4j/local-neo4j.ts';
import { applyMigrations, openDatabase, type Database } from '@siheung/core/db';
import type { LocalNeo4jAuth } from '@siheung/core/local-neo4j';
import { neo4jDir } from './bench-paths.ts';
import { phase } from './bench-phases.ts';
import { benchStatements } from './bench-statements.ts';

export interface BenchNeo4j {
  uri: string;
  /** The password made in its data folder, as for every local Neo4j. */
  auth: LocalNeo4jAuth;
  dataDir: string;
  db: Database;
  stop(): Promise<void>;
}

const running = new Set<BenchNeo4j>();
/** Other things to end on the way out (child servers, the browser). */
const cleanups = new Set<() => Promise<void> | void>();

export function onCleanup(stop: () => Promise<void> | void): () => void {
  cleanups.add(stop);
  return () => cleanups.delete(stop);
}

/** Starts (and migrates) a Neo4j on `port` over `.data/bench-<name>`; `fresh` wipes the folder first. */
export function startBenchNeo4j(
  name: string,
  port: number,
  options: { fresh?: boolean; heap?: string } = {},
): Promise<BenchNeo4j> {
  return phase(`Neo4j start (${name})`, () => startMigrated(name, port, options));
}

async function startMigrated(
  name: string,
  port: number,
  { fresh = false, heap = '1g' }: { fresh?: boolean; heap?: string },
): Promise<BenchNeo4j> {
  const dataDir = neo4jDir(name);
  if (fresh) rmSync(dataDir, { recursive: true, force: true });
  // A loaded shared machine can take minutes to start a JVM: wait longer than the product's 2 minutes.
  const neo4j = await startLocalNeo4j({ port, dataDir, heap, log: () => undefined, readyTimeoutMs: 600_000 });
  const db = openDatabase(
    { uri: neo4j.uri, auth: neo4j.auth, database: 'neo4j', queryTimeoutMs: 600_000 },
    { statements: (statement) => benchStatements.text(statement) },
  );
  const instance: BenchNeo4j = {
    uri: neo4j.uri,
    auth: neo4j.auth,
    dataDir,
    db,
    async stop() {
      if (!running.delete(instance)) return;
      await db.close().catch(() => undefined);
      await neo4j.stop();
    },
  };
  running.add(instance);
  // The db module's connect timeouts (1.5–2 s, right for the API) can lapse on a loaded machine just after start.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await applyMigrations(db);
      return instance;
    } catch (error) {
      if (attempt === 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2_000 * attempt));
    }
  }
}

/** Ends every child server and browser the run started (newest first), then its Neo4j instances, all at once. */
export async function stopEverything(): Promise<void> {
  for (const stop of [...cleanups].reverse()) await Promise.resolve(stop()).catch(() => undefined);
  cleanups.clear();
  // A JVM's shutdown (final checkpoint) takes seconds of mostly waiting: in parallel, they overlap.
  await Promise.all([...running].map((instance) => instance.stop().catch(() => undefined)));
}

let interrupted = false;
/** Ctrl-C or SIGTERM: stop what was started, then exit with the signal's conventional code. */
export function stopOnSignals(): void {
  const handler = (signal: NodeJS.Signals): void => {
    if (interrupted) return;
    interrupted = true;
    console.error(`bench: ${signal}, stopping the bench's servers and databases…`);
    void stopEverything().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}

/**
 * stopOnSignals, and an error thrown outside the run's promises (e.g. in a server callback) stops what the run started
 * too, then exits with 1.
 */
export function stopOnSignalsAndCrashes(): void {
  stopOnSignals();
  process.once('uncaughtException', (error) => {
    console.error(`bench: failed: ${error.stack ?? error.message}`);
    void stopEverything().finally(() => process.exit(1));
  });
}
