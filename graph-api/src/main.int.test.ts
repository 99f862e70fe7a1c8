// Start-up as a user sees it: a wrong setting stops the server with one clear line, never a stack trace.
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../neo4j/local-neo4j.ts';
import { testNeo4jEnv } from '@siheung/core/test-support';

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const MAIN = join(REPO_ROOT, 'graph-api', 'src', 'main.ts');

function startMain(env: Record<string, string>): { status: number | null; lines: string[] } {
  const result = spawnSync(TSX, [MAIN], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8', timeout: 30_000 });
  const lines = `${result.stdout}${result.stderr}`.split('\n').filter((line) => line.trim() !== '');
  return { status: result.status, lines };
}

let blocker: Server;
let takenPort = 0;
beforeAll(async () => {
  blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  takenPort = (blocker.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

describe('graph-api start-up errors', () => {
  it('names an unreachable NEO4J_URI in one line', () => {
    const { status, lines } = startMain({ NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(status).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^graph-api: Neo4j does not answer at bolt:\/\/127\.0\.0\.1:1/)]);
  });

  it('names credentials Neo4j refuses in one line', () => {
    const { status, lines } = startMain({ ...testNeo4jEnv(), NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'not-the-password' });
    expect(status).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(/^graph-api: Neo4j at bolt:\/\/\S+ refused the credentials \(NEO4J_USER/),
    ]);
  });

  it('names a bad PORT in one line', () => {
    const { status, lines } = startMain({ ...testNeo4jEnv(), PORT: 'eighty' });
    expect(status).toBe(1);
    expect(lines).toEqual(['graph-api: PORT must be a port number 1-65535, got "eighty"']);
  });

  it('names a taken port in one line', () => {
    const { status, lines } = startMain({ ...testNeo4jEnv(), PORT: String(takenPort) });
    expect(status).toBe(1);
    expect(lines).toEqual([`graph-api: PORT ${takenPort} on 127.0.0.1 is already in use (set PORT to another port)`]);
  });
});
