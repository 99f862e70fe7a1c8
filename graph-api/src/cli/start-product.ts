// `pnpm start`: the whole product with one command, in production mode (`pnpm dev`, i.e. `--dev`: development).
// Starts a local Neo4j when NEO4J_URI is unset (with the password kept in its data folder), migrates, seeds the sample
// data into an empty database (SEED=none skips it), builds the explorer if needed and serves everything; Ctrl-C stops
// all it started.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { LocalNeo4jError, REPO_ROOT, startLocalNeo4j, type RunningNeo4j } from '../../../neo4j/local-neo4j.ts';
import { localNeo4jPasswordFile, localNeo4jSettings, withLocalNeo4j } from '@siheung/core/local-neo4j';
import { ConfigError, loadConfig } from '../config/load-config.ts';
import { describeStartupError, startServer, type RunningServer } from '../main.ts';
import { explorerNeedsBuild } from './explorer-build-state.ts';
import { productEnvironment } from './product-environment.ts';

const SEED_MODES = ['sample', 'none'] as const;

/** A step that failed after printing its own one-line reason: nothing more to say. */
class StepFailed extends Error {}

function runStep(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = REPO_ROOT): Promise<void> {
  return new Promise((resolveStep, rejectStep) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', (error) => rejectStep(new Error(`${command} could not run: ${error.message}`)));
    child.once('exit', (code) =>
      code === 0 ? resolveStep() : rejectStep(new StepFailed(`${args.join(' ')} failed (exit ${code})`)),
    );
  });
}

function ensurePortFree(host: string, port: number): Promise<void> {
  return new Promise((resolveFree, rejectFree) => {
    const probe = createServer();
    probe.once('error', () =>
      rejectFree(new ConfigError(`PORT ${port} on ${host} is already in use (set PORT to another port)`)),
    );
    probe.listen(port, host, () => probe.close(() => resolveFree()));
  });
}

async function main(): Promise<void> {
  const seedMode = process.env.SEED ?? 'sample';
  if (!(SEED_MODES as readonly string[]).includes(seedMode))
    throw new ConfigError(`SEED must be "sample" or "none", got "${seedMode}"`);

  const useLocalNeo4j = !process.env.NEO4J_URI;
  const local = useLocalNeo4j ? localNeo4jSettings() : undefined;
  let env = productEnvironment(process.env, { development: process.argv.includes('--dev') });
  // Checked before anything starts; the local Neo4j's URI and credentials are added once it has made its password.
  const config = loadConfig(local ? { ...env, NEO4J_URI: local.uri } : env);
  await ensurePortFree(config.http.host, config.http.port);

  let neo4j: RunningNeo4j | undefined;
  let server: RunningServer | undefined;
  let stopping = false;
  const stopAll = async (exitCode: number): Promise<never> => {
    if (!stopping) {
      stopping = true;
      await server?.close().catch(() => undefined);
      await neo4j?.stop().catch(() => undefined);
    }
    process.exit(exitCode);
  };
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));

  try {
    if (local) {
      console.log(`start: starting the local Neo4j on port ${local.port} (data in ${local.dataDir})`);
      neo4j = await startLocalNeo4j({ port: local.port, dataDir: local.dataDir });
      console.log(
        `start: its user is neo4j, its password in ${localNeo4jPasswordFile(local.dataDir)} (for Neo4j Browser or ` +
          'cypher-shell)',
      );
      env = withLocalNeo4j(env);
    }
    if (seedMode === 'sample') {
      // The data CLI migrates, then loads the sample data only when the database has no organisations.
      await runStep(`${REPO_ROOT}/node_modules/.bin/tsx`, ['seed/src/cli.ts', 'seed', '--if-empty'], env);
    }
    if (explorerNeedsBuild()) {
      console.log('start: building the explorer…');
      await runStep('pnpm', ['--filter', '@siheung/explorer', 'exec', 'vite', 'build', '--logLevel', 'warn'], env);
    }
    server = await startServer(env);
    console.log(
      `start: the Siheung bio network explorer is at ${server.url} (GraphiQL: ${server.url}/graphql), ` +
        `${config.mode} mode; Ctrl-C stops everything`,
    );
    console.log(
      'start: reading needs no key; to edit data, make a staff key in another terminal: pnpm keys create ' +
        '--role staff --name "<your name>"',
    );
    neo4j?.process.once('exit', () => {
      // On Ctrl-C the terminal signals Neo4j too; only an unexpected stop is an error.
      if (stopping) return;
      console.error('start: the local Neo4j stopped; stopping the API too');
      void stopAll(1);
    });
  } catch (error) {
    if (error instanceof LocalNeo4jError) console.error(`neo4j-local: ${error.message}`);
    else if (!(error instanceof StepFailed)) console.error(describeStartupError(error));
    await stopAll(1);
  }
}

main().catch((error: unknown) => {
  console.error(describeStartupError(error));
  process.exit(1);
});
