// `pnpm start` as a new user runs it: local Neo4j, sample data, explorer and API on one port; stop
// leaves no process behind; a restart keeps the data without duplicates; SEED=none starts empty.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../neo4j/local-neo4j.ts';

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const dataDirs: string[] = [];
// Fixed ports, overridable so that two checkouts can run their tests side by side.
const HTTP_PORT = Number(process.env.START_PRODUCT_HTTP_PORT ?? 4391);
const NEO4J_PORT = Number(process.env.NEO4J_START_PRODUCT_PORT ?? 7791);

interface Started {
  child: ChildProcess;
  output: () => string;
}

async function startProduct(dataDir: string, extraEnv: Record<string, string> = {}): Promise<Started> {
  let output = '';
  const child = spawn(TSX, ['graph-api/src/cli/start-product.ts'], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NEO4J_LOCAL_PORT: String(NEO4J_PORT),
      NEO4J_LOCAL_DATA: dataDir,
      PORT: String(HTTP_PORT),
      // C1 only, as for the other test instances (neo4j/local-neo4j.ts, quickJit): these live seconds.
      JAVA_TOOL_OPTIONS: '-XX:TieredStopAtLevel=1',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 120_000;
  while (!output.includes('explorer is at') && Date.now() < deadline && child.exitCode === null) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (!output.includes('explorer is at')) throw new Error(`pnpm start did not come up:\n${output}`);
  return { child, output: () => output };
}

async function stop(started: Started): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => started.child.once('exit', (code) => resolve(code)));
  started.child.kill('SIGINT');
  return exited;
}

async function organizationCount(): Promise<{ organizations: number; links: number }> {
  const response = await fetch(`http://127.0.0.1:${HTTP_PORT}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ organizations { totalCount } graph { edges { id } } }' }),
  });
  const body = (await response.json()) as {
    data: { organizations: { totalCount: number }; graph: { edges: unknown[] } };
  };
  return { organizations: body.data.organizations.totalCount, links: body.data.graph.edges.length };
}

function isListening(port: number): Promise<boolean> {
  return fetch(`http://127.0.0.1:${port}/healthz`).then(
    () => true,
    () => false,
  );
}

function freshDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'start-product-'));
  dataDirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

describe('pnpm start', () => {
  it('serves the seeded product, stops everything on Ctrl-C, and keeps the data across restarts', async () => {
    const dataDir = freshDataDir();
    const first = await startProduct(dataDir);
    const health = await fetch(`http://127.0.0.1:${HTTP_PORT}/readyz`);
    expect(await health.json()).toEqual({ status: 'ok', neo4j: 'up' });
    const page = await fetch(`http://127.0.0.1:${HTTP_PORT}/`);
    expect(await page.text()).toContain('<div id="root">');
    // Neo4j's usage reports (to udc.neo4j.com) are off: the product reaches no other host.
    const neo4jLog = readFileSync(join(dataDir, 'logs', 'debug.log'), 'utf8');
    expect(neo4jLog).toContain('dbms.usage_report.enabled=false');
    expect(neo4jLog).not.toContain('Usage Data is being sent');
    const seeded = await organizationCount();
    expect(seeded.organizations).toBeGreaterThanOrEqual(100);
    expect(seeded.links).toBeGreaterThanOrEqual(400);

    expect(await stop(first)).toBe(0);
    expect(await isListening(HTTP_PORT)).toBe(false);
    // The launcher's JVM is gone too: its Bolt port can be taken again at once by the restart below.
    const second = await startProduct(dataDir);
    expect(second.output()).toContain('left as is');
    expect(await organizationCount()).toEqual(seeded);
    expect(await stop(second)).toBe(0);
  }, 240_000);

  it('starts an empty graph with SEED=none and an empty data folder', async () => {
    const started = await startProduct(freshDataDir(), { SEED: 'none' });
    expect(await organizationCount()).toEqual({ organizations: 0, links: 0 });
    expect(await stop(started)).toBe(0);
  }, 180_000);
});
