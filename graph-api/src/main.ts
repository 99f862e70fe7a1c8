// Starts the API: validates config, connects, checks the Neo4j server (answers, credentials, 5.26 or later), migrates,
// listens; closes the driver on shutdown.
import { createServer } from 'node:http';
import { createApp } from './app/create-app.ts';
import { createLogger } from './app/create-logger.ts';
import { FailureLog } from './app/failure-log.ts';
import { logCircuitChanges } from './app/log-circuit-changes.ts';
import { ConfigError, loadConfig } from './config/load-config.ts';
import { applyMigrations, checkNeo4jServer, DbError, openDatabase } from '@siheung/core/db';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Connects, migrates and listens; every failure becomes one line with a clear reason. */
export async function startServer(env: NodeJS.ProcessEnv = process.env, log = console.log): Promise<RunningServer> {
  const config = loadConfig(env);
  const db = openDatabase(config.neo4j);
  try {
    await checkNeo4jServer(db, config.neo4j.uri).catch((error: unknown) => {
      if (!(error instanceof DbError && error.kind === 'UNAVAILABLE')) throw error;
      throw new DbError('UNAVAILABLE', `${error.message} (check NEO4J_URI, or unset it to start a local Neo4j)`);
    });
    const migrations = await applyMigrations(db);
    if (migrations.applied.length > 0) log(`graph-api: applied migrations ${migrations.applied.join(', ')}`);
  } catch (error) {
    await db.close();
    throw error;
  }
  const logger = createLogger();
  const failures = new FailureLog(logger);
  const stopLoggingCircuit = logCircuitChanges(db, logger);
  const app = createApp({ db, config, logger, failures });
  const server = createServer(app);
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      void db.close();
      rejectListen(
        new ConfigError(
          error.code === 'EADDRINUSE'
            ? `PORT ${config.http.port} on ${config.http.host} is already in use (set PORT to another port)`
            : `cannot listen on ${config.http.host}:${config.http.port} (${error.code ?? error.message})`,
        ),
      );
    });
    server.listen(config.http.port, config.http.host, resolveListen);
  });
  const url = `http://${config.http.host === '127.0.0.1' ? 'localhost' : config.http.host}:${config.http.port}`;
  return {
    url,
    async close() {
      await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
      server.closeAllConnections();
      stopLoggingCircuit();
      failures.flush();
      await db.close();
    },
  };
}

export function describeStartupError(error: unknown): string {
  if (error instanceof ConfigError) return `graph-api: ${error.message}`;
  if (error instanceof DbError) return `graph-api: ${error.message}`;
  return `graph-api: could not start (${error instanceof Error ? error.message : String(error)})`;
}

const isEntryPoint =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/.*\/src\//, '/src/'));
if (isEntryPoint) {
  startServer()
    .then((server) => {
      console.log(`graph-api: listening on ${server.url} (GraphiQL at ${server.url}/graphql)`);
      const stop = (): void => void server.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    })
    .catch((error: unknown) => {
      console.error(describeStartupError(error));
      process.exit(1);
    });
}
