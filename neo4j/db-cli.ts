// `pnpm db:start` (background), `pnpm db:stop`, `pnpm db:run` (foreground) for the local Neo4j.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { localNeo4jPasswordFile, localNeo4jSettings } from '@siheung/core/local-neo4j';
import { LocalNeo4jError, pidFile, startLocalNeo4j } from './local-neo4j.ts';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopRecorded(dataDir: string): Promise<boolean> {
  const file = pidFile(dataDir);
  if (!existsSync(file)) return false;
  const pid = Number(readFileSync(file, 'utf8').trim());
  rmSync(file);
  if (!Number.isInteger(pid) || !isAlive(pid)) return false;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 30_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  return true;
}

function passwordLine(dataDir: string): string {
  return `neo4j-local: user neo4j, password in ${localNeo4jPasswordFile(dataDir)} (readable only by you)`;
}

async function main(command: string | undefined): Promise<void> {
  const { port, dataDir } = localNeo4jSettings();
  switch (command) {
    case 'start': {
      const recorded = existsSync(pidFile(dataDir)) ? Number(readFileSync(pidFile(dataDir), 'utf8')) : NaN;
      if (Number.isInteger(recorded) && isAlive(recorded)) {
        throw new LocalNeo4jError(`already running for ${dataDir} (pid ${recorded}); stop it with pnpm db:stop`);
      }
      const running = await startLocalNeo4j({ port, dataDir, detached: true });
      console.log(`neo4j-local: running in the background at ${running.uri}; stop it with pnpm db:stop`);
      console.log(passwordLine(dataDir));
      return;
    }
    case 'stop': {
      const stopped = await stopRecorded(dataDir);
      console.log(stopped ? 'neo4j-local: stopped' : `neo4j-local: none running for ${dataDir}`);
      return;
    }
    case 'run': {
      const running = await startLocalNeo4j({ port, dataDir });
      console.log(passwordLine(dataDir));
      const stop = (): void => void running.stop().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return;
    }
    default:
      throw new LocalNeo4jError('usage: db-cli.ts start|stop|run');
  }
}

main(process.argv[2]).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(message.startsWith('neo4j-local:') ? message : `neo4j-local: ${message}`);
  process.exit(1);
});
